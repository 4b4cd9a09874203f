/**
 * Each page's meta CSP keeps the hashes of its own inline scripts and styles and drops the rest;
 * an inline style Astro did not hash gets its hash.
 * Oracle: the SHA-256 of each inline text, computed here with node:crypto.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { trimPageCsp } from "./page-csp.ts";

const sha = (text: string): string => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const page = (scripts: string[], styles: string[], body: string): string =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${scripts
    .map(sha)
    .join(" ")}; style-src 'self' ${styles.map(sha).join(" ")};">${body}</head></html>`;

describe("trimPageCsp", () => {
  it("keeps the hashes of the inline code the page carries, in their order, and drops the others", () => {
    const body = `<script>a()</script><script type="module">c()</script><script src="/x.js"></script><style>x{}</style>`;
    const html = page(["a()", "b()", "c()"], ["y{}", "x{}"], body);
    expect(trimPageCsp(html)).toBe(page(["a()", "c()"], ["x{}"], body));
  });

  it("never adds a script hash the policy did not list", () => {
    const body = "<script>a()</script><script>not allowed()</script>";
    expect(trimPageCsp(page(["a()"], [], body))).toBe(page(["a()"], [], body));
  });

  it("adds the hash of an inline style the policy left out (Astro misses a content entry's inlined styles)", () => {
    const body = "<style>x{}</style><style>entry{}</style>";
    expect(trimPageCsp(page([], ["x{}", "y{}"], body))).toBe(page([], ["x{}", "entry{}"], body));
  });

  it("hashes non-ASCII text as UTF-8, as browsers do", () => {
    const body = "<script>t('…→')</script>";
    expect(trimPageCsp(page(["t('…→')", "b()"], [], body))).toBe(page(["t('…→')"], [], body));
  });

  it("leaves a page without a meta CSP as it is", () => {
    expect(trimPageCsp("<p>plain</p><script>a()</script>")).toBe("<p>plain</p><script>a()</script>");
  });
});
