/**
 * Builds one exercise's generated files from its authored folder: each C variant (shipped and
 * every source edit) compiled by gcc into a listing with GNU as's address and bytes per line
 * (`build.json`), and a native harness linking the very objects of those listings, run on the test
 * table and on seeded random inputs (`oracle.json`): the real CPU's answers the interpreter must match.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArgValue, CFunction, CParam, ExerciseBuild, ExerciseSpec, Listing } from "../../src/core/asm/exercise.ts";
import { createRng } from "../../src/core/rng/xoshiro128.ts";
import {
  GCC_FLAGS,
  assembleWithListing,
  buildAndRun,
  compileToAssembly,
  renameSymbol,
  toolVersions,
  type AssembledLine,
  type workspace,
} from "./toolchain.ts";

export const RANDOM_INPUTS_PER_EXERCISE = 1000;

/** Directives kept in the reader's listing; the rest (.file, .type, .size, .ident, .section) is noise. */
const KEPT_DIRECTIVES = new Set([".intel_syntax", ".text", ".globl"]);

export interface OracleFile {
  seed: number;
  inputs: ArgValue[][];
  /** Native results per variant id, in the order of `inputs`. */
  results: Record<string, number[]>;
}

function expandTabs(line: string): string {
  let out = "";
  for (const ch of line) out += ch === "\t" ? " ".repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** Keeps labels, instructions and the kept directives, attaching as's address and bytes. */
export function readerListing(assembly: string, assembled: Map<number, AssembledLine>): Listing {
  const lines: Listing["lines"] = [];
  const mnemonics = new Set<string>();
  let length = 0;
  assembly.split("\n").forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === "") return;
    const firstWord = trimmed.split(/\s+/)[0]!;
    const isDirective = firstWord.startsWith(".") && !firstWord.endsWith(":");
    if (isDirective && !KEPT_DIRECTIVES.has(firstWord)) return;
    if (!isDirective && !firstWord.endsWith(":")) mnemonics.add(firstWord.toLowerCase());
    const asLine = assembled.get(index + 1);
    const bytes = asLine?.bytes ?? "";
    length += bytes.length / 2;
    lines.push({
      line: lines.length + 1,
      text: expandTabs(raw),
      address: bytes ? (asLine?.address ?? null) : null,
      bytes,
    });
  });
  return { text: lines.map((l) => l.text).join("\n"), lines, length, mnemonics: [...mnemonics].sort() };
}

const INT32_EDGES = [0, 1, -1, 2147483647, -2147483648, 100, 400, 2000, 1900, 18, 17, 19];

function randomScalar(next: () => number, type: CParam["type"]): number {
  const bucket = next() % 4;
  const unsigned = type.startsWith("unsigned");
  if (bucket === 0) return INT32_EDGES[next() % INT32_EDGES.length]!;
  if (bucket === 1) return (next() % 4001) - 1000;
  if (bucket === 2) return ((next() % 100001) - 50000) * 100;
  return unsigned ? next() : next() | 0;
}

function randomArray(next: () => number): number[] {
  const length = next() % 11;
  return Array.from({ length }, () => (next() % 2 === 0 ? (next() % 2001) - 1000 : next() | 0));
}

export function randomInputs(fn: CFunction, count: number, seed: number): ArgValue[][] {
  const rng = createRng(seed);
  const next = (): number => rng.nextUint32();
  const rows: ArgValue[][] = [];
  for (let i = 0; i < count; i++) {
    const row = new Map<string, ArgValue>();
    for (const p of fn.params) if (p.type.endsWith("*")) row.set(p.name, randomArray(next));
    for (const p of fn.params) {
      if (p.type.endsWith("*")) continue;
      const array = p.lengthOf ? row.get(p.lengthOf) : undefined;
      // Mostly the whole array; sometimes a prefix, to exercise a length shorter than the data.
      if (Array.isArray(array)) row.set(p.name, next() % 5 === 0 ? next() % (array.length + 1) : array.length);
      else row.set(p.name, randomScalar(next, p.type));
    }
    rows.push(fn.params.map((p) => row.get(p.name)!));
  }
  return rows;
}

const PRINTF: Record<CFunction["returns"], string> = {
  int: '"%d"',
  "unsigned int": '"%u"',
  long: '"%ld"',
  "unsigned long": '"%lu"',
};

/** A C program calling every variant on each stdin line: scalars as numbers, arrays as `count v…`. */
function harnessSource(fn: CFunction, symbols: string[]): string {
  const params = fn.params.map((p) => p.type).join(", ");
  const parse = fn.params
    .map((p, i) =>
      p.type.endsWith("*")
        ? `    long n${i} = strtol(p, &p, 10); for (long k = 0; k < n${i}; k++) a${i}[k] = strtoll(p, &p, 10);`
        : `    ${p.type} a${i} = (${p.type})strtoll(p, &p, 10);`,
    )
    .join("\n");
  const arrays = fn.params
    .map((p, i) =>
      p.type.endsWith("*") ? `  static ${p.type.replace("const ", "").replace(" *", "")} a${i}[4096];` : "",
    )
    .join("\n");
  const args = fn.params.map((_, i) => `a${i}`).join(", ");
  return `#include <stdio.h>
#include <stdlib.h>
${symbols.map((s) => `${fn.returns} ${s}(${params});`).join("\n")}
int main(void) {
  static char buffer[1 << 16];
${arrays}
  while (fgets(buffer, sizeof buffer, stdin)) {
    char *p = buffer;
${parse}
${symbols.map((s, i) => `    printf("${i ? " " : ""}" ${PRINTF[fn.returns]}, ${s}(${args}));`).join("\n")}
    putchar('\\n');
  }
  return 0;
}
`;
}

function inputLine(args: ArgValue[]): string {
  return args.map((a) => (Array.isArray(a) ? [a.length, ...a].join(" ") : String(a))).join(" ");
}

export function buildExercise(
  ws: ReturnType<typeof workspace>,
  folder: string,
  seed: number,
): { spec: ExerciseSpec; build: ExerciseBuild; oracle: OracleFile } {
  const spec = JSON.parse(readFileSync(join(folder, "exercise.json"), "utf8")) as ExerciseSpec;
  const fn = spec.function;
  const files = [{ id: "shipped", file: spec.shipped }, ...spec.sourceEdits];
  const variants: ExerciseBuild["variants"] = {};
  const objects: string[] = [];
  files.forEach(({ id, file }, index) => {
    const source = readFileSync(join(folder, file), "utf8");
    const name = `${spec.id}-${index}`;
    const assembly = compileToAssembly(ws, source, name);
    const { lines, objectPath } = assembleWithListing(ws, assembly, name);
    renameSymbol(objectPath, fn.name, `variant_${index}`);
    objects.push(objectPath);
    variants[id] = { source, listing: readerListing(assembly, lines) };
  });
  const symbols = files.map((_, i) => `variant_${i}`);
  const harness = harnessSource(fn, symbols);
  const runRows = (rows: ArgValue[][]): number[][] =>
    buildAndRun(ws, `${spec.id}-harness`, harness, objects, rows.map(inputLine).join("\n") + "\n")
      .trim()
      .split("\n")
      .filter((l) => rows.length > 0 && l !== "")
      .map((line) => line.split(" ").map(Number));
  const fixIndex = files.findIndex((f) => f.id === spec.sourceFix);
  if (fixIndex < 0) throw new Error(`${spec.id}: sourceFix ${spec.sourceFix} is not a source edit`);
  const testResults = runRows(spec.tests.map((t) => t.args));
  const tests = spec.tests.map((t, i) => ({ args: t.args, expected: testResults[i]![fixIndex]! }));
  const inputs = randomInputs(fn, RANDOM_INPUTS_PER_EXERCISE, seed);
  const randomResults = runRows(inputs);
  const results: Record<string, number[]> = {};
  files.forEach(({ id }, v) => (results[id] = randomResults.map((row) => row[v]!)));
  for (const values of Object.values(results)) {
    if (values.length !== inputs.length || values.some((x) => !Number.isSafeInteger(x))) {
      throw new Error(`${spec.id}: the native harness gave unusable output`);
    }
  }
  const versions = toolVersions();
  return {
    spec,
    build: { gcc: versions.gcc, as: versions.as, gccFlags: GCC_FLAGS, variants, tests },
    oracle: { seed, inputs, results },
  };
}
