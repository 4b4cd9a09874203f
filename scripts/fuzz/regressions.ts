/**
 * Sequences on which the differential fuzzer once found the interpreter wrong, kept as fixtures
 * (src/core/asm/fixtures/fuzz-regressions.json) so `npm test` checks them without a compiler:
 * popcnt clears PF; a failed cmpxchg leaves a 32-bit register destination whole.
 * Each is (seed, count, index) of fuzz(): regenerating replays them on the CPU.
 */
import { generateCases, runCasesOnCpu, type FuzzCase } from "./differential.ts";

const FOUND: { seed: number; count: number; indices: number[] }[] = [
  { seed: 1, count: 500, indices: [46, 87, 262, 300, 307, 376, 405, 498] },
];

const hex = (v: bigint | number): string => v.toString(16);

export interface StoredFuzzCase {
  sequence: string[];
  /** 16 registers, flags, scratch memory (hex), before and after on the CPU. */
  input: string[];
  cpu: string[];
}

const store = (state: FuzzCase["input"]): string[] => [
  ...state.registers.map((r) => hex(BigInt.asUintN(64, r))),
  hex(state.flags),
  [...state.memory].map((b) => b.toString(16).padStart(2, "0")).join(""),
];

export function buildFuzzRegressions(): { cases: StoredFuzzCase[] } {
  const cases: StoredFuzzCase[] = [];
  for (const { seed, count, indices } of FOUND) {
    const all = generateCases(seed, count);
    for (const c of runCasesOnCpu(indices.map((i) => all[i]!))) {
      cases.push({ sequence: c.sequence, input: store(c.input), cpu: store(c.cpu) });
    }
  }
  return { cases };
}

export function loadStoredCase(stored: StoredFuzzCase): FuzzCase {
  const load = (values: string[]): FuzzCase["input"] => ({
    registers: values.slice(0, 16).map((h) => BigInt(`0x${h}`)),
    flags: parseInt(values[16]!, 16),
    memory: new Uint8Array(values[17]!.match(/../g)!.map((b) => parseInt(b, 16))),
  });
  return { sequence: stored.sequence, input: load(stored.input), cpu: load(stored.cpu) };
}
