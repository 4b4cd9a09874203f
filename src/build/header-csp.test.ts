/**
 * The build fills the header CSP's hash tokens from the built pages' meta CSPs. Oracle: the
 * SHA-256 of the inline script text, computed here with node:crypto, must appear in the header.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fillHeaderHashes, SCRIPT_HASHES_TOKEN, STYLE_HASHES_TOKEN } from "./header-csp.ts";

const sha = (text: string): string => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

function page(scripts: string[], styles: string[]): string {
  const policy = `default-src 'self'; script-src 'self' ${scripts.map(sha).join(" ")}; style-src 'self' ${styles.map(sha).join(" ")};`;
  return `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;
}

describe("fillHeaderHashes", () => {
  it("puts the union of every page's script and style hashes, sorted, in place of the tokens", () => {
    const headers = `/*\n  Content-Security-Policy: script-src 'self' ${SCRIPT_HASHES_TOKEN}; style-src 'self' ${STYLE_HASHES_TOKEN}\n`;
    const filled = fillHeaderHashes(headers, [page(["a()", "b()"], ["x{}"]), page(["b()", "c()"], [])]);
    const scripts = [sha("a()"), sha("b()"), sha("c()")].sort().join(" ");
    expect(filled).toBe(
      `/*\n  Content-Security-Policy: script-src 'self' ${scripts}; style-src 'self' ${sha("x{}")}\n`,
    );
  });

  it("the same pages in another order give the same bytes", () => {
    const headers = `${SCRIPT_HASHES_TOKEN} ${STYLE_HASHES_TOKEN}`;
    const pages = [page(["a()"], ["x{}"]), page(["z()"], ["y{}"])];
    expect(fillHeaderHashes(headers, pages)).toBe(fillHeaderHashes(headers, [...pages].reverse()));
  });
});
