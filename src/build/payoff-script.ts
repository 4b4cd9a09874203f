/**
 * The payoff panel's live script (src/components/payoff/live.ts), bundled here at build time into
 * one minified classic script that the panel inlines. Inline, because the panel's figures must be
 * in place before first paint (filling them later would shift the page) and because a module file
 * would be a request before any widget is in view. The CSP allows it by its SHA-256, computed from
 * the exact text inlined. esbuild's output depends only on the input files and its version
 * (pinned), so the bytes, and the hash, are the same on every build.
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { buildSync } from "esbuild";

// From the project root, where every build runs: this module is also bundled into Astro's
// prerender chunk, where its own import.meta.url points into dist/.
const entry = resolve("src/components/payoff/live.ts");

function bundle(): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    platform: "browser",
    legalComments: "none",
    charset: "utf8",
    write: false,
  });
  const code = result.outputFiles[0]?.text.trim();
  if (!code) throw new Error(`payoff-script: esbuild produced nothing for ${entry}`);
  return code;
}

export const payoffPanelScript = bundle();

export const payoffPanelHash = `sha256-${createHash("sha256").update(payoffPanelScript).digest("base64")}` as const;
