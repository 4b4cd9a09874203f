/**
 * The part of the subset beyond plain arithmetic that gcc and clang emit for integer C: bit tests
 * and scans, population count, byte swap, double shifts, exchange, compare-and-exchange, `leave`,
 * string stores and moves (with `rep`), `endbr64`, `ud2`, and the narrow sign extensions. Checked
 * like isa.ts: a normalized Instruction or an error at the operand.
 */
import type { Check, Instruction, Operation } from "./isa.ts";
import type { InstructionStatement, MemoryOperand, Operand, RegisterOperand } from "./parse.ts";
import type { Width } from "./registers.ts";

export type ExtraOperation =
  | "bt"
  | "bts"
  | "btr"
  | "btc"
  | "bsf"
  | "bsr"
  | "tzcnt"
  | "lzcnt"
  | "popcnt"
  | "bswap"
  | "shld"
  | "shrd"
  | "xchg"
  | "cmpxchg"
  | "leave"
  | "stos"
  | "movs"
  | "jmpi"
  | "calli"
  | "trap"
  | "cbw"
  | "cwd"
  | "unsupported";

const STRING_WIDTH: Record<string, Width> = { b: 8, w: 16, d: 32, q: 64 };
const SCANS = new Set(["bsf", "bsr", "tzcnt", "lzcnt", "popcnt"]);
const BIT_TESTS = new Set(["bt", "bts", "btr", "btc"]);

export const EXTRA_MNEMONICS = [
  "movabs",
  ...BIT_TESTS,
  ...SCANS,
  "bswap",
  "shld",
  "shrd",
  "xchg",
  "cmpxchg",
  "leave",
  "cbw",
  "cwd",
  "endbr64",
  "ud2",
  "rep bsf",
  "rep ret",
  ...["stos", "movs"].flatMap((s) => ["b", "w", "d", "q"].flatMap((w) => [`${s}${w}`, `rep ${s}${w}`])),
];

const isReg = (o: Operand | undefined): o is RegisterOperand => o?.kind === "reg";
const isMem = (o: Operand | undefined): o is MemoryOperand => o?.kind === "mem";

type Fail = (message: string, at?: Operand) => Check;
type Make = (operation: Operation, width: Width, extra?: Partial<Instruction>) => Check;
type WidthOf = (...list: Operand[]) => Width | Check;

/** Checks the mnemonics of this file; null when the mnemonic is none of them. */
export function checkExtra(statement: InstructionStatement, fail: Fail, make: Make, widthOf: WidthOf): Check | null {
  const { mnemonic, operands } = statement;
  const [a, b, c] = operands;
  const sized = (...list: Operand[]): Width | Check => {
    const width = widthOf(...list);
    if (typeof width !== "number") return width;
    for (const o of list) if (isMem(o)) o.width = width;
    return width;
  };
  const arity = (n: number): Check | null =>
    operands.length === n ? null : fail(`${mnemonic} takes ${n} operand${n === 1 ? "" : "s"}, not ${operands.length}`);

  const string = /^(rep )?(stos|movs)([bwdq])$/.exec(mnemonic);
  if (string) {
    // gcc may spell the implied operands out (`stosq QWORD PTR es:[rdi], rax`); they mean nothing more.
    return make(string[2] as "stos" | "movs", STRING_WIDTH[string[3]!]!, { repeat: string[1] !== undefined });
  }
  // `rep bsf` is how gcc spells tzcnt (F3 0F BC) for CPUs of either kind; `rep ret` is a ret.
  if (mnemonic === "rep bsf")
    return checkExtra(
      { ...statement, mnemonic: "tzcnt" },
      fail,
      (op, w, extra) => make(op, w, { ...extra, mnemonic }),
      widthOf,
    );
  if (mnemonic === "rep ret")
    return operands.length ? fail("ret takes no operands here") : make("ret", 64, { mnemonic });
  if (/^rep /.test(mnemonic)) return fail(`unsupported instruction ${mnemonic} on line ${statement.line}`);
  if (BIT_TESTS.has(mnemonic)) {
    const bad = arity(2);
    if (bad) return bad;
    if (!(isReg(a) || isMem(a)) || !(isReg(b) || b?.kind === "imm"))
      return fail(`${mnemonic} needs a register or memory and a register or immediate`, a);
    const width = isReg(b) ? sized(a, b) : sized(a);
    if (typeof width !== "number") return width;
    if (width === 8) return fail(`${mnemonic} has no 8-bit form`, a);
    if (b.kind === "imm") {
      if (b.value < 0n || b.value > 255n) return fail(`${b.text} does not fit in an 8-bit bit offset`, b);
    }
    return make(mnemonic as ExtraOperation, width);
  }
  if (SCANS.has(mnemonic)) {
    const bad = arity(2);
    if (bad) return bad;
    if (!isReg(a) || !(isReg(b) || isMem(b))) return fail(`${mnemonic} needs a register and a register or memory`, a);
    const width = sized(a, b);
    if (typeof width !== "number") return width;
    if (width === 8) return fail(`${mnemonic} has no 8-bit form`, a);
    return make(mnemonic as ExtraOperation, width);
  }
  if (mnemonic === "bswap") {
    const bad = arity(1);
    if (bad) return bad;
    if (!isReg(a) || a.width < 32) return fail("bswap needs a 32- or 64-bit register", a);
    return make("bswap", a.width);
  }
  if (mnemonic === "shld" || mnemonic === "shrd") {
    const bad = arity(3);
    if (bad) return bad;
    if (!(isReg(a) || isMem(a)) || !isReg(b)) return fail(`${mnemonic} needs a register or memory and a register`, a);
    const countOk = c?.kind === "imm" || (isReg(c) && c.number === 1 && c.width === 8 && !c.high);
    if (!countOk) return fail("a shift count is an immediate or cl", c);
    if (c.kind === "imm") {
      if (c.value < 0n || c.value > 255n) return fail(`${c.text} does not fit in an 8-bit shift count`, c);
    }
    const width = sized(a, b);
    if (typeof width !== "number") return width;
    if (width === 8) return fail(`${mnemonic} has no 8-bit form`, a);
    return make(mnemonic, width);
  }
  if (mnemonic === "xchg" || mnemonic === "cmpxchg") {
    const bad = arity(2);
    if (bad) return bad;
    if (mnemonic === "xchg" && isMem(b) && isReg(a)) operands.reverse();
    const [x, y] = operands;
    if (!(isReg(x) || isMem(x)) || !isReg(y)) return fail(`${mnemonic} needs a register or memory and a register`, x);
    if ((x.kind === "reg" && x.high) || y.high)
      if (operands.some((o) => isReg(o) && o.needsRex)) return fail(`${y.text} cannot be used here`, y);
    const width = sized(x, y);
    if (typeof width !== "number") return width;
    return make(mnemonic, width);
  }
  if (mnemonic === "leave" || mnemonic === "ud2" || mnemonic === "cbw" || mnemonic === "cwd") {
    const bad = arity(0);
    if (bad) return bad;
    const operation = mnemonic === "ud2" ? "trap" : mnemonic;
    return make(operation, mnemonic === "cbw" || mnemonic === "cwd" ? 16 : 64);
  }
  if (mnemonic === "endbr64") return arity(0) ?? make("nop", 64);
  if (mnemonic === "nop" && operands.length === 1 && (isReg(a) || isMem(a))) {
    // The multi-byte nop compilers pad with (`nop DWORD PTR [rax+rax*1+0x0]`).
    if (isMem(a) && a.width === null) a.width = 32;
    return make("nop", (isReg(a) ? a.width : a.width) ?? 32);
  }
  return null;
}
