/**
 * Which arithmetic flags the Intel manual defines after one instruction, given the count a shift
 * will use: tests compare only those with the CPU (the rest are "undefined", and CPUs differ).
 * Unaffected flags count as defined. Test support only; the interpreter does not use it.
 */
import { registerByName } from "../registers.ts";

export const CF = 0x1,
  PF = 0x4,
  AF = 0x10,
  ZF = 0x40,
  SF = 0x80,
  OF = 0x800,
  ALL_FLAGS = 0x8d5;

/** Defined flags after `instruction` (Intel syntax, one line); `rcx` gives a cl count. */
export function definedFlags(instruction: string, rcx: bigint): number {
  const [op = "", dest = "", source, third] = instruction
    .split(/[ ,]+/)
    .filter((w) => !/^(BYTE|WORD|DWORD|QWORD|PTR)$/.test(w));
  const width = registerByName(dest)?.width ?? (/^BYTE/.test(instruction.split(" ")[1] ?? "") ? 8 : 64);
  if (/^(add|adc|sub|sbb|cmp|neg|inc|dec|cmpxchg)$/.test(op)) return ALL_FLAGS;
  if (/^(and|or|xor|test)$/.test(op)) return ALL_FLAGS & ~AF;
  if (/^(mul|imul)$/.test(op)) return CF | OF;
  if (/^i?div$/.test(op)) return 0;
  if (/^bt[src]?$/.test(op)) return ALL_FLAGS & ~(OF | SF | AF | PF);
  if (/^bs[fr]$/.test(op)) return ZF | (ALL_FLAGS & ~(CF | OF | SF | AF | PF | ZF));
  if (/^(tzcnt|lzcnt)$/.test(op)) return CF | ZF;
  if (op === "popcnt") return ALL_FLAGS;
  const countOf = (text: string | undefined): number =>
    text === "cl" ? Number(rcx & 0xffn) : text === undefined ? 1 : Number(text);
  if (/^sh[lr]d$/.test(op)) {
    const masked = countOf(third) & (width === 64 ? 63 : 31);
    if (masked === 0) return ALL_FLAGS;
    if (masked > width) return 0;
    return masked === 1 ? ALL_FLAGS & ~AF : ALL_FLAGS & ~(AF | OF);
  }
  if (/^(shl|sal|shr|sar|rol|ror)$/.test(op)) {
    const masked = countOf(source) & (width === 64 ? 63 : 31);
    if (masked === 0) return ALL_FLAGS;
    let defined = masked === 1 ? ALL_FLAGS : ALL_FLAGS & ~OF;
    if (op !== "rol" && op !== "ror") defined &= ~AF;
    if ((op === "shl" || op === "sal" || op === "shr") && masked >= width) defined &= ~CF;
    return defined;
  }
  return ALL_FLAGS;
}
