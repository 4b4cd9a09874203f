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
}

export interface MemoryOperand extends Located {
  kind: "mem";
  /** From `DWORD PTR` and friends; null when the listing leaves it to the other operand. */
  width: Width | null;
  base: RegisterName | null;
  index: RegisterName | null;
  scale: 1 | 2 | 4 | 8;
  /** Signed displacement, within ±2^31. */
  displacement: number;
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

export type Statement = InstructionStatement | LabelStatement;

export interface ParsedListing {
  statements: Statement[];
  errors: AsmError[];
}

/** Directives that change nothing the interpreter or the hex view models (see README). */
const IGNORED_DIRECTIVES = new Set([
  ".file",
  ".text",
  ".globl",
  ".global",
  ".type",
  ".size",
  ".section",
  ".ident",
  ".p2align",
  ".align",
  ".balign",
  ".loc",
  ".hidden",
  ".local",
  ".weak",
  ".addrsig",
  ".addrsig_sym",
]);

const WIDTH_KEYWORDS: Record<string, Width> = { byte: 8, word: 16, dword: 32, qword: 64 };
const LABEL = /^[A-Za-z_.$][A-Za-z0-9_.$@]*$/;
const INTEGER = /^[+-]?(0x[0-9a-f]+|0b[01]+|[0-9]+)$/i;

/** Cuts a comment (`#` or `;`) outside double-quoted strings. */
function stripComment(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "#" || ch === ";")) return text.slice(0, i);
  }
  return text;
}

function parseInteger(text: string): bigint | null {
  if (!INTEGER.test(text)) return null;
  const negative = text.startsWith("-");
  const digits = text.replace(/^[+-]/, "");
  const value = BigInt(digits.toLowerCase());
  return negative ? -value : value;
}

type OperandResult = { ok: true; operand: Operand } | { ok: false; offset: number; message: string };

function parseMemory(text: string, width: Width | null, column: number): OperandResult {
  const open = text.indexOf("[");
  if (!text.endsWith("]") || open < 0) return { ok: false, offset: 0, message: `cannot read operand "${text}"` };
  const outside = text.slice(0, open).trim();
  let displacement = 0n;
  if (outside !== "") {
    const value = parseInteger(outside);
    if (value === null) {
      const message = /:/.test(outside)
        ? `segment prefixes are not supported ("${outside}")`
        : `symbol addresses are not supported ("${outside}")`;
      return { ok: false, offset: 0, message };
    }
    displacement = value;
  }
  const inner = text.slice(open + 1, -1);
  const terms = inner.match(/[+-]?[^+-]+/g) ?? [];
  let base: RegisterName | null = null;
  let index: RegisterName | null = null;
  let scale: 1 | 2 | 4 | 8 = 1;
  let offset = open + 1;
  for (const rawTerm of terms) {
    const termOffset = offset + (rawTerm.length - rawTerm.replace(/^[\s+-]+/, "").length);
    offset += rawTerm.length;
    const term = rawTerm.replace(/\s+/g, "");
    const sign = term.startsWith("-") ? -1n : 1n;
    const body = term.replace(/^[+-]/, "");
    const number = parseInteger(body);
    if (number !== null) {
      displacement += sign * number;
      continue;
    }
    const [first = "", second, ...rest] = body.split("*");
    const register = registerByName(first) ?? (second !== undefined ? registerByName(second) : undefined);
    if (!register || rest.length > 0) {
      if (/^rip$|^eip$/i.test(first))
        return { ok: false, offset: termOffset, message: "rip-relative addressing is not supported" };
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
    column,
    text,
  };
  return { ok: true, operand };
}

function parseOperand(raw: string, column: number): OperandResult {
  const text = raw.trim();
  const sized = /^(byte|word|dword|qword)\s+ptr\b\s*(.*)$/i.exec(text);
  if (sized) {
    const width = WIDTH_KEYWORDS[sized[1]!.toLowerCase()]!;
    const rest = sized[2]!;
    const result = parseMemory(rest, width, column);
    if (!result.ok) return { ...result, offset: result.offset + text.length - rest.length };
    return { ok: true, operand: { ...result.operand, text } };
  }
  if (/\bptr\b/i.test(text)) return { ok: false, offset: 0, message: `unsupported operand size in "${text}"` };
  if (text.includes("[")) return parseMemory(text, null, column);
  const register = registerByName(text);
  if (register) return { ok: true, operand: { kind: "reg", ...register, column, text } };
  const value = parseInteger(text);
  if (value !== null) return { ok: true, operand: { kind: "imm", value, column, text } };
  if (/^offset\b/i.test(text)) return { ok: false, offset: 0, message: "OFFSET symbol operands are not supported" };
  if (LABEL.test(text)) return { ok: true, operand: { kind: "label", name: text, column, text } };
  return { ok: false, offset: 0, message: `cannot read operand "${text}"` };
}

function parseDirective(name: string, rest: string, line: number, column: number, errors: AsmError[]): void {
  const lower = name.toLowerCase();
  if (IGNORED_DIRECTIVES.has(lower) || lower.startsWith(".cfi_")) return;
  if (lower === ".intel_syntax" && /^noprefix$/i.test(rest.trim())) return;
  const why =
    lower === ".intel_syntax" ? "only .intel_syntax noprefix is read" : `the directive ${name} is not supported`;
  errors.push({ line, column, message: why });
}

/** Splits at top-level commas, keeping each piece's offset into `text`. */
function splitOperands(text: string): { text: string; offset: number }[] {
  const parts: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if ((ch === "," && depth === 0) || i === text.length) {
      parts.push({ text: text.slice(start, i), offset: start });
      start = i + 1;
    }
  }
  return parts;
}

function parseLine(raw: string, line: number, statements: Statement[], errors: AsmError[]): void {
  const text = stripComment(raw);
  let position = text.length - text.trimStart().length;
  let rest = text.slice(position).trimEnd();
  for (let label = /^([^\s:]+):/.exec(rest); label; label = /^([^\s:]+):/.exec(rest)) {
    const name = label[1]!;
    if (!LABEL.test(name)) {
      errors.push({ line, column: position + 1, message: `"${name}" is not a label name` });
      return;
    }
    statements.push({ kind: "label", line, column: position + 1, name });
    const after = rest.slice(label[0].length);
    position += label[0].length + (after.length - after.trimStart().length);
    rest = after.trim();
  }
  if (rest === "") return;
  const word = /^\S+/.exec(rest)![0];
  const operandsText = rest.slice(word.length);
  const column = position + 1;
  if (word.startsWith(".")) {
    parseDirective(word, operandsText, line, column, errors);
    return;
  }
  if (!/^[a-z][a-z0-9]*$/i.test(word)) {
    errors.push({ line, column, message: `"${word}" is not an instruction` });
    return;
  }
  const operands: Operand[] = [];
  if (operandsText.trim() !== "") {
    const base = position + word.length;
    for (const part of splitOperands(operandsText)) {
      const leading = part.text.length - part.text.trimStart().length;
      const operandColumn = base + part.offset + leading + 1;
      if (part.text.trim() === "") {
        errors.push({ line, column: Math.min(operandColumn, raw.length + 1), message: "missing operand" });
        return;
      }
      const result = parseOperand(part.text, operandColumn);
      if (!result.ok) {
        errors.push({ line, column: operandColumn + result.offset, message: result.message });
        return;
      }
      operands.push(result.operand);
    }
  }
  statements.push({ kind: "instruction", line, column, mnemonic: word.toLowerCase(), operands });
}

/** Parses a whole listing. Lines are split at \n (a trailing \r is ignored). */
export function parseListing(source: string): ParsedListing {
  const statements: Statement[] = [];
  const errors: AsmError[] = [];
  source.split("\n").forEach((raw, index) => parseLine(raw.replace(/\r$/, ""), index + 1, statements, errors));
  return { statements, errors };
}
