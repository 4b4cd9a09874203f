/**
 * Reads gcc/clang Intel-syntax listings (`.intel_syntax noprefix`) into statements: labels and
 * instructions with typed operands. It knows the syntax only; which mnemonics and operand forms
 * run is decided by `isa.ts`. Bad input never throws: every problem is an `AsmError` with a 1-based
 * line and column. `;` starts a comment here (as NASM-minded readers expect), unlike GNU as.
 */
import { registerByName, type RegisterName, type Width } from "./registers.ts";

export interface AsmError {
  line: number;
  column: number;
  message: string;
}

interface Located {
  /** 1-based column of the operand's first character. */
  column: number;
  text: string;
}

export interface RegisterOperand extends Located, RegisterName {
  kind: "reg";
}

export interface ImmediateOperand extends Located {
  kind: "imm";
  value: bigint;
  /** `OFFSET FLAT:sym+k`: the symbol whose address is added to `value` when the listing is assembled. */
  symbol?: string;
}

export interface MemoryOperand extends Located {
  kind: "mem";
  /** From `DWORD PTR` and friends; null when the listing leaves it to the other operand. */
  width: Width | null;
  base: RegisterName | null;
  index: RegisterName | null;
  scale: 1 | 2 | 4 | 8;
  /** Signed displacement, within ±2^31 (without the symbol's address). */
  displacement: number;
  /** A symbol in the address (`.LC0[rip]`, `.L4[0+rax*8]`), or null. */
  symbol?: string | null;
  /** `[rip + …]`: the address is the symbol's, whatever the instruction's own address. */
  rip?: boolean;
  /** The symbol's address, filled in by the assembler (program.ts); null before. */
  symbolAddress?: number | null;
}

export interface LabelOperand extends Located {
  kind: "label";
  name: string;
}

export type Operand = RegisterOperand | ImmediateOperand | MemoryOperand | LabelOperand;

export interface InstructionStatement {
  kind: "instruction";
  line: number;
  column: number;
  /** Lowercase, as written (aliases such as `sal` are resolved later). */
  mnemonic: string;
  operands: Operand[];
}

export interface LabelStatement {
  kind: "label";
  line: number;
  column: number;
  name: string;
}

/** A directive the data layout reads (.section, .byte, .quad, .string …); the rest are skipped here. */
export interface DirectiveStatement {
  kind: "directive";
  line: number;
  column: number;
  /** Lowercase, with the dot. */
  name: string;
  /** The text after the name, comments removed. */
  args: string;
}

/** A line that could not be read; kept in place so only the functions that reach it are refused. */
export interface BadStatement {
  kind: "bad";
  line: number;
  column: number;
  message: string;
}

export type Statement = InstructionStatement | LabelStatement | DirectiveStatement | BadStatement;

export interface ParsedListing {
  statements: Statement[];
  errors: AsmError[];
}

/** Directives that change nothing the interpreter or the hex view models (see README). */
const IGNORED_DIRECTIVES = new Set([
  ".file",
  ".globl",
  ".global",
  ".type",
  ".size",
  ".ident",
  ".loc",
  ".hidden",
  ".local",
  ".weak",
  ".addrsig",
  ".addrsig_sym",
  ".protected",
  ".internal",
]);

/** Directives the data layout (data.ts) reads: sections, alignment and data. */
export const DATA_DIRECTIVES = new Set([
  ".text",
  ".data",
  ".bss",
  ".section",
  ".previous",
  ".p2align",
  ".align",
  ".balign",
  ".byte",
  ".short",
  ".value",
  ".word",
  ".2byte",
  ".long",
  ".int",
  ".4byte",
  ".quad",
  ".8byte",
  ".zero",
  ".skip",
  ".space",
  ".string",
  ".asciz",
  ".ascii",
  ".comm",
  ".lcomm",
]);

const WIDTH_KEYWORDS: Record<string, Width> = { byte: 8, word: 16, dword: 32, qword: 64 };
const LABEL = /^[A-Za-z_.$][A-Za-z0-9_.$@]*$/;
const INTEGER = /^[+-]?(0x[0-9a-f]+|0b[01]+|[0-9]+)$/i;
/** The most errors one listing reports; a pasted file of garbage must not give one per line. */
export const MAX_ERRORS = 20;

/** Cuts a comment (`#` or `;`) outside double-quoted strings (a backslash escapes a quote). */
function stripComment(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === "\\") i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "#" || ch === ";")) return text.slice(0, i);
  }
  return text;
}

export function parseInteger(text: string): bigint | null {
  if (!INTEGER.test(text) || text.length > 80) return null;
  const negative = text.startsWith("-");
  const digits = text.replace(/^[+-]/, "");
  const value = BigInt(digits.toLowerCase());
  return negative ? -value : value;
}

/** A symbol name as written in code: `@PLT` and friends are dropped (there is no linker here). */
export const symbolName = (text: string): string => text.replace(/@(PLT|GOTPCREL|GOTOFF|PLTOFF)$/i, "");

type OperandResult = { ok: true; operand: Operand } | { ok: false; offset: number; message: string };

function parseMemory(text: string, width: Width | null, column: number): OperandResult {
  const open = text.indexOf("[");
  if (!text.endsWith("]") || open < 0) return { ok: false, offset: 0, message: `cannot read operand "${text}"` };
  const outside = text.slice(0, open).trim();
  if (/:/.test(outside)) {
    const segment = /^(cs|ds|es|ss)\s*:$/i.test(outside);
    if (!segment) {
      const why = /^(fs|gs)/i.test(outside)
        ? "fs:/gs: addresses (thread-local data, the stack protector) are not supported; compile with -fno-stack-protector"
        : `cannot read "${outside}" in an address`;
      return { ok: false, offset: 0, message: why };
    }
  }
  let displacement = 0n;
  let base: RegisterName | null = null;
  let index: RegisterName | null = null;
  let scale: 1 | 2 | 4 | 8 = 1;
  let symbol: string | null = null;
  let rip = false;
  const outsideTerms = /:/.test(outside) ? [] : outside === "" ? [] : (outside.match(/[+-]?[^+-]+/g) ?? []);
  const inner = text.slice(open + 1, -1);
  const pieces: { raw: string; offset: number }[] = [];
  let cursor = 0;
  for (const raw of outsideTerms) {
    pieces.push({ raw, offset: cursor });
    cursor += raw.length;
  }
  cursor = open + 1;
  for (const raw of inner.match(/[+-]?[^+-]+/g) ?? []) {
    pieces.push({ raw, offset: cursor });
    cursor += raw.length;
  }
  for (const { raw, offset } of pieces) {
    const termOffset = offset + (raw.length - raw.replace(/^[\s+-]+/, "").length);
    const term = raw.replace(/\s+/g, "");
    const sign = term.startsWith("-") ? -1n : 1n;
    const body = term.replace(/^[+-]/, "");
    const number = parseInteger(body);
    if (number !== null) {
      displacement += sign * number;
      continue;
    }
    if (/^rip$/i.test(body)) {
      if (sign < 0n || rip) return { ok: false, offset: termOffset, message: `cannot read "${term}" in an address` };
      rip = true;
      continue;
    }
    const [first = "", second, ...rest] = body.split("*");
    const register = registerByName(first) ?? (second !== undefined ? registerByName(second) : undefined);
    if (!register && second === undefined && LABEL.test(first)) {
      if (sign < 0n || symbol !== null)
        return { ok: false, offset: termOffset, message: "an address holds at most one symbol, added" };
      symbol = symbolName(first);
      continue;
    }
    if (!register || rest.length > 0) {
      if (/^eip$/i.test(first))
        return { ok: false, offset: termOffset, message: "eip-relative addressing is not supported" };
      return { ok: false, offset: termOffset, message: `cannot read "${term}" in an address` };
    }
    if (register.width !== 64)
      return { ok: false, offset: termOffset, message: `addresses need 64-bit registers, not "${body}"` };
    if (sign < 0n) return { ok: false, offset: termOffset, message: "a register cannot be subtracted in an address" };
    if (second !== undefined) {
      const factorText = registerByName(first) ? second : first;
      const factor = Number(parseInteger(factorText) ?? 0n);
      if (factor !== 1 && factor !== 2 && factor !== 4 && factor !== 8) {
        return { ok: false, offset: termOffset, message: `scale must be 1, 2, 4 or 8, not "${factorText}"` };
      }
      if (index) return { ok: false, offset: termOffset, message: "an address has at most one index register" };
      index = register;
      scale = factor;
    } else if (!base) {
      base = register;
    } else if (!index) {
      index = register;
    } else {
      return { ok: false, offset: termOffset, message: "an address has at most two registers" };
    }
  }
  if (rip && (base || index))
    return { ok: false, offset: open + 1, message: "a rip-relative address cannot use other registers" };
  if (rip && symbol === null)
    return {
      ok: false,
      offset: open + 1,
      message: "rip-relative addressing needs a symbol (rip+number is not supported)",
    };
  if (index && index.number === 4) return { ok: false, offset: open + 1, message: "rsp cannot be an index register" };
  if (displacement < -(2n ** 31n) || displacement >= 2n ** 31n) {
    return { ok: false, offset: 0, message: "the displacement does not fit in 32 bits" };
  }
  const operand: MemoryOperand = {
    kind: "mem",
    width,
    base,
    index,
    scale,
    displacement: Number(displacement),
    symbol,
    rip,
    symbolAddress: null,
    column,
    text,
  };
  return { ok: true, operand };
}

/** `sym`, `sym+8`, `sym-8`, `8`: a symbol expression as OFFSET takes it. */
function parseSymbolExpression(text: string): { symbol: string | null; value: bigint } | null {
  const match = /^([A-Za-z_.$][\w.$@]*)?\s*(?:([+-])\s*(0x[0-9a-f]+|\d+))?$/i.exec(text.trim());
  if (!match || (!match[1] && !match[3])) return null;
  const magnitude = match[3] ? BigInt(match[3].toLowerCase()) : 0n;
  return { symbol: match[1] ? symbolName(match[1]) : null, value: match[2] === "-" ? -magnitude : magnitude };
}

function parseOperand(raw: string, column: number): OperandResult {
  const trimmed = raw.trim();
  // gcc writes an indirect jump through a table as `jmp [QWORD PTR .L4[0+rax*8]]`.
  const wrapped = /^\[\s*((?:byte|word|dword|qword)\s+ptr\b.*)\]$/i.exec(trimmed);
  const text = wrapped ? wrapped[1]!.trim() : trimmed;
  if (/^[%$]/.test(text) || /\(%/.test(text)) {
    return { ok: false, offset: 0, message: AT_T_ADVICE };
  }
  const sized = /^(byte|word|dword|qword)\s+ptr\b\s*(.*)$/i.exec(text);
  if (sized) {
    const width = WIDTH_KEYWORDS[sized[1]!.toLowerCase()]!;
    const rest = sized[2]!;
    const result = parseMemory(rest.includes("[") ? rest : `${rest}[]`, width, column);
    if (!result.ok) return { ...result, offset: result.offset + text.length - rest.length };
    return { ok: true, operand: { ...result.operand, text } };
  }
  if (/\bptr\b/i.test(text)) return { ok: false, offset: 0, message: `unsupported operand size in "${text}"` };
  if (text.includes("[")) return parseMemory(text, null, column);
  const register = registerByName(text);
  if (register) return { ok: true, operand: { kind: "reg", ...register, column, text } };
  const value = parseInteger(text);
  if (value !== null) return { ok: true, operand: { kind: "imm", value, column, text } };
  const offset = /^offset\s+(?:flat\s*:\s*)?(.*)$/i.exec(text);
  if (offset) {
    const expression = parseSymbolExpression(offset[1]!);
    if (!expression) return { ok: false, offset: 0, message: `cannot read operand "${text}"` };
    const operand: ImmediateOperand = { kind: "imm", value: expression.value, column, text };
    if (expression.symbol !== null) operand.symbol = expression.symbol;
    return { ok: true, operand };
  }
  if (LABEL.test(text)) return { ok: true, operand: { kind: "label", name: symbolName(text), column, text } };
  return { ok: false, offset: 0, message: `cannot read operand "${text}"` };
}

/** Said once for a listing in AT&T syntax, which gcc -S prints unless told otherwise. */
export const AT_T_ADVICE =
  "this looks like AT&T syntax (gcc's default); this reader takes Intel syntax: compile with -masm=intel";

function parseDirective(name: string, rest: string, line: number, column: number, statements: Statement[]): void {
  const lower = name.toLowerCase();
  if (IGNORED_DIRECTIVES.has(lower) || lower.startsWith(".cfi_")) return;
  if (lower === ".intel_syntax" && /^noprefix$/i.test(rest.trim())) return;
  if (DATA_DIRECTIVES.has(lower)) {
    statements.push({ kind: "directive", line, column, name: lower, args: rest.trim() });
    return;
  }
  const why =
    lower === ".intel_syntax"
      ? "only .intel_syntax noprefix is read"
      : lower === ".att_syntax"
        ? AT_T_ADVICE
        : `the directive ${name} is not supported`;
  statements.push({ kind: "bad", line, column, message: why });
}

/** Splits at top-level commas (outside brackets and strings), keeping each piece's offset into `text`. */
export function splitOperands(text: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
      if (i < text.length) continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "[" || ch === "(") depth++;
    else if (ch === "]" || ch === ")") depth--;
    else if ((ch === "," && depth === 0) || i >= text.length) {
      parts.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  return parts;
}

/** Prefixes that combine with the next word (`rep stosq`), and string instructions without operands. */
const PREFIXES = new Set(["rep", "repe", "repz", "repne", "repnz", "lock", "notrack", "data16", "cs", "ds"]);

function parseLine(raw: string, line: number, statements: Statement[]): void {
  const text = stripComment(raw);
  let position = text.length - text.trimStart().length;
  let rest = text.slice(position).trimEnd();
  for (let label = /^([^\s:"]+):/.exec(rest); label; label = /^([^\s:"]+):/.exec(rest)) {
    const name = label[1]!;
    if (!LABEL.test(name)) {
      statements.push({
        kind: "bad",
        line,
        column: position + 1,
        message: `"${name.slice(0, 40)}" is not a label name`,
      });
      return;
    }
    statements.push({ kind: "label", line, column: position + 1, name });
    const after = rest.slice(label[0].length);
    position += label[0].length + (after.length - after.trimStart().length);
    rest = after.trim();
  }
  if (rest === "") return;
  let word = /^\S+/.exec(rest)![0];
  const column = position + 1;
  if (word.startsWith(".")) {
    parseDirective(word, rest.slice(word.length), line, column, statements);
    return;
  }
  let consumed = word.length;
  const prefixes: string[] = [];
  while (PREFIXES.has(word.toLowerCase())) {
    prefixes.push(word.toLowerCase());
    const after = rest.slice(consumed);
    const next = /^\s+(\S+)/.exec(after);
    if (!next) break;
    consumed += next[0].length;
    word = next[1]!;
  }
  const operandsText = rest.slice(consumed);
  if (!/^[a-z][a-z0-9]*$/i.test(word)) {
    statements.push({ kind: "bad", line, column, message: `"${word.slice(0, 40)}" is not an instruction` });
    return;
  }
  if (/^[a-z]+[bwlq]$/i.test(word) && /%[a-z]|\$-?\d/i.test(operandsText)) {
    statements.push({ kind: "bad", line, column, message: AT_T_ADVICE });
    return;
  }
  const mnemonic = [...prefixes.filter((p) => p.startsWith("rep")), word.toLowerCase()].join(" ");
  const operands: Operand[] = [];
  if (operandsText.trim() !== "") {
    const base = position + consumed;
    for (const part of splitOperands(operandsText)) {
      const leading = part.text.length - part.text.trimStart().length;
      const operandColumn = base + part.offset + leading + 1;
      if (part.text.trim() === "") {
        statements.push({
          kind: "bad",
          line,
          column: Math.min(operandColumn, raw.length + 1),
          message: "missing operand",
        });
        return;
      }
      const result = parseOperand(part.text, operandColumn);
      if (!result.ok) {
        statements.push({ kind: "bad", line, column: operandColumn + result.offset, message: result.message });
        return;
      }
      operands.push(result.operand);
    }
  }
  statements.push({ kind: "instruction", line, column, mnemonic, operands });
}

/**
 * Parses a whole listing. Lines are split at \n (a trailing \r is ignored). `errors` lists the
 * unreadable lines (the same as the `bad` statements), in order.
 */
export function parseListing(source: string): ParsedListing {
  const statements: Statement[] = [];
  source.split("\n").forEach((raw, index) => parseLine(raw.replace(/\r$/, ""), index + 1, statements));
  const errors = statements
    .filter((s): s is BadStatement => s.kind === "bad")
    .map(({ line, column, message }) => ({ line, column, message }));
  return { statements, errors };
}
