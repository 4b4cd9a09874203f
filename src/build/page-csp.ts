/**
 * Astro writes one `<meta>` CSP into every page with the hashes of every inline script and style
 * of the whole site (each client directive's loader, every inlined stylesheet), so a page lists
 * up to thirty hashes where it runs a handful: base64 that gzip cannot shrink (0.8 KB on
 * /a-wrong-fact/), and a policy wider than the page needs. After the build, each page's policy
 * keeps only the hashes of the inline `<script>` and `<style>` texts that page carries.
 *
 * Scripts: a hash the policy did not list is never added. Styles: Astro 7.3 does not hash a
 * stylesheet it inlines for a component that only a content entry imports (the definitions table
 * of /what-osaid-asks/), so the browser would refuse it; each inline `<style>` the build wrote
 * gets its hash.
 */
import { createHash } from "node:crypto";

const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const HASH_SOURCE = /\s'sha256-([A-Za-z0-9+/=]+)'/g;

const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("base64");

/** The SHA-256 (base64) of each inline script and of each style text in the page, as a browser hashes them. */
export function inlineHashes(html: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, tag = "", attributes = "", text = ""] of html.matchAll(INLINE)) {
    if (tag.toLowerCase() === "style") styles.add(sha256(text));
    else if (!/\bsrc\s*=/i.test(attributes)) scripts.add(sha256(text));
  }
  return { scripts, styles };
}

/** The directive's text with only the hashes in `keep`, and then those of `add` it lacked. */
function narrow(directive: string, keep: Set<string>, add: Iterable<string> = []): string {
  const listed = new Set<string>();
  let text = directive.replace(HASH_SOURCE, (source, hash: string) => {
    listed.add(hash);
    return keep.has(hash) ? source : "";
  });
  for (const hash of add) if (!listed.has(hash)) text = `${text.trimEnd()} 'sha256-${hash}'`;
  return text;
}

/** The page with its meta CSP narrowed to the hashes of its own inline scripts and styles. */
export function trimPageCsp(html: string): string {
  const meta = META_CSP.exec(html);
  if (!meta) return html;
  const { scripts, styles } = inlineHashes(html);
  const policy = (meta[2] ?? "")
    .split(";")
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      if (name === "script-src") return narrow(directive, scripts);
      if (name === "style-src") return narrow(directive, styles, [...styles].sort());
      return directive;
    })
    .join(";");
  return html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length);
}
