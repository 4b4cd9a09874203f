/**
 * The reproducible-build manifest: one line per file of a built site, `sha256  path`, sorted by
 * path; the manifest's own SHA-256 names the whole build. The rebuild page states the hash of
 * every other file (it cannot contain its own), stamped in after the build.
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

/** Paths (relative to `dir`, with "/") listed in `exclude` are left out of the manifest. */
export function buildManifest(dir: string, exclude: readonly string[] = []): Manifest {
  const lines = files(dir)
    .map((path) => ({ name: relative(dir, path).split("\\").join("/"), path }))
    .filter(({ name }) => !exclude.includes(name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, path }) => `${createHash("sha256").update(readFileSync(path)).digest("hex")}  ${name}`);
  const hash = createHash("sha256")
    .update(`${lines.join("\n")}\n`)
    .digest("hex");
  return { lines, hash };
}

/** The page that states the build's hash, and the token it holds until the build is done. */
export const REBUILD_PAGE = "rebuild/index.html";
export const MANIFEST_TOKEN = "__DIST_MANIFEST_SHA256__";
