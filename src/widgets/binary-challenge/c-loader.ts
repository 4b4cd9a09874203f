/**
 * The C compiler's chunk (c-build.ts and src/core/c), imported once per page on the reader's
 * first edit of the C; a failed download is tried again on the next build.
 */
import type * as CBuildModule from "./c-build.ts";

export type CCompiler = typeof CBuildModule;

let loading: Promise<CCompiler> | null = null;

export function loadCompiler(): Promise<CCompiler> {
  loading ??= import("./c-build.ts").catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Where the reader's source had a problem, as an excerpt: the line with a caret under the column. */
export function excerpt(source: string, line: number, column: number): string {
  const text = (source.split(/\r?\n/)[line - 1] ?? "").replace(/\t/g, " ").slice(0, 120);
  const caret = " ".repeat(Math.max(0, Math.min(text.length, column - 1))) + "^";
  const number = String(line);
  return `${number} | ${text}\n${" ".repeat(number.length)} | ${caret}`;
}

/** The character offsets of a 1-based line, to select it in the textarea. */
export function lineRange(source: string, line: number): [number, number] {
  const lines = source.split("\n");
  let start = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) start += lines[i]!.length + 1;
  return [start, start + (lines[line - 1]?.length ?? 0)];
}
