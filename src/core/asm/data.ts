/**
 * The data half of a listing: `.section .rodata`/`.data`/`.bss` and friends with `.byte` …
 * `.quad`, `.zero`, `.string`/`.asciz`/`.ascii`, `.comm`, alignment. Every data section is laid
 * out, in the order it appears, in one image that the machine loads at DATA_BASE; a data label's
 * address is DATA_BASE + its offset in the image. Values may name symbols (`.quad .L3`,
 * `.long .L3-.L4`: gcc's and clang's jump tables), so they are recorded as fixups and written
 * once every label is known. Sections that are not loaded (`.note.GNU-stack`, `.comment`, debug
 * info) are skipped. Problems are values: a data directive that cannot be read poisons the data
 * label it belongs to, and only the functions that use that label are refused.
 */
import type { AsmError, DirectiveStatement } from "./parse.ts";
import { parseInteger, splitOperands, symbolName } from "./parse.ts";

export type SectionKind = "text" | "data" | "skip";

/** A value to write once symbols are known: `sign * symbol + minus…` evaluated at `offset`. */
export interface Fixup {
  offset: number;
  bytes: 1 | 2 | 4 | 8;
  constant: bigint;
  plus: string | null;
  minus: string | null;
  line: number;
  column: number;
  /** The data label this value belongs to (for poisoning and jump-table reachability). */
  owner: string | null;
}

export interface DataLayout {
  bytes: number[];
  /** Data label → offset in the image. */
  labels: Map<string, number>;
  fixups: Fixup[];
  /** Data label → the first problem in its data. */
  problems: Map<string, AsmError>;
  /** Problems before any data label (they poison nothing, but strict assembly reports them). */
  errors: AsmError[];
}

export function createLayout(): DataLayout {
  return { bytes: [], labels: new Map(), fixups: [], problems: new Map(), errors: [] };
}

/** Which kind of section a `.section NAME,…` line switches to. */
export function sectionKind(statement: DirectiveStatement): SectionKind | null {
  if (statement.name === ".text") return "text";
  if (statement.name === ".data" || statement.name === ".bss") return "data";
  if (statement.name !== ".section") return null;
  const name = (statement.args.split(",")[0] ?? "").trim().replace(/^"|"$/g, "");
  if (/^\.text\b/.test(name)) return "text";
  if (/^\.(rodata|data|bss|sdata|sbss|lrodata|ldata|lbss)\b/.test(name)) return "data";
  return "skip";
}

const MAX_DATA_BYTES = 1 << 16;
const ELEMENT: Record<string, 1 | 2 | 4 | 8> = {
  ".byte": 1,
  ".short": 2,
  ".value": 2,
  ".word": 2,
  ".2byte": 2,
  ".long": 4,
  ".int": 4,
  ".4byte": 4,
  ".quad": 8,
  ".8byte": 8,
};

/** Reads a GNU as string literal body (between the quotes), with its escapes, into bytes. */
export function stringBytes(literal: string): number[] | null {
  const match = /^"((?:[^"\\]|\\.)*)"$/s.exec(literal.trim());
  if (!match) return null;
  const body = match[1]!;
  const out: number[] = [];
  const utf8 = new TextEncoder();
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== "\\") {
      out.push(...utf8.encode(ch));
      continue;
    }
    const next = body[++i] ?? "";
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, v: 11, a: 7, "\\": 92, '"': 34, "'": 39 };
    if (next in simple) out.push(simple[next]!);
    else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (next === "x") {
      const hex = /^[0-9a-f]+/i.exec(body.slice(i + 1))?.[0] ?? "";
      if (hex === "") return null;
      out.push(parseInt(hex.slice(-2), 16));
      i += hex.length;
    } else return null;
  }
  return out;
}

/** `sym`, `sym+k`, `.L3-.L4`, `k`: at most one symbol added and one subtracted. */
function readExpression(text: string): Pick<Fixup, "constant" | "plus" | "minus"> | null {
  const terms = text.replace(/\s+/g, "").match(/[+-]?[^+-]+/g);
  if (!terms) return null;
  let constant = 0n;
  let plus: string | null = null;
  let minus: string | null = null;
  for (const term of terms) {
    const negative = term.startsWith("-");
    const body = term.replace(/^[+-]/, "");
    const number = parseInteger(body);
    if (number !== null) {
      constant += negative ? -number : number;
    } else if (/^[A-Za-z_.$][\w.$@]*$/.test(body)) {
      if (negative) {
        if (minus !== null) return null;
        minus = symbolName(body);
      } else {
        if (plus !== null) return null;
        plus = symbolName(body);
      }
    } else return null;
  }
  return { constant, plus, minus };
}

/**
 * Adds one data directive to the layout. `owner` is the most recent data label. `.align` and
 * `.p2align` in a data section pad the image so later labels keep the alignment the code expects.
 */
export function addDataDirective(layout: DataLayout, statement: DirectiveStatement, owner: string | null): void {
  const { name, args, line, column } = statement;
  const problem = (message: string): void => {
    const error = { line, column, message };
    if (owner === null) layout.errors.push(error);
    else if (!layout.problems.has(owner)) layout.problems.set(owner, error);
  };
  const pad = (alignment: number): void => {
    while (layout.bytes.length % alignment !== 0) layout.bytes.push(0);
  };
  const room = (count: number): boolean => {
    if (count >= 0 && layout.bytes.length + count <= MAX_DATA_BYTES) return true;
    problem(`the data is larger than ${MAX_DATA_BYTES} bytes`);
    return false;
  };
  const parts = splitOperands(args).map((p) => p.text.trim());
  const element = ELEMENT[name];
  if (element) {
    for (const part of parts) {
      const expression = readExpression(part);
      if (!expression) {
        problem(`cannot read the value "${part.slice(0, 40)}" of ${name}`);
        return;
      }
      if (!room(element)) return;
      layout.fixups.push({ offset: layout.bytes.length, bytes: element, ...expression, line, column, owner });
      for (let i = 0; i < element; i++) layout.bytes.push(0);
    }
    return;
  }
  const integer = (text: string | undefined): number | null => {
    const value = text === undefined ? null : parseInteger(text.trim());
    return value === null || value < 0n || value > BigInt(MAX_DATA_BYTES) ? null : Number(value);
  };
  switch (name) {
    case ".zero":
    case ".skip":
    case ".space": {
      const count = integer(parts[0]);
      const fill = parts[1] === undefined ? 0 : integer(parts[1]);
      if (count === null || fill === null) return problem(`cannot read the size of ${name}`);
      if (room(count)) for (let i = 0; i < count; i++) layout.bytes.push(fill & 0xff);
      return;
    }
    case ".string":
    case ".asciz":
    case ".ascii": {
      for (const part of parts) {
        const bytes = stringBytes(part);
        if (!bytes) return problem(`cannot read the string of ${name}`);
        if (name !== ".ascii") bytes.push(0);
        if (!room(bytes.length)) return;
        layout.bytes.push(...bytes);
      }
      return;
    }
    case ".p2align":
    case ".align":
    case ".balign": {
      const value = integer(parts[0]);
      if (value === null || value > 12 * (name === ".p2align" ? 1 : 400)) return problem(`cannot read ${name}`);
      const alignment = name === ".p2align" ? 2 ** value : Math.max(1, value);
      if ((alignment & (alignment - 1)) !== 0) return problem(`${name} ${value} is not a power of two`);
      pad(alignment);
      return;
    }
    case ".comm":
    case ".lcomm": {
      const symbol = parts[0] ?? "";
      const size = integer(parts[1]);
      const alignment = parts[2] === undefined ? 8 : integer(parts[2]);
      if (!/^[A-Za-z_.$][\w.$]*$/.test(symbol) || size === null || alignment === null || alignment === 0)
        return problem(`cannot read ${name}`);
      pad(Math.min(alignment, 64));
      layout.labels.set(symbol, layout.bytes.length);
      if (room(size)) for (let i = 0; i < size; i++) layout.bytes.push(0);
      return;
    }
    default:
      problem(`the directive ${name} is not supported in a data section`);
  }
}

/** Writes every fixup's value into `image`; `address` gives a symbol's address or undefined. */
export function applyFixups(
  layout: DataLayout,
  image: Uint8Array,
  address: (symbol: string) => number | undefined,
  dataBase: number,
): void {
  for (const fixup of layout.fixups) {
    let value = fixup.constant;
    for (const [symbol, sign] of [
      [fixup.plus, 1n],
      [fixup.minus, -1n],
    ] as const) {
      if (symbol === null) continue;
      const at = symbol === "." ? dataBase + fixup.offset : address(symbol);
      if (at === undefined) {
        const error = { line: fixup.line, column: fixup.column, message: `unknown symbol ${symbol.slice(0, 60)}` };
        if (fixup.owner === null) layout.errors.push(error);
        else if (!layout.problems.has(fixup.owner)) layout.problems.set(fixup.owner, error);
        continue;
      }
      value += sign * BigInt(at);
    }
    const unsigned = BigInt.asUintN(fixup.bytes * 8, value);
    for (let i = 0; i < fixup.bytes; i++) image[fixup.offset + i] = Number((unsigned >> BigInt(8 * i)) & 0xffn);
  }
}
