/**
 * Runs compiled C on src/core/asm's interpreter: the listing is assembled, the globals' bytes are
 * written into the machine's memory (the listing has no data section; see README), and the call
 * is made the System V way by src/core/asm's prepareCall.
 */
import {
  assemble,
  compile as compileProgram,
  prepareCall,
  returnValue,
  run,
  MEMORY_BASE,
  DEFAULT_STEP_LIMIT,
  type CallArgument,
  type CallOptions,
  type CompiledProgram,
  type Fault,
  type Machine,
  type RowResult,
  type TestCase,
  type CFunction,
} from "../asm/index.ts";
import type { CompileSuccess } from "./compile.ts";

export type CCallResult =
  { ok: true; value: bigint; machine: Machine } | { ok: false; fault: Fault; machine: Machine | null };

function assembleCompiled(compiled: CompileSuccess): CompiledProgram | Fault {
  const assembled = assemble(compiled.listing);
  if (!assembled.ok) {
    const e = assembled.errors[0]!;
    return {
      kind: "end-of-code",
      line: e.line,
      column: e.column,
      message: `the listing does not assemble: ${e.message}`,
    };
  }
  return compileProgram(assembled.program);
}

function callOn(
  program: CompiledProgram,
  compiled: CompileSuccess,
  fn: CFunction,
  args: readonly CallArgument[],
  options: CallOptions,
): CCallResult {
  const prepared = prepareCall(program, fn, args, options);
  if (!prepared.ok) return { ok: false, fault: prepared.fault, machine: null };
  const m = prepared.machine;
  m.memory.set(compiled.data.bytes, compiled.data.address - MEMORY_BASE);
  run(program, m, options.stepLimit ?? DEFAULT_STEP_LIMIT);
  if (m.status === "faulted") return { ok: false, fault: m.fault!, machine: m };
  return { ok: true, value: returnValue(m, fn.returns), machine: m };
}

/** Calls function `name` of a compiled file with integer (or int/long array) arguments. */
export function callFunction(
  compiled: CompileSuccess,
  name: string,
  args: readonly CallArgument[],
  options: CallOptions = {},
): CCallResult {
  const signature = compiled.signatures.find((s) => s.name === name);
  const fail = (message: string): CCallResult => ({
    ok: false,
    fault: { kind: "end-of-code", line: 1, column: 1, message },
    machine: null,
  });
  if (!signature) return fail(`the file defines no function ${name}`);
  if (!signature.asm) return fail(`${name}'s parameter or return types cannot be passed from here`);
  const program = assembleCompiled(compiled);
  if (!("program" in program)) return { ok: false, fault: program, machine: null };
  return callOn(program, compiled, signature.asm, args, options);
}

/** An exercise's test table against compiled C: the same rows and seeds as src/core/asm's runTestTable. */
export function runCTestTable(
  compiled: CompileSuccess,
  exercise: { function: CFunction; tests: readonly TestCase[] },
  options: CallOptions = {},
): { ok: true; rows: RowResult[]; passed: number; total: number } | { ok: false; fault: Fault } {
  const program = assembleCompiled(compiled);
  if (!("program" in program)) return { ok: false, fault: program };
  const baseSeed = options.garbageSeed ?? 1;
  const rows = exercise.tests.map((test, i): RowResult => {
    const result = callOn(program, compiled, exercise.function, test.args, { ...options, garbageSeed: baseSeed + i });
    const steps = result.machine?.steps ?? 0;
    if (!result.ok)
      return { args: test.args, expected: test.expected, actual: null, fault: result.fault, pass: false, steps };
    return {
      args: test.args,
      expected: test.expected,
      actual: Number(result.value),
      fault: null,
      pass: result.value === BigInt(test.expected),
      steps,
    };
  });
  return { ok: true, rows, passed: rows.filter((r) => r.pass).length, total: rows.length };
}
