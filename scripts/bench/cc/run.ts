/**
 * `npm run bench:cc [-- --repeats N --csmith N]`: the C compiler's benchmark. Measures
 * - the compiler's code as the page would load it: src/core/c bundled and minified by esbuild,
 *   gzip -9 bytes (budget 40 KB);
 * - compile + assemble + run a level's whole test table, in Chromium on this machine (budget
 *   50 ms per level, median of N runs, the cold first run included);
 * - a fresh Csmith differential run (seeds after the committed corpus) when csmith and gcc are
 *   installed: programs where the site's compiler and gcc agree, disagree, or gcc timed out.
 * Prints a Markdown table; exits 0 (a benchmark reports, e2e/unit tests enforce).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureChromium } from "../../test/ensure-chromium.ts";
import { launchChromium } from "../chromium.ts";
import { serveFolder } from "../local-server.ts";
import type { CcBenchResult } from "./page.ts";

const BYTES_BUDGET = 40 * 1024;
const LEVEL_BUDGET_MS = 50;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function esbuild(entry: string, outFile: string, minify: boolean): void {
  const result = spawnSync(
    "node_modules/.bin/esbuild",
    [
      entry,
      "--bundle",
      "--format=esm",
      "--platform=browser",
      "--target=es2022",
      `--outfile=${outFile}`,
      "--log-level=error",
      ...(minify ? ["--minify"] : []),
    ],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(result.stderr);
}

/** compile.ts alone is the compiler proper; index.ts adds the runner and the src/core/asm it calls. */
function compilerBytes(work: string, entry: string): { minified: number; gzip: number } {
  const out = join(work, "cc.min.js");
  esbuild(resolve(entry), out, true);
  const code = readFileSync(out);
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function chromiumLevels(work: string, repeats: number): Promise<CcBenchResult> {
  esbuild(resolve(import.meta.dirname, "page.ts"), join(work, "page.js"), true);
  writeFileSync(
    join(work, "index.html"),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>cc bench</title><script type="module" src="./page.js"></script></html>\n',
  );
  const server = await serveFolder(work, false);
  const browser = await launchChromium(ensureChromium());
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html?repeats=${repeats}`);
    await page.waitForFunction(
      () => (window as unknown as { __benchResult?: unknown }).__benchResult !== undefined,
      null,
      { timeout: 120_000 },
    );
    const result = await page.evaluate(
      () => (window as unknown as { __benchResult: CcBenchResult | { error: string } }).__benchResult,
    );
    if ("error" in result) throw new Error(result.error);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

function freshCsmith(count: number): string {
  if (count <= 0) return "not run (--csmith 0)";
  if (spawnSync("csmith", ["--version"]).status !== 0 || spawnSync("gcc", ["--version"]).status !== 0)
    return "not run (csmith or gcc missing)";
  const expected = JSON.parse(readFileSync("src/core/c/corpus/csmith/expected.json", "utf8")) as Record<string, string>;
  const from = Math.max(...Object.keys(expected).map((k) => Number(/\d+/.exec(k)![0]))) + 1000;
  const run = spawnSync(
    "node",
    ["scripts/csmith/generate.ts", "--from", String(from), "--count", String(count), "--check"],
    { encoding: "utf8" },
  );
  const summary = /agree (\d+), disagree (\d+), over the step limit (\d+)/.exec(run.stdout);
  const skipped = (run.stdout.match(/skipped/g) ?? []).length;
  if (!summary) return `failed: ${run.stderr.split("\n")[0]}`;
  const disagreements = run.stdout.split("\n").filter((l) => /gcc \d+, ours/.test(l));
  return `seeds ${from}–${from + count - 1}: ${summary[1]} agree, ${summary[2]} disagree, ${summary[3]} over the interpreter's step limit, ${skipped} skipped (gcc's own build timed out)${disagreements.length ? `; ${disagreements.join("; ")}` : ""}`;
}

const repeats = option("--repeats", 20);
const csmithCount = option("--csmith", 100);
const work = mkdtempSync(join(os.tmpdir(), "bench-cc-"));
try {
  const bytes = compilerBytes(work, "src/core/c/compile.ts");
  const withRunner = compilerBytes(work, "src/core/c/index.ts");
  const levels = await chromiumLevels(work, repeats);
  const csmith = freshCsmith(csmithCount);
  const lines = [
    `## C compiler (npm run bench:cc, ${new Date().toISOString().slice(0, 10)}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
    "",
    "| measure | value | budget |",
    "|---|---|---|",
    `| compiler code (src/core/c/compile.ts bundle, esbuild --minify) | ${bytes.minified} B, ${(bytes.gzip / 1024).toFixed(1)} KB gzip | ≤ 40 KB gzip ${bytes.gzip <= BYTES_BUDGET ? "met" : "MISSED"} |`,
    `| the same with the runner and the src/core/asm it calls (src/core/c/index.ts) | ${withRunner.minified} B, ${(withRunner.gzip / 1024).toFixed(1)} KB gzip | (asm is loaded by the widget anyway) |`,
    ...levels.levels.map(
      (l) =>
        `| ${l.id}: compile the fix (${l.sourceChars} chars) and run its ${l.total}-row test table in Chromium | median ${l.compileAndTestMs.median.toFixed(1)} ms (min ${l.compileAndTestMs.min.toFixed(1)}, max ${l.compileAndTestMs.max.toFixed(1)}, ${l.compileAndTestMs.runs} runs); ${l.passed}/${l.total} pass | ≤ 50 ms ${l.compileAndTestMs.median <= LEVEL_BUDGET_MS ? "met" : "MISSED"} |`,
    ),
    `| fresh Csmith programs vs gcc | ${csmith} | every one agrees |`,
  ];
  console.log(lines.join("\n"));
} finally {
  rmSync(work, { recursive: true, force: true });
}
