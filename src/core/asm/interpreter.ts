/**
 * Runs a Program. `compile` pre-decodes every instruction once into a closure over resolved
 * register numbers and operand accessors; `run` is the fast loop over a mutable Machine and `step`
 * the pure single-step for the step-through view (it clones, then runs the same closure), so both
 * share one implementation of every instruction. Nothing here throws on any assembled program:
 * bad memory, division, a runaway loop or a bad return become a `Fault` on the machine.
 */
import { compileData } from "./compile-data.ts";
import { compileExtra } from "./compile-extra.ts";
import { compileFast } from "./compile-fast.ts";
import { compileFlow } from "./compile-flow.ts";
import { compileMulDiv } from "./compile-muldiv.ts";
import { STRIDE, encodeFast, fuseCompareJumps } from "./fast-encode.ts";
import { runFastLoop } from "./fast-loop.ts";
import { DEFAULT_STEP_LIMIT, cloneMachine, setFault, type Machine, type Op } from "./machine.ts";
import type { Program } from "./program.ts";

export interface CompiledProgram {
  program: Program;
  /** One op per instruction index, plus one past the end that faults ("ran off the end"). */
  ops: Op[];
  /** The hot forms pre-decoded for `run`'s switch loop (fast-encode.ts, fast-loop.ts); null without specialising. */
  fast?: Int32Array | null;
}

export interface CompileOptions {
  /** Use the hand-specialised closures for hot forms (default true); false forces the generic path. */
  specialize?: boolean;
}

export function compile(program: Program, options: CompileOptions = {}): CompiledProgram {
  const count = program.instructions.length;
  const specialize = options.specialize ?? true;
  const ops = program.instructions.map((instruction, index): Op => {
    const site = { line: instruction.line, column: instruction.column, index };
    const op =
      (specialize && !program.libcCalls?.[index] ? compileFast(instruction, program.targets[index]!) : null) ??
      compileFlow(instruction, site, program.targets[index]!, count, program.libcCalls?.[index] ?? null) ??
      compileMulDiv(instruction, site) ??
      compileExtra(instruction, site) ??
      compileData(instruction, site);
    // isa.ts admits only operations the compilers above handle; this guards a future mismatch.
    return (
      op ??
      ((m) =>
        setFault(m, {
          kind: "end-of-code",
          line: site.line,
          column: site.column,
          message: `${instruction.mnemonic} cannot run`,
        }))
    );
  });
  const last = program.instructions[count - 1];
  const endLine = last ? last.line : 1;
  ops.push((m) => {
    m.pc = count;
    setFault(m, {
      kind: "end-of-code",
      line: endLine,
      column: 1,
      message: "ran past the last instruction without a ret",
    });
  });
  let fast: Int32Array | null = null;
  if (specialize) {
    fast = new Int32Array((count + 1) * STRIDE);
    program.instructions.forEach((instruction, index) =>
      encodeFast(fast!, index, instruction, program.targets[index]!, Boolean(program.libcCalls?.[index])),
    );
    fuseCompareJumps(fast, count);
  }
  return { program, ops, fast };
}

/** Runs until return, fault or `stepLimit` total steps; mutates and returns `m`. */
export function run(compiled: CompiledProgram, m: Machine, stepLimit = DEFAULT_STEP_LIMIT): Machine {
  const ops = compiled.ops;
  if (compiled.fast && m.status === "running") {
    if (runFastLoop(compiled.fast, ops, m, stepLimit)) return m;
    // The step limit: fault below, as the plain loop does.
  }
  let steps = m.steps;
  while (m.status === "running") {
    if (steps >= stepLimit) {
      const instruction = compiled.program.instructions[m.pc];
      setFault(m, {
        kind: "step-limit",
        line: instruction?.line ?? 1,
        column: instruction?.column ?? 1,
        message: `stopped after ${stepLimit} steps: is there an endless loop?`,
      });
      break;
    }
    const op = ops[m.pc]!;
    m.pc++;
    steps++;
    op(m);
  }
  m.steps = steps;
  return m;
}

/** Executes one instruction on a copy of `m`; a machine that is not running is returned as is. */
export function step(compiled: CompiledProgram, m: Machine): Machine {
  if (m.status !== "running") return m;
  const next = cloneMachine(m);
  const op = compiled.ops[next.pc]!;
  next.pc++;
  next.steps++;
  op(next);
  return next;
}

/** The line of the instruction `m` will run next (1-based), or null past the end. */
export function currentLine(compiled: CompiledProgram, m: Machine): number | null {
  return compiled.program.instructions[m.pc]?.line ?? null;
}
