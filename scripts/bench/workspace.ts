/**
 * Where the bench builds and what it measures: never ./dist itself. Other work on this machine
 * builds and tests in ./dist too (npm test), and a rebuild there would both break our build and
 * turn our minutes of Lighthouse runs into 404s, while our builds would break theirs. So the bench
 * builds in a private copy of the working tree (what git would commit, node_modules linked, as
 * scripts/test/reproducible-build.ts does; the build is reproducible, so the output is the same),
 * or, with --no-build, measures a private copy of ./dist.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export interface Workspace {
  /** The folder a build runs in (cwd of astro build). */
  root: string;
  /** The built site to measure. */
  dist: string;
  remove: () => void;
}

export function privateTree(): Workspace {
  const here = resolve(".");
  const root = join(mkdtempSync(join(tmpdir(), "bench-tree-")), "site");
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    try {
      cpSync(join(here, file), join(root, file));
    } catch {
      // A tracked file deleted in the working tree is not part of what is being built.
    }
  }
  symlinkSync(join(here, "node_modules"), join(root, "node_modules"), "dir");
  return { root, dist: join(root, "dist"), remove: () => rmSync(join(root, ".."), { recursive: true, force: true }) };
}

export function snapshotOfDist(dist = "dist"): Workspace {
  const root = join(mkdtempSync(join(tmpdir(), "bench-site-")), "site");
  cpSync(dist, join(root, "dist"), { recursive: true });
  return { root, dist: join(root, "dist"), remove: () => rmSync(join(root, ".."), { recursive: true, force: true }) };
}
