/**
 * The shift-count oracle (src/core/asm/fixtures/shift-counts.json): every shift and rotate at every
 * width with every immediate count 0–255, and with every count 0–255 in cl, run on the real CPU
 * from seeded random values and flags. Rows: "instruction|rax rcx flags-in rax-out flags-out" (hex).
 */
import { createRng } from "../../src/core/rng/xoshiro128.ts";
import { SCRATCH_BYTES, runOnCpu, type CpuState } from "./cpu-harness.ts";
import type { workspace } from "./toolchain.ts";

const REGISTER = { 8: "al", 16: "ax", 32: "eax", 64: "rax" } as const;
const OPERATIONS = ["shl", "shr", "sar", "rol", "ror"];

export function buildShiftCountFixture(ws: ReturnType<typeof workspace>, seed: number): { rows: string[] } {
  const rng = createRng(seed);
  const word = (): bigint => (BigInt(rng.nextUint32()) << 32n) | BigInt(rng.nextUint32());
  const sequences: string[][] = [];
  const runs: { sequence: number; state: CpuState }[] = [];
  const state = (rcx: bigint): CpuState => {
    const registers = Array.from({ length: 16 }, () => word());
    registers[1] = rcx;
    return { registers, flags: rng.nextUint32() & 0x8d5, memory: new Uint8Array(SCRATCH_BYTES) };
  };
  for (const width of [8, 16, 32, 64] as const) {
    for (const op of OPERATIONS) {
      for (let count = 0; count < 256; count++) {
        sequences.push([`${op} ${REGISTER[width]}, ${count}`]);
        runs.push({ sequence: sequences.length - 1, state: state(word()) });
      }
      sequences.push([`${op} ${REGISTER[width]}, cl`]);
      for (let count = 0; count < 256; count++) {
        runs.push({ sequence: sequences.length - 1, state: state((word() & ~0xffn) | BigInt(count)) });
      }
    }
  }
  const results = runOnCpu(ws, "shift-counts", sequences, runs);
  const hex = (v: bigint | number): string => v.toString(16);
  return {
    rows: runs.map(({ sequence, state: input }, i) => {
      const out = results[i]!;
      const values = [input.registers[0]!, input.registers[1]!, input.flags, out.registers[0]!, out.flags & 0x8d5];
      return `${sequences[sequence]![0]}|${values.map(hex).join(" ")}`;
    }),
  };
}
