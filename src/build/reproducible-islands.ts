/**
 * Astro gives each `<astro-island>` a `uid` that hashes, among other things, the component's
 * absolute file path, so the same commit built in two folders gives different HTML. The uid is
 * only read by the dev server's hot reload; the production island script never uses it. After the
 * build, this integration replaces each uid by a hash of what the island really is (its other
 * attributes, which hold the hashed chunk URLs and the serialised props) plus its position on the
 * page, which makes `dist/` independent of the checkout folder.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildManifest, MANIFEST_TOKEN, REBUILD_PAGE } from "./manifest.ts";

const ISLAND_TAG = /<astro-island\b([^>]*?)\buid="[^"]*"([^>]*)>/g;

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

/**
 * Astro writes the islands' one CSS rule as a <style> element just before the first island, in
 * the body, where HTML does not allow <style>. Move it into <head> (same text, so the CSP hash
 * Astro computed for it still matches).
 */
export function islandStyleInHead(html: string): string {
  const match = ISLAND_STYLE.exec(html);
  const headEnd = html.indexOf("</head>");
  if (!match || headEnd < 0 || match.index < headEnd) return html;
  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return without.slice(0, headEnd) + match[0] + without.slice(headEnd);
}

export function stableIslandIds(html: string): string {
  let ordinal = 0;
  return html.replace(ISLAND_TAG, (_tag, before: string, after: string) => {
    const identity = `${ordinal++}|${before}|${after}`;
    const uid = createHash("sha256").update(identity).digest("base64url").slice(0, 10);
    return `<astro-island${before}uid="${uid}"${after}>`;
  });
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

export function reproducibleIslands(): AstroIntegration {
  return {
    name: "preferred-form:reproducible-islands",
    hooks: {
      "astro:build:done": async ({ dir }) => {
        const root = fileURLToPath(dir);
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, "utf8");
          const fixed = islandStyleInHead(stableIslandIds(html));
          if (fixed !== html) await writeFile(file, fixed);
        }
        // Last, once every other file is final: the rebuild page states their manifest hash.
        const rebuildPage = join(root, REBUILD_PAGE);
        const page = await readFile(rebuildPage, "utf8").catch(() => null);
        if (page?.includes(MANIFEST_TOKEN)) {
          const { hash } = buildManifest(root, [REBUILD_PAGE]);
          await writeFile(rebuildPage, page.replaceAll(MANIFEST_TOKEN, hash));
        }
      },
    },
  };
}
