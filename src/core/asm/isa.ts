/**
 * The supported subset of x86-64: which mnemonics exist, their aliases, and which operand forms
 * each accepts. Checking a parsed statement against this table gives a normalized `Instruction`
 * (operation, condition, operand size, immediates truncated to that size) or an error that names
 * the line; the interpreter and the encoder both start from the normalized form, so anything
 * outside the subset is refused before it could run or be encoded wrongly.
 */
import type { AsmError, InstructionStatement, MemoryOperand, Operand, RegisterOperand } from "./parse.ts";
import type { Width } from "./registers.ts";
import { EXTRA_MNEMONICS, checkExtra, type ExtraOperation } from "./isa-extra.ts";

export type AluOperation = "add" | "or" | "adc" | "sbb" | "and" | "sub" | "xor" | "cmp";
export type ShiftOperation = "rol" | "ror" | "shl" | "shr" | "sar";
export type UnaryOperation = "inc" | "dec" | "neg" | "not" | "mul" | "div" | "idiv" | "imul1";
export type Operation =
  | AluOperation
  | ShiftOperation
  | UnaryOperation
  | "test"
  | "mov"
  | "movzx"
  | "movsx"
  | "lea"
  | "imul2"
  | "imul3"
  | "jmp"
  | "jcc"
  | "setcc"
  | "cmovcc"
  | "call"
  | "ret"
  | "push"
  | "pop"
  | "nop"
  | "cdq"
  | "cqo"
  | "cdqe"
  | "cwde"
  | ExtraOperation;

/**
 * Condition codes by their 4-bit encoding (the low nibble of 0x70+cc / 0x0F 0x90+cc):
 * 0 o, 1 no, 2 b, 3 ae, 4 e, 5 ne, 6 be, 7 a, 8 s, 9 ns, 10 p, 11 np, 12 l, 13 ge, 14 le, 15 g.
 */
const CONDITIONS: Record<string, number> = {
  o: 0,
  no: 1,
  b: 2,
  c: 2,
  nae: 2,
  ae: 3,
  nb: 3,
  nc: 3,
  e: 4,
  z: 4,
  ne: 5,
  nz: 5,
  be: 6,
  na: 6,
  a: 7,
  nbe: 7,
  s: 8,
  ns: 9,
  p: 10,
  pe: 10,
  np: 11,
  po: 11,
  l: 12,
  nge: 12,
  ge: 13,
  nl: 13,
  le: 14,
  ng: 14,
  g: 15,
  nle: 15,
};
export const CONDITION_NAMES = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"];

export interface Instruction {
  operation: Operation;
  /** 0–15 for jcc/setcc/cmovcc, otherwise -1. */
  condition: number;
  /** Operand size of the operation (for movzx/movsx: the destination's). */
  width: Width;
  /** For movzx/movsx: the source's size. */
  sourceWidth: Width;
  operands: Operand[];
  line: number;
  column: number;
  mnemonic: string;
  /** `rep` before a string instruction. */
  repeat?: boolean;
  /** For "unsupported": why this line cannot run (only functions that reach it are refused). */
  problem?: string;
}

const ALU = new Set(["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"]);
const SHIFTS: Record<string, ShiftOperation> = {
  rol: "rol",
  ror: "ror",
  shl: "shl",
  sal: "shl",
  shr: "shr",
  sar: "sar",
};
const UNARY = new Set(["inc", "dec", "neg", "not", "mul", "div", "idiv"]);
const NO_OPERANDS: Record<string, Operation> = {
  ret: "ret",
  nop: "nop",
  cdq: "cdq",
  cltd: "cdq",
  cqo: "cqo",
  cqto: "cqo",
  cdqe: "cdqe",
  cltq: "cdqe",
  cwde: "cwde",
};

/** Every mnemonic spelling the subset accepts (for documentation and the subset test). */
export function supportedMnemonics(): string[] {
  const names = [...ALU, ...Object.keys(SHIFTS), ...UNARY, ...Object.keys(NO_OPERANDS)];
  names.push("test", "mov", "movzx", "movsx", "movsxd", "lea", "imul", "jmp", "call", "push", "pop");
  for (const cc of Object.keys(CONDITIONS)) names.push(`j${cc}`, `set${cc}`, `cmov${cc}`);
  names.push(...EXTRA_MNEMONICS);
  return names.sort();
}

export type Check = { ok: true; instruction: Instruction } | { ok: false; error: AsmError };

export const isReg = (o: Operand | undefined): o is RegisterOperand => o?.kind === "reg";
export const isMem = (o: Operand | undefined): o is MemoryOperand => o?.kind === "mem";
export const isRm = (o: Operand | undefined): o is RegisterOperand | MemoryOperand => isReg(o) || isMem(o);

export const IMMEDIATE_LIMITS: Record<Width, [bigint, bigint]> = {
  8: [-(2n ** 7n), 2n ** 8n - 1n],
  16: [-(2n ** 15n), 2n ** 16n - 1n],
  32: [-(2n ** 31n), 2n ** 32n - 1n],
  64: [-(2n ** 31n), 2n ** 31n - 1n],
};

/** Checks a whole statement; `fail` builds the error at an operand (or the mnemonic). */
export function checkInstruction(statement: InstructionStatement): Check {
  const { mnemonic, operands, line, column } = statement;
  const fail = (message: string, at?: Operand): Check => ({
    ok: false,
    error: { line, column: at?.column ?? column, message },
  });
  const make = (operation: Operation, width: Width, extra: Partial<Instruction> = {}): Check => ({
    ok: true,
    instruction: { operation, condition: -1, width, sourceWidth: width, operands, line, column, mnemonic, ...extra },
  });
  const count = (n: number): Check | null =>
    operands.length === n ? null : fail(`${mnemonic} takes ${n} operand${n === 1 ? "" : "s"}, not ${operands.length}`);
  for (const o of operands) {
    if (o.kind === "reg" && o.high && operands.some((p) => p.kind === "reg" && p.needsRex)) {
      return fail(
        `${o.text} cannot be used together with ${operands.find((p) => p.kind === "reg" && p.needsRex)!.text}`,
        o,
      );
    }
  }
  const widthOf = (...list: Operand[]): Width | Check => {
    let width: Width | null = null;
    for (const o of list) {
      const w = o.kind === "reg" ? o.width : o.kind === "mem" ? o.width : null;
      if (w !== null && width !== null && w !== width) return fail("operand sizes do not match", o);
      width ??= w;
    }
    return width ?? fail("operand size unknown: write BYTE/WORD/DWORD/QWORD PTR", list[0]);
  };
  const immediate = (o: Operand, width: Width, limits = IMMEDIATE_LIMITS[width]): Check | null => {
    if (o.kind !== "imm") return null;
    if (o.value < limits[0] || o.value > limits[1])
      return fail(`${o.text} does not fit in a ${width}-bit immediate`, o);
    o.value = BigInt.asIntN(width, o.value);
    return null;
  };
  const two = (allowImmediate: boolean, operation: Operation): Check => {
    const [a, b] = operands as [Operand, Operand];
    if (!isRm(a)) return fail(`the first operand of ${mnemonic} must be a register or memory`, a);
    if (b.kind === "label") return fail("symbol operands are not supported", b);
    if (isMem(a) && isMem(b)) return fail("two memory operands are not allowed", b);
    if (b.kind === "imm" && !allowImmediate) return fail(`${mnemonic} takes no immediate here`, b);
    const width = widthOf(a, b);
    if (typeof width !== "number") return width;
    if (isMem(a)) a.width = width;
    if (isMem(b)) b.width = width;
    const movabs = operation === "mov" && width === 64 && isReg(a);
    return immediate(b, width, movabs ? [-(2n ** 63n), 2n ** 64n - 1n] : undefined) ?? make(operation, width);
  };
  const branchTarget = (operation: Operation, condition = -1): Check => {
    const bad = count(1);
    if (bad) return bad;
    const target = operands[0]!;
    if (target.kind !== "label") return fail(`${mnemonic} needs a label (indirect jumps are not supported)`, target);
    return make(operation, 64, { condition });
  };

  const extra = checkExtra(statement, fail, make, widthOf);
  if (extra) return extra;
  if (ALU.has(mnemonic)) return count(2) ?? two(true, mnemonic as AluOperation);
  if (mnemonic === "movabs") {
    const bad = count(2);
    if (bad) return bad;
    if (!isReg(operands[0]) || operands[1]?.kind !== "imm")
      return fail("movabs is supported with a register and an immediate", operands[0]);
    return two(true, "mov");
  }
  if (mnemonic === "test" || mnemonic === "mov") {
    const bad = count(2);
    if (bad) return bad;
    if (mnemonic === "test" && isMem(operands[1]) && isReg(operands[0])) operands.reverse();
    return two(true, mnemonic);
  }
  if (mnemonic in NO_OPERANDS) {
    const operation = NO_OPERANDS[mnemonic]!;
    return count(0) ?? make(operation, operation === "cdq" || operation === "cwde" ? 32 : 64);
  }
  if (mnemonic in SHIFTS) {
    if (operands.length < 1 || operands.length > 2) return fail(`${mnemonic} takes 1 or 2 operands`);
    const [a, b] = operands as [Operand, Operand | undefined];
    if (!isRm(a)) return fail(`the first operand of ${mnemonic} must be a register or memory`, a);
    const width = widthOf(a);
    if (typeof width !== "number") return width;
    if (b && !(b.kind === "imm" || (isReg(b) && b.number === 1 && b.width === 8 && !b.high))) {
      return fail("a shift count is an immediate or cl", b);
    }
    if (b?.kind === "imm") {
      // A count is an unsigned byte (0–255); the CPU masks it to 5 or 6 bits when it runs.
      if (b.value < -128n || b.value > 255n) return fail(`${b.text} does not fit in an 8-bit shift count`, b);
      b.value = BigInt.asUintN(8, b.value);
    }
    return make(SHIFTS[mnemonic]!, width);
  }
  if (UNARY.has(mnemonic) || (mnemonic === "imul" && operands.length === 1)) {
    const bad = count(1);
    if (bad) return bad;
    if (!isRm(operands[0])) return fail(`the operand of ${mnemonic} must be a register or memory`, operands[0]);
    const width = widthOf(operands[0]);
    if (typeof width !== "number") return width;
    return make(mnemonic === "imul" ? "imul1" : (mnemonic as UnaryOperation), width);
  }
  if (mnemonic === "imul") {
    if (operands.length > 3) return fail("imul takes 1, 2 or 3 operands");
    const [a, b, c] = operands as [Operand, Operand, Operand | undefined];
    if (!isReg(a) || !isRm(b)) return fail("imul needs a register and a register or memory", isReg(a) ? b : a);
    const width = widthOf(a, b);
    if (typeof width !== "number") return width;
    if (width === 8) return fail("imul with two or three operands has no 8-bit form", a);
    if (isMem(b)) b.width = width;
    if (c === undefined) return make("imul2", width);
    if (c.kind !== "imm") return fail("the third operand of imul is an immediate", c);
    return immediate(c, width, width === 64 ? undefined : IMMEDIATE_LIMITS[width]) ?? make("imul3", width);
  }
  if (mnemonic === "movzx" || mnemonic === "movsx" || mnemonic === "movsxd") {
    const bad = count(2);
    if (bad) return bad;
    const [a, b] = operands as [Operand, Operand];
    if (!isReg(a) || !isRm(b)) return fail(`${mnemonic} needs a register and a register or memory`, isReg(a) ? b : a);
    if (b.width === null) return fail("operand size unknown: write BYTE/WORD/DWORD PTR", b);
    const widening = b.width < a.width && a.width !== 8;
    const allowed =
      mnemonic === "movsxd"
        ? b.width === 32 && a.width === 64
        : widening && (b.width < 32 || (mnemonic === "movsx" && a.width === 64));
    if (!allowed) return fail(`${mnemonic} cannot extend ${b.width} bits to ${a.width} bits`, b);
    return make(mnemonic === "movzx" ? "movzx" : "movsx", a.width, { sourceWidth: b.width });
  }
  if (mnemonic === "lea") {
    const bad = count(2);
    if (bad) return bad;
    const [a, b] = operands as [Operand, Operand];
    if (!isReg(a) || a.width === 8 || !isMem(b))
      return fail("lea needs a 16/32/64-bit register and an address", isReg(a) ? b : a);
    return make("lea", a.width);
  }
  if (mnemonic === "push" || mnemonic === "pop") {
    const bad = count(1);
    if (bad) return bad;
    const a = operands[0]!;
    if (a.kind === "imm" && mnemonic === "push") return immediate(a, 32, IMMEDIATE_LIMITS[64]) ?? make("push", 64);
    if (!isRm(a) || (a.width !== null && a.width !== 64))
      return fail(`${mnemonic} takes a 64-bit register or QWORD PTR memory`, a);
    if (isMem(a)) a.width = 64;
    return make(mnemonic, 64);
  }
  if ((mnemonic === "jmp" || mnemonic === "call") && operands.length === 1 && isRm(operands[0])) {
    const target = operands[0];
    if (target.width !== null && target.width !== 64)
      return fail(`${mnemonic} through a register or memory needs 64 bits`, target);
    if (isMem(target)) target.width = 64;
    return make(mnemonic === "jmp" ? "jmpi" : "calli", 64);
  }
  if (mnemonic === "jmp" || mnemonic === "call") return branchTarget(mnemonic);

  const conditional = /^(j|set|cmov)([a-z]+)$/.exec(mnemonic);
  const condition = conditional ? CONDITIONS[conditional[2]!] : undefined;
  if (conditional && condition !== undefined) {
    if (conditional[1] === "j") return branchTarget("jcc", condition);
    if (conditional[1] === "set") {
      const bad = count(1);
      if (bad) return bad;
      const a = operands[0]!;
      if (!isRm(a) || (a.width !== null && a.width !== 8))
        return fail(`${mnemonic} takes an 8-bit register or BYTE PTR memory`, a);
      if (isMem(a)) a.width = 8;
      return make("setcc", 8, { condition });
    }
    const bad = count(2);
    if (bad) return bad;
    const [a, b] = operands as [Operand, Operand];
    if (!isReg(a) || !isRm(b) || a.width === 8)
      return fail(`${mnemonic} needs a 16/32/64-bit register and a register or memory`, a);
    const width = widthOf(a, b);
    if (typeof width !== "number") return width;
    if (isMem(b)) b.width = width;
    return make("cmovcc", width, { condition });
  }
  return fail(`unsupported instruction ${mnemonic} on line ${line}`);
}
