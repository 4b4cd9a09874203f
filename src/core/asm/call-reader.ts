/**
 * One call of a reader's own listing, from text to text: the listing, a function name and a line
 * of arguments (`18`, `"text"`, `i32[3,1,2]`, comma-separated) go in; the result, the steps, and
 * what the function left in each string or array come out, or one problem with its place. Used by
 * the page's "Your own listing" panel; only the function and what it reaches must be supported.
 */
import { parseArgumentLine, readBack, toRawArguments, type ReaderArgument } from "./arguments.ts";
import { prepareRawCall } from "./call.ts";
import { compile, run } from "./interpreter.ts";
import { readRegister, type Fault } from "./machine.ts";
import type { AsmError } from "./parse.ts";
import { assemble, functionProblem } from "./program.ts";

export type ReaderCallResult =
  | { ok: true; rax: bigint; steps: number; memory: (string | null)[]; summary: string }
  | { ok: false; kind: "arguments"; message: string }
  | { ok: false; kind: "listing"; error: AsmError }
  | { ok: false; kind: "fault"; fault: Fault };

/** An argument as the result line names it: the number, or the size of a string or array (not its text). */
const summarise = (arg: ReaderArgument): string =>
  arg.kind === "integer"
    ? String(arg.value)
    : arg.kind === "string"
      ? `a ${arg.bytes.length - 1}-byte string`
      : `${arg.element}[${arg.values.length}]`;

export function callReaderListing(
  listing: string,
  name: string,
  argumentLine: string,
  stepLimit?: number,
): ReaderCallResult {
  const parsed = parseArgumentLine(argumentLine);
  if (!parsed.ok) return { ok: false, kind: "arguments", message: parsed.message };
  const assembled = assemble(listing, { perFunction: true });
  if (!assembled.ok) return { ok: false, kind: "listing", error: assembled.errors[0]! };
  const problem = functionProblem(assembled.program, name);
  if (problem) return { ok: false, kind: "listing", error: problem };
  const compiled = compile(assembled.program);
  const prepared = prepareRawCall(compiled, name, toRawArguments(parsed.args));
  if (!prepared.ok) return { ok: false, kind: "fault", fault: prepared.fault };
  const m = run(compiled, prepared.prepared.machine, stepLimit);
  if (m.status === "faulted") return { ok: false, kind: "fault", fault: m.fault! };
  return {
    ok: true,
    rax: readRegister(m, 0),
    steps: m.steps,
    memory: readBack(m, parsed.args, prepared.prepared.placed),
    summary: parsed.args.map(summarise).join(", "),
  };
}
