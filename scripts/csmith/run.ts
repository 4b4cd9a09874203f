/**
 * Runs a Csmith program on the site's compiler and interpreter: the checksum main returns, as
 * the unsigned decimal the native harness prints, or a message saying why there is none.
 */
import { callFunction, compile } from "../../src/core/c/index.ts";
import { csmithProgram } from "./runtime.ts";

export const CSMITH_STEP_LIMIT = 50_000_000;

export function runCsmithProgram(program: string): string {
  const compiled = compile(csmithProgram(program));
  if (!compiled.ok) {
    const e = compiled.errors[0]!;
    return `compile error ${e.line}:${e.column}: ${e.message}`;
  }
  const result = callFunction(compiled, "main", [], { stepLimit: CSMITH_STEP_LIMIT });
  if (!result.ok) return `fault: ${result.fault.message} (listing line ${result.fault.line})`;
  return BigInt.asUintN(32, result.value).toString();
}
