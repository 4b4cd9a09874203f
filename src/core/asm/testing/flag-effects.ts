/**
 * What one instruction does to the arithmetic flags, as the Intel manual defines it, given the
 * machine state before it (for shift counts in cl): which flags it writes with defined values,
 * which it leaves undefined, which it reads, and whether its result itself is undefined (shld/shrd
 * of 16 bits by more than 16). The differential fuzzer uses it to compare only what is defined.
 * Test support only.
 */
import type { Machine } from "../machine.ts";
import { registerByName } from "../registers.ts";
import { ALL_FLAGS, AF, CF, OF, PF, SF, ZF } from "./defined-flags.ts";

export interface FlagEffect {
  written: number;
  undefined: number;
  reads: number;
  undefinedResult: boolean;
}

const CONDITION_READS: Record<string, number> = {
  o: OF,
  no: OF,
  b: CF,
  c: CF,
  nae: CF,
  ae: CF,
  nb: CF,
  nc: CF,
  e: ZF,
  z: ZF,
  ne: ZF,
  nz: ZF,
  be: CF | ZF,
  na: CF | ZF,
  a: CF | ZF,
  nbe: CF | ZF,
  s: SF,
  ns: SF,
  p: PF,
  pe: PF,
  np: PF,
  po: PF,
  l: SF | OF,
  nge: SF | OF,
  ge: SF | OF,
  nl: SF | OF,
  le: ZF | SF | OF,
  ng: ZF | SF | OF,
  g: ZF | SF | OF,
  nle: ZF | SF | OF,
};
const SIZES: Record<string, number> = { BYTE: 8, WORD: 16, DWORD: 32, QWORD: 64 };

export function flagEffect(line: string, m: Machine): FlagEffect {
  const [op = "", ...rest] = line.split(/\s+/);
  const operands = rest
    .join(" ")
    .split(",")
    .map((s) => s.trim());
  const first = operands[0] ?? "";
  const width = registerByName(first)?.width ?? SIZES[first.split(" ")[0] ?? ""] ?? 64;
  const none: FlagEffect = { written: 0, undefined: 0, reads: 0, undefinedResult: false };
  const count = (text: string | undefined): number =>
    text === "cl" ? m.lo[1]! & 0xff : text === undefined ? 1 : Number(text);
  const condition = /^(set|cmov)(\w+)$/.exec(op);
  if (condition) return { ...none, reads: CONDITION_READS[condition[2]!] ?? ALL_FLAGS };
  if (/^(add|sub|cmp|neg|cmpxchg|popcnt)$/.test(op)) return { ...none, written: ALL_FLAGS };
  if (/^(adc|sbb)$/.test(op)) return { ...none, written: ALL_FLAGS, reads: CF };
  if (/^(inc|dec)$/.test(op)) return { ...none, written: ALL_FLAGS & ~CF };
  if (/^(and|or|xor|test)$/.test(op)) return { ...none, written: ALL_FLAGS & ~AF, undefined: AF };
  if (/^(imul|mul)$/.test(op)) return { ...none, written: CF | OF, undefined: SF | ZF | AF | PF };
  if (/^bt[src]?$/.test(op)) return { ...none, written: CF, undefined: OF | SF | AF | PF };
  if (/^bs[fr]$/.test(op)) return { ...none, written: ZF, undefined: CF | OF | SF | AF | PF };
  if (op === "tzcnt" || op === "lzcnt") return { ...none, written: CF | ZF, undefined: OF | SF | AF | PF };
  if (/^(shl|sal|shr|sar|rol|ror)$/.test(op)) {
    const masked = count(operands[1]) & (width === 64 ? 63 : 31);
    if (masked === 0) return none;
    const rotate = op === "rol" || op === "ror";
    let undefinedFlags = (masked === 1 ? 0 : OF) | (rotate ? 0 : AF);
    if ((op === "shl" || op === "sal" || op === "shr") && masked >= width) undefinedFlags |= CF;
    const written = (rotate ? CF | OF : ALL_FLAGS) & ~undefinedFlags;
    return { ...none, written, undefined: undefinedFlags };
  }
  if (op === "shld" || op === "shrd") {
    const masked = count(operands[2]) & (width === 64 ? 63 : 31);
    if (masked === 0) return none;
    const undefinedFlags = AF | (masked === 1 ? 0 : OF);
    return {
      written: ALL_FLAGS & ~undefinedFlags,
      undefined: undefinedFlags,
      reads: 0,
      undefinedResult: masked > width,
    };
  }
  return none;
}
