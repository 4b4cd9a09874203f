/**
 * The header CSP in `_headers` needs `default-src`, so that files without a `<meta>` CSP (SVG,
 * XML, JSON) get a script policy too. A browser enforces the header policy and the page's meta
 * policy together, so the header must also allow the inline scripts and styles Astro hashed into
 * each page's meta CSP. Those hashes are known only after the build: `public/_headers` holds two
 * tokens, and this integration replaces them in `dist/_headers` with the sorted union of the
 * hashes of every built page (sorted, so the file is the same bytes on every build). Before
 * that, it narrows each page's meta CSP to the page's own inline code (page-csp.ts).
 *
 * It must run before the integration that stamps the build manifest into the rebuild page.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { trimPageCsp } from "./page-csp.ts";

export const SCRIPT_HASHES_TOKEN = "'inline-script-hashes'";
export const STYLE_HASHES_TOKEN = "'inline-style-hashes'";

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/gi;

/** The `'sha…-…'` sources of one directive in a CSP text. */
function hashesOf(policy: string, directive: string): string[] {
  const clause = policy.split(";").find((part) => part.trim().startsWith(`${directive} `));
  return (clause ?? "")
    .trim()
    .split(/\s+/)
    .filter((source) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source));
}

/** Replaces the tokens of a `_headers` text with the hashes found in the given pages. */
export function fillHeaderHashes(headers: string, pages: string[]): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of pages) {
    for (const [, policy = ""] of html.matchAll(META_CSP)) {
      for (const hash of hashesOf(policy, "script-src")) scripts.add(hash);
      for (const hash of hashesOf(policy, "style-src")) styles.add(hash);
    }
  }
  return headers
    .replaceAll(SCRIPT_HASHES_TOKEN, [...scripts].sort().join(" "))
    .replaceAll(STYLE_HASHES_TOKEN, [...styles].sort().join(" "));
}

async function htmlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith(".html")) found.push(path);
  }
  return found;
}

export function headerCsp(): AstroIntegration {
  return {
    name: "preferred-form:header-csp",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const root = fileURLToPath(dir);
        const headersPath = join(root, "_headers");
        // Each page's meta CSP first narrows to its own inline code; the header allows their union.
        const pages: string[] = [];
        for (const file of (await htmlFiles(root)).sort()) {
          const html = await readFile(file, "utf8");
          const trimmed = trimPageCsp(html);
          if (trimmed !== html) await writeFile(file, trimmed);
          pages.push(trimmed);
        }
        const headers = await readFile(headersPath, "utf8").catch(() => null);
        if (headers === null) return;
        await writeFile(headersPath, fillHeaderHashes(headers, pages));
      },
    },
  };
}
