/**
 * Runs the next instruction on `m` itself, as `step` does on a copy: tests that run thousands of
 * single instructions skip `step`'s full copy of memory. Test support only.
 */
import type { CompiledProgram } from "../interpreter.ts";
import type { Machine } from "../machine.ts";

export function stepInPlace(compiled: CompiledProgram, m: Machine): Machine {
  if (m.status !== "running") return m;
  const op = compiled.ops[m.pc]!;
  m.pc++;
  m.steps++;
  op(m);
  return m;
}
