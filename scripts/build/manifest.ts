/**
 * The reproducible-build manifest: one line per file of a built site, `sha256  path`, sorted by
 * path; the manifest's own SHA-256 names the whole build. `npm run manifest [dir]` prints both.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    })
    .sort();
}

export interface Manifest {
  lines: string[];
  hash: string;
}

export function buildManifest(dir: string): Manifest {
  const lines = files(dir)
    .map((path) => ({ name: relative(dir, path).split("\\").join("/"), path }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, path }) => `${createHash("sha256").update(readFileSync(path)).digest("hex")}  ${name}`);
  const hash = createHash("sha256")
    .update(`${lines.join("\n")}\n`)
    .digest("hex");
  return { lines, hash };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? "dist";
  const manifest = buildManifest(dir);
  if (process.argv.includes("--list")) console.log(manifest.lines.join("\n"));
  console.log(`${manifest.lines.length} files in ${dir}; manifest sha256 ${manifest.hash}`);
}
