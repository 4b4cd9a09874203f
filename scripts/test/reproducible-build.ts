/**
 * Builds the current tree a second time in another folder (a different path and depth) and
 * checks that its dist/ is byte-identical to ./dist, file by file. Run after `npm run build`.
 * The copy holds exactly what git would commit (tracked files plus untracked ones that are not
 * ignored); node_modules is linked, not copied, since the toolchain is not what varies here.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { buildManifest } from "../../src/build/manifest.ts";

const here = resolve(".");
const work = mkdtempSync(join(tmpdir(), "pf-repro-"));
const copy = join(work, "another", "checkout", "folder");
try {
  const tracked = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of tracked) {
    const target = join(copy, file);
    mkdirSync(dirname(target), { recursive: true });
    try {
      cpSync(join(here, file), target);
    } catch {
      // A tracked file deleted in the working tree is not part of what is being built.
    }
  }
  symlinkSync(join(here, "node_modules"), join(copy, "node_modules"), "dir");
  console.log(`Building a second copy in ${copy}`);
  const build = spawnSync("npx", ["astro", "build", "--silent"], {
    cwd: copy,
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("the second build failed");

  const first = buildManifest(join(here, "dist"));
  const second = buildManifest(join(copy, "dist"));
  const firstSet = new Set(first.lines);
  const differing = second.lines.filter((line) => !firstSet.has(line));
  const missing = first.lines.filter((line) => !new Set(second.lines).has(line));
  console.log(`first build:  ${first.lines.length} files, manifest sha256 ${first.hash}`);
  console.log(`second build: ${second.lines.length} files, manifest sha256 ${second.hash}`);
  if (first.hash !== second.hash) {
    console.error("NOT reproducible. Files that differ:");
    for (const line of [...missing, ...differing].slice(0, 20)) console.error(`  ${line}`);
    process.exitCode = 1;
  } else {
    console.log("Reproducible: both builds are byte-identical.");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
