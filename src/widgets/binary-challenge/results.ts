/**
 * Test results as the widget shows them, computed the same way at build time (the no-JavaScript
 * table of the shipped listing) and in the browser: values as text, pass/fail as words, and a
 * fault as a sentence with its line, so nothing depends on colour or on the core being loaded.
 */
import type { ArgValue, Fault, RowResult } from "../../core/asm/index.ts";
import { formatCount } from "../../core/format/count.ts";

export interface RowView {
  actual: string;
  pass: boolean;
  /** Why the row failed when it did not return (a fault), else "". */
  note: string;
  /** Listing line of the fault, for "go to line". */
  line: number | null;
}

export function formatArgs(args: readonly ArgValue[]): string {
  return args.map((arg) => (typeof arg === "number" ? String(arg) : `[${arg.join(", ")}]`)).join(", ");
}

export function describeFault(fault: Fault): string {
  if (fault.kind === "step-limit") {
    const limit = /after (\d+) steps/.exec(fault.message)?.[1];
    const steps = limit ? formatCount(Number(limit)) : "1,000,000";
    return `stopped after ${steps} steps: the code may loop forever (line ${fault.line})`;
  }
  return `${fault.message} (line ${fault.line})`;
}

export function rowView(row: Pick<RowResult, "actual" | "fault" | "pass">): RowView {
  if (row.fault) return { actual: "—", pass: false, note: describeFault(row.fault), line: row.fault.line };
  return { actual: String(row.actual), pass: row.pass, note: "", line: null };
}

/** "Line 7, column 9: …" for an error at its place, without a trailing "on line 7" that repeats it. */
export function describeError(e: { line: number; column: number; message: string }): string {
  const message = e.message.endsWith(` on line ${e.line}`)
    ? e.message.slice(0, -` on line ${e.line}`.length)
    : e.message;
  return `Line ${e.line}, column ${e.column}: ${message}`;
}
