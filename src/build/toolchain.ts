/**
 * The pinned toolchain, read from the lockfile at build time, so the about and rebuild pages
 * always state the versions that really built them.
 */
import { readFileSync } from "node:fs";
import { projectFile } from "./paths.ts";

interface LockFile {
  packages: Record<string, { version?: string }>;
}

const lock = JSON.parse(readFileSync(projectFile("package-lock.json"), "utf8")) as LockFile;

export function lockedVersion(name: string): string {
  const version = lock.packages[`node_modules/${name}`]?.version;
  if (!version) throw new Error(`package-lock.json has no entry for ${name}`);
  return version;
}

export const TOOLCHAIN: { name: string; version: string; role: string }[] = [
  { name: "Node.js", version: lockedVersion("node"), role: "runs every npm script (npm package “node”)" },
  { name: "Astro", version: lockedVersion("astro"), role: "static site generator" },
  { name: "@astrojs/mdx", version: lockedVersion("@astrojs/mdx"), role: "MDX chapters" },
  { name: "Preact", version: lockedVersion("preact"), role: "interactive widgets" },
  { name: "Shiki", version: lockedVersion("shiki"), role: "syntax highlighting, at build time only" },
  { name: "TypeScript", version: lockedVersion("typescript"), role: "type checking" },
  { name: "Vitest", version: lockedVersion("vitest"), role: "unit tests" },
  { name: "Playwright", version: lockedVersion("@playwright/test"), role: "browser tests with Debian’s Chromium" },
];
