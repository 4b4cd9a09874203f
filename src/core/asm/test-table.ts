/**
 * Runs an exercise's test table against a listing, possibly edited by the reader: every row is one
 * call with fresh garbage, compared with the result the fixed C gave natively. Assembly errors come
 * back as values with positions, so the editor can mark them instead of showing a table.
 */
import { callCompiled, type CallOptions } from "./call.ts";
import type { ArgValue, CFunction, TestCase } from "./exercise.ts";
import { compile } from "./interpreter.ts";
import type { Fault } from "./machine.ts";
import type { AsmError } from "./parse.ts";
import { assemble } from "./program.ts";

export interface RowResult {
  args: ArgValue[];
  expected: number;
  /** The function's result, or null when it faulted. */
  actual: number | null;
  fault: Fault | null;
  pass: boolean;
  /** Instructions executed for this row. */
  steps: number;
}

export type TestTableResult =
  { ok: true; rows: RowResult[]; passed: number; total: number } | { ok: false; errors: AsmError[] };

/** Row i runs with garbage seed `baseSeed + i`, so a row's run can be replayed alone. */
export function runTestTable(
  source: string,
  exercise: { function: CFunction; tests: readonly TestCase[] },
  options: CallOptions = {},
): TestTableResult {
  const assembled = assemble(source);
  if (!assembled.ok) return { ok: false, errors: assembled.errors };
  const compiled = compile(assembled.program);
  const baseSeed = options.garbageSeed ?? 1;
  const rows = exercise.tests.map((test, i): RowResult => {
    const result = callCompiled(compiled, exercise.function, test.args, { ...options, garbageSeed: baseSeed + i });
    const steps = result.machine?.steps ?? 0;
    if (!result.ok)
      return { args: test.args, expected: test.expected, actual: null, fault: result.fault, pass: false, steps };
    const actual = Number(result.value);
    return {
      args: test.args,
      expected: test.expected,
      actual,
      fault: null,
      pass: result.value === BigInt(test.expected),
      steps,
    };
  });
  return { ok: true, rows, passed: rows.filter((r) => r.pass).length, total: rows.length };
}
