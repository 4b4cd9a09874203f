/**
 * The only file that knows the x86-64 core's names (src/core/asm): rename here when the core's API
 * changes. Bundled into the engine bench page; never imported by Node-side code.
 */
import { exercises } from "../../../content/exercises/index.ts";
import { assemble, compile, prepareCall, run, runTestTable, type CFunction } from "../../../src/core/asm/index.ts";

/** A counted loop of four simple instructions per iteration: add, xor, sub, jne. */
const LOOP_LISTING = `        .intel_syntax noprefix
        .text
        .globl  spin
spin:
        xor     eax, eax
        mov     rcx, rdi
.L2:
        add     rax, rcx
        xor     rax, rdi
        sub     rcx, 1
        jne     .L2
        ret
`;
const LOOP_FUNCTION: CFunction = { name: "spin", returns: "long", params: [{ name: "n", type: "long" }] };

export interface LoopRunner {
  /** Sets up a fresh machine for one call (not timed). */
  prepare: () => void;
  /** Runs the call to its end; returns the instructions executed. */
  run: () => number;
}

export function loopRunner(iterations: number): LoopRunner {
  const assembled = assemble(LOOP_LISTING);
  if (!assembled.ok) throw new Error(`loop listing: ${assembled.errors.map((e) => e.message).join("; ")}`);
  const compiled = compile(assembled.program);
  let prepared: ReturnType<typeof prepareCall> | null = null;
  return {
    prepare: () => {
      prepared = prepareCall(compiled, LOOP_FUNCTION, [iterations]);
    },
    run: () => {
      if (!prepared?.ok) throw new Error(`loop call: ${prepared ? prepared.fault.message : "not prepared"}`);
      const machine = run(compiled, prepared.machine, iterations * 4 + 100);
      if (machine.status === "faulted") throw new Error(`loop faulted: ${machine.fault?.message ?? "?"}`);
      return machine.steps;
    },
  };
}

export interface TestTableBench {
  id: string;
  rows: number;
  /** Assembles the shipped listing and runs every row, as the widget's "Run tests" does. */
  run: () => { passed: number; total: number; instructions: number };
}

export function testTables(): TestTableBench[] {
  return exercises.map((exercise) => ({
    id: exercise.id,
    rows: exercise.tests.length,
    run: () => {
      const result = runTestTable(exercise.listing.text, exercise);
      if (!result.ok) throw new Error(`${exercise.id}: ${result.errors.map((e) => e.message).join("; ")}`);
      return {
        passed: result.passed,
        total: result.total,
        instructions: result.rows.reduce((sum, row) => sum + row.steps, 0),
      };
    },
  }));
}
