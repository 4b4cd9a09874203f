/**
 * The build section: how long `npm run build` (astro build) takes, median of a few runs, and what
 * it produces (file count, raw bytes of dist/). The last build is what the other sections measure.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { summarize, type Summary } from "./stats.ts";

export interface BuildResult {
  durationMs: Summary;
  distFiles: number;
  distBytes: number;
}

/** Runs the same command `npm run build` runs, in `cwd`, without npm's own start-up in the timing. */
export function buildSiteOnce(cwd: string): number {
  const started = performance.now();
  const result = spawnSync(join(cwd, "node_modules/.bin/astro"), ["build"], { cwd, encoding: "utf8", stdio: "pipe" });
  const elapsedMs = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`astro build failed (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
  return elapsedMs;
}

function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const inner = folderSize(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files++;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

export function measureBuild(runs: number, cwd: string, log: (line: string) => void): BuildResult {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(buildSiteOnce(cwd));
    log(`build ${i + 1}/${runs}: ${(samples.at(-1)! / 1000).toFixed(1)} s`);
  }
  const size = folderSize(join(cwd, "dist"));
  return { durationMs: summarize(samples), distFiles: size.files, distBytes: size.bytes };
}
