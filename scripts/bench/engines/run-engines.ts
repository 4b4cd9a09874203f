/**
 * The engines section, Node side: for each engine core, check that the files its adapter imports
 * exist, bundle its bench page with esbuild into a temporary folder, serve that on loopback, open
 * it in Chromium (no CPU slowdown: these are the engines' own speeds) and read the result.
 * An engine whose core is missing, or whose adapter no longer matches it, is skipped with the
 * reason, so the report says "not available yet" instead of failing the whole bench.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { Browser } from "@playwright/test";
import { serveFolder } from "../local-server.ts";
import type { AsmBenchResult, BenchWindow, LmBenchResult, NnBenchResult } from "./protocol.ts";

export interface EngineSpec {
  name: "asm" | "nn" | "lm";
  /** Bundled entries in scripts/bench/engines/; the first is the page's script. */
  entries: string[];
  /** Files the adapter imports: any missing means the core has not landed yet. */
  requires: string[];
  /** Overrides ENGINE_TIMEOUT_MS for an engine whose runs are long. */
  timeoutMs?: number;
}

export const ENGINES: EngineSpec[] = [
  { name: "asm", entries: ["asm-page.ts"], requires: ["src/core/asm/index.ts", "content/exercises/index.ts"] },
  {
    name: "nn",
    entries: ["nn-page.ts", "nn-worker.ts"],
    requires: ["src/core/nn/index.ts", "content/data/digits.json", "content/data/published-weights.json"],
  },
  {
    name: "lm",
    entries: ["lm-page.ts", "lm-worker.ts"],
    requires: [
      "src/widgets/lm-challenge/lm.worker.ts",
      "content/data/lm/corpus.json",
      "content/data/lm/lm-weights.json",
    ],
    // Three retrains of ≤ 20 s each, or ~35 s each on a loaded machine.
    timeoutMs: 300_000,
  },
];

/** Each engine gets a generous cap: 10 retrains are ~5 s, the loop ~5 s; a hang must not stall the bench. */
const ENGINE_TIMEOUT_MS = 180_000;

export type EngineOutcome =
  | { name: "asm"; status: "measured"; result: AsmBenchResult }
  | { name: "nn"; status: "measured"; result: NnBenchResult }
  | { name: "lm"; status: "measured"; result: LmBenchResult }
  | { name: string; status: "not available" | "failed"; reason: string };

function bundle(spec: EngineSpec, outDir: string): string | null {
  const here = import.meta.dirname;
  const result = spawnSync(
    "node_modules/.bin/esbuild",
    [
      ...spec.entries.map((entry) => resolve(here, entry)),
      "--bundle",
      "--format=esm",
      "--platform=browser",
      "--target=es2022",
      `--outdir=${outDir}`,
      "--log-level=error",
      "--color=false",
    ],
    { encoding: "utf8" },
  );
  if (result.status === 0) return null;
  const errors = (result.stderr || result.stdout).split("\n").filter((line) => /ERROR|error:/.test(line));
  return errors.slice(0, 3).join(" | ").trim() || `esbuild exited with ${result.status}`;
}

async function runEngine(browser: Browser, spec: EngineSpec, repeats: number): Promise<EngineOutcome> {
  const missing = spec.requires.filter((file) => !existsSync(file));
  if (missing.length > 0)
    return { name: spec.name, status: "not available", reason: `not available yet: ${missing.join(", ")} missing` };
  const outDir = mkdtempSync(join(tmpdir(), `bench-${spec.name}-`));
  try {
    const bundleError = bundle(spec, outDir);
    if (bundleError) {
      return {
        name: spec.name,
        status: "not available",
        reason: `not available yet: the adapter does not match the core (${bundleError})`,
      };
    }
    const script = basename(spec.entries[0]!).replace(/\.ts$/, ".js");
    writeFileSync(
      join(outDir, "index.html"),
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>${spec.name} bench</title><script type="module" src="./${script}"></script></html>\n`,
    );
    const server = await serveFolder(outDir, false);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await page.goto(`${server.origin}/index.html?repeats=${repeats}`);
      await page.waitForFunction(() => (window as unknown as BenchWindow).__benchResult !== undefined, null, {
        timeout: spec.timeoutMs ?? ENGINE_TIMEOUT_MS,
        polling: 250,
      });
      const result = await page.evaluate(() => (window as unknown as BenchWindow).__benchResult!);
      if ("error" in result)
        return { name: spec.name, status: "failed", reason: [result.error, ...pageErrors].join(" | ") };
      if (result.engine === "asm") return { name: "asm", status: "measured", result };
      if (result.engine === "lm") return { name: "lm", status: "measured", result };
      return { name: "nn", status: "measured", result };
    } finally {
      await context.close();
      await server.close();
    }
  } catch (error) {
    return {
      name: spec.name,
      status: "failed",
      reason: error instanceof Error ? error.message.split("\n")[0]! : String(error),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function measureEngines(
  browser: Browser,
  repeats: number,
  log: (line: string) => void,
  engines: readonly EngineSpec[] = ENGINES,
): Promise<EngineOutcome[]> {
  const outcomes: EngineOutcome[] = [];
  for (const spec of engines) {
    const outcome = await runEngine(browser, spec, repeats);
    log(`engine ${spec.name}: ${outcome.status}${"reason" in outcome ? ` (${outcome.reason})` : ""}`);
    outcomes.push(outcome);
  }
  return outcomes;
}
