/**
 * "Fix the C" and "Your own C" with a real compiler: the site's own C compiler (src/core/c),
 * loaded with a dynamic import on the reader's first edit of the C, so it costs nothing on view.
 * A build is: compile the C to an Intel-syntax listing, encode it (addresses and bytes for the
 * gutter and the size of the change), and, for a level, run the level's test table on it on the
 * same simulator the listing path uses.
 */
import type { CFunction, TestCase } from "../../core/asm/index.ts";
import {
  callFunction,
  compile as compileC,
  runCTestTable,
  type CError,
  type CompileSuccess,
} from "../../core/c/index.ts";
import { charDistance } from "./diff.ts";
import { describeFixSize, describeSourceSize, fixSize } from "./fix-size.ts";
import { encodeLines, type Encoded } from "./engine.ts";
import { rowView, type RowView } from "./results.ts";

export type { CError };

export type CBuild =
  | { ok: true; compiled: CompileSuccess; lines: string[]; encoded: Encoded; functions: string[] }
  | { ok: false; errors: CError[] };

const MAX_ERRORS = 20;

/** Compiles and encodes; an encoder error in the compiler's own output is reported at 1:1. */
export function buildC(source: string): CBuild {
  const compiled = compileC(source);
  if (!compiled.ok) return { ok: false, errors: compiled.errors.slice(0, MAX_ERRORS) };
  const text = compiled.listing.replace(/\n+$/, "");
  const lines = text.split("\n");
  const encoded = encodeLines(text, lines.length);
  if ("errors" in encoded) {
    const e = encoded.errors[0]!;
    const message = `the compiler's listing does not assemble (listing line ${e.line}: ${e.message})`;
    return { ok: false, errors: [{ line: 1, column: 1, message }] };
  }
  return { ok: true, compiled, lines, encoded, functions: compiled.functions };
}

const shippedBuilds = new Map<string, CBuild>();

/** This compiler's build of a level's shipped C: the baseline a reader's edit is measured against. */
export function shippedBuild(id: string, source: string): CBuild {
  let build = shippedBuilds.get(id);
  if (!build) {
    build = buildC(source);
    shippedBuilds.set(id, build);
  }
  return build;
}

/** "source: N characters; binary: …", against the shipped C and this compiler's build of it. */
export function describeEdit(shippedSource: string, shipped: CBuild, source: string, build: CBuild): string {
  const sourceSize = describeSourceSize(charDistance(shippedSource, source));
  if (!shipped.ok || !build.ok) return sourceSize;
  const codeLines = (b: { lines: string[]; encoded: Encoded }) =>
    b.lines.map((text, i) => ({ text, bytes: b.encoded.bytes[i] ?? "" }));
  return `${sourceSize}; ${describeFixSize(fixSize(codeLines(shipped), codeLines(build)))}`;
}

export type CTestRun = { rows: RowView[]; passed: number; total: number };

/** The level's test table on the compiled C, with the same rows and garbage seeds as the listing path. */
export function testBuild(build: { compiled: CompileSuccess }, fn: CFunction, tests: readonly TestCase[]): CTestRun {
  const table = runCTestTable(build.compiled, { function: fn, tests });
  const rows = table.ok
    ? table.rows.map(rowView)
    : tests.map(() => rowView({ actual: null, fault: table.fault, pass: false }));
  return { rows, passed: rows.filter((r) => r.pass).length, total: rows.length };
}

export { callFunction };
