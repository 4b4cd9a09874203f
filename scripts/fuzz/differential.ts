/**
 * Differential fuzzing of the interpreter against the CPU: seeded random sequences
 * (sequences.ts) from seeded random register, flag and scratch-memory states run natively
 * (listings/cpu-harness.ts) and in the interpreter; every general register but rsp and r15, the
 * scratch buffer, and the flags the manual defines must agree. A sequence that reads a flag an
 * earlier instruction left undefined, or whose result the manual leaves undefined, is counted as
 * indeterminate and not compared.
 */
import {
  DATA_BASE,
  MEMORY_BASE,
  assemble,
  compile,
  createMachineForTests,
  readRegister,
  readRflags,
  run,
} from "./interpreter-access.ts";
import { createRng } from "../../src/core/rng/xoshiro128.ts";
import { flagEffect } from "../../src/core/asm/testing/flag-effects.ts";
import { ALL_FLAGS } from "../../src/core/asm/testing/defined-flags.ts";
import { SCRATCH_BYTES, SCRATCH_REGISTER, runOnCpu, type CpuState } from "../listings/cpu-harness.ts";
import { workspace } from "../listings/toolchain.ts";
import { generateSequence } from "./sequences.ts";

export interface FuzzCase {
  sequence: string[];
  input: CpuState;
  cpu: CpuState;
}

export interface FuzzReport {
  compared: number;
  indeterminate: number;
  mismatches: { sequence: string[]; detail: string }[];
  cases: FuzzCase[];
}

const SCRATCH_ADDRESS = DATA_BASE;

function randomState(rng: ReturnType<typeof createRng>): CpuState {
  const word = (): bigint => {
    const raw = (BigInt(rng.nextUint32()) << 32n) | BigInt(rng.nextUint32());
    const pick = rng.nextInt(4);
    return pick === 0
      ? BigInt.asUintN(64, BigInt.asIntN(64, raw) >> BigInt(32 + rng.nextInt(32)))
      : pick === 1
        ? BigInt(rng.nextInt(300))
        : raw;
  };
  const memory = new Uint8Array(SCRATCH_BYTES);
  for (let i = 0; i < SCRATCH_BYTES; i++) memory[i] = rng.nextInt(256);
  return { registers: Array.from({ length: 16 }, word), flags: rng.nextUint32() & 0x8d5, memory };
}

/**
 * Runs one case in the interpreter: null when it agrees with the CPU, "indeterminate" when the
 * outcome is not fully defined, otherwise what differs.
 */
export function compareCase(c: FuzzCase): string | null {
  const assembled = assemble(c.sequence.join("\n"));
  if (!assembled.ok) return `does not assemble: ${assembled.errors[0]!.message} (line ${assembled.errors[0]!.line})`;
  const compiled = compile(assembled.program);
  const m = createMachineForTests();
  c.input.registers.forEach((value, r) => {
    m.lo[r] = Number(BigInt.asIntN(32, value));
    m.hi[r] = Number(BigInt.asIntN(32, value >> 32n));
  });
  m.lo[SCRATCH_REGISTER] = SCRATCH_ADDRESS;
  m.hi[SCRATCH_REGISTER] = 0;
  m.memory.set(c.input.memory, SCRATCH_ADDRESS - MEMORY_BASE);
  m.cf = c.input.flags & 1;
  m.zf = (c.input.flags >> 6) & 1;
  m.sf = (c.input.flags >> 7) & 1;
  m.of = (c.input.flags >> 11) & 1;
  m.parityByte = (c.input.flags >> 2) & 1 ? 0 : 1;
  m.adjustBits = ((c.input.flags >> 4) & 1) << 4;
  const start = { ...m, lo: m.lo.slice(), hi: m.hi.slice(), memory: m.memory.slice() };
  let undefinedFlags = 0;
  for (let i = 0; i < compiled.ops.length - 1; i++) {
    const effect = flagEffect(c.sequence[i]!, m);
    if (effect.reads & undefinedFlags || effect.undefinedResult) return "indeterminate";
    undefinedFlags = (undefinedFlags & ~effect.written) | effect.undefined;
    m.pc = i + 1;
    m.steps++;
    compiled.ops[i]!(m);
    if (m.status !== "running") return `faulted at ${c.sequence[i]}: ${m.fault?.message}`;
  }
  // The same sequence through `run` (the switch loop of fast-loop.ts) must end in the same state.
  const again = createMachineForTests();
  again.lo.set(start.lo);
  again.hi.set(start.hi);
  again.memory.set(start.memory);
  Object.assign(again, {
    cf: start.cf,
    zf: start.zf,
    sf: start.sf,
    of: start.of,
    parityByte: start.parityByte,
    adjustBits: start.adjustBits,
  });
  run(compiled, again, compiled.ops.length - 1);
  const same =
    again.fault?.kind === "step-limit" &&
    again.lo.every((v, i) => v === m.lo[i]) &&
    again.hi.every((v, i) => v === m.hi[i]) &&
    readRflags(again) === readRflags(m) &&
    again.memory.every((v, i) => v === m.memory[i]);
  const problems: string[] = same ? [] : ["run() and single steps disagree"];
  for (let r = 0; r < 16; r++) {
    if (r === 4 || r === SCRATCH_REGISTER) continue;
    const mine = readRegister(m, r);
    if (mine !== BigInt.asUintN(64, c.cpu.registers[r]!))
      problems.push(`r${r}: cpu ${c.cpu.registers[r]!.toString(16)}, interpreter ${mine.toString(16)}`);
  }
  const mask = ALL_FLAGS & ~undefinedFlags;
  if ((readRflags(m) & mask) !== (c.cpu.flags & mask))
    problems.push(
      `flags (mask ${mask.toString(16)}): cpu ${(c.cpu.flags & mask).toString(16)}, interpreter ${(readRflags(m) & mask).toString(16)}`,
    );
  const memory = m.memory.subarray(SCRATCH_ADDRESS - MEMORY_BASE, SCRATCH_ADDRESS - MEMORY_BASE + SCRATCH_BYTES);
  const at = memory.findIndex((b, i) => b !== c.cpu.memory[i]);
  if (at >= 0) problems.push(`memory byte ${at}: cpu ${c.cpu.memory[at]}, interpreter ${memory[at]}`);
  return problems.length ? problems.join("; ") : null;
}

/** The `count` sequences and input states `seed` gives (before any run). */
export function generateCases(seed: number, count: number, maxLength = 8): { sequence: string[]; state: CpuState }[] {
  const rng = createRng(seed);
  const sequences = Array.from({ length: count }, () => generateSequence(rng, 1 + rng.nextInt(maxLength)));
  return sequences.map((sequence) => ({ sequence, state: randomState(rng) }));
}

/** Runs cases on the CPU: each with the CPU's final state. */
export function runCasesOnCpu(cases: { sequence: string[]; state: CpuState }[]): FuzzCase[] {
  const ws = workspace();
  try {
    const results = runOnCpu(
      ws,
      "fuzz",
      cases.map((c) => c.sequence),
      cases.map((c, sequence) => ({ sequence, state: c.state })),
    );
    return cases.map((c, i) => ({
      sequence: c.sequence,
      input: c.state,
      cpu: { ...results[i]!, flags: results[i]!.flags & 0x8d5 },
    }));
  } finally {
    ws.dispose();
  }
}

/** Generates `count` sequences from `seed`, runs them on the CPU and in the interpreter. */
export function fuzz(seed: number, count: number, maxLength = 8): FuzzReport {
  const report: FuzzReport = { compared: 0, indeterminate: 0, mismatches: [], cases: [] };
  for (const c of runCasesOnCpu(generateCases(seed, count, maxLength))) {
    report.cases.push(c);
    const outcome = compareCase(c);
    if (outcome === "indeterminate") report.indeterminate++;
    else {
      report.compared++;
      if (outcome !== null) report.mismatches.push({ sequence: c.sequence, detail: outcome });
    }
  }
  return report;
}
