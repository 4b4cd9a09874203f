/**
 * `_headers` read as Cloudflare Pages and as Netlify read it. The hosts' rules come from their
 * documentation (Cloudflare Pages "Headers": matching rules all apply, repeated headers are
 * joined, `! Name` detaches) and from Netlify's own parser (@netlify/headers-parser: lines
 * without a colon are skipped; headersForPath merges matching rules so the later one wins).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile, type Host } from "./headers-file.ts";

const HOSTS: Host[] = ["cloudflare", "netlify"];

function headers(text: string, path: string, host: Host): Record<string, string> {
  return Object.fromEntries(headersFor(parseHeadersFile(text), path, host));
}

describe("_headers rules, host by host", () => {
  const text = ["# comment", "/*", "  A: 1", "  B: x", "/embed/*", "  ! B", "  A: 2", "  A: 3", ""].join("\n");

  it("Cloudflare joins a header set by several rules and honours detach lines", () => {
    expect(headers(text, "/about/", "cloudflare")).toEqual({ A: "1", B: "x" });
    expect(headers(text, "/embed/x/", "cloudflare")).toEqual({ A: "1, 2, 3" });
  });

  it("Netlify skips detach lines and lets the later rule replace a header", () => {
    expect(headers(text, "/embed/x/", "netlify")).toEqual({ A: "2, 3", B: "x" });
    // Its `/embed/*` matches `/embed` itself and `/embed.js`, and ignores case.
    expect(headers(text, "/embed.js", "netlify")).toEqual({ A: "2, 3", B: "x" });
    expect(headers(text, "/EMBED/x/", "netlify")).toEqual({ A: "2, 3", B: "x" });
    expect(headers(text, "/embed.js", "cloudflare")).toEqual({ A: "1", B: "x" });
  });

  it("refuses a header line before any path", () => {
    expect(() => parseHeadersFile("  A: 1")).toThrow(/line 1/);
  });
});

describe("the site's public/_headers", () => {
  const site = readFileSync("public/_headers", "utf8");
  const PAGES = ["/", "/what-source-means/", "/about/", "/404.html", "/rss.xml", "/favicon.svg", "/scorecard.json"];
  const EMBEDS = ["/embed/binary-challenge/", "/embed/weights-challenge/"];
  const ASSETS = ["/_astro/View.abc123.js", "/_astro/index.abc123.css", "/_astro/digits.abc123.json"];
  const OEMBED = ["/oembed/binary-challenge.json"];
  const ALL = [...PAGES, ...EMBEDS, ...ASSETS, ...OEMBED, "/embed.js", "/og/the-weights.png"];

  it("gives every path the same headers on Cloudflare Pages and on Netlify", () => {
    for (const path of ALL) expect(headers(site, path, "netlify"), path).toEqual(headers(site, path, "cloudflare"));
  });

  for (const host of HOSTS) {
    it(`${host}: pages refuse framing, embeds allow it, no X-Frame-Options anywhere`, () => {
      for (const path of PAGES)
        expect(headers(site, path, host)["Content-Security-Policy"], path).toContain("frame-ancestors 'none'");
      for (const path of EMBEDS) {
        const csp = headers(site, path, host)["Content-Security-Policy"] ?? "";
        expect(csp, path).toContain("frame-ancestors *");
        expect(csp, path).not.toContain("'none'; frame");
        expect(csp.match(/frame-ancestors/g), path).toHaveLength(1);
      }
      for (const path of ALL) expect(headers(site, path, host)["X-Frame-Options"], path).toBeUndefined();
    });

    it(`${host}: HSTS, nosniff, a default-src and a CORP header on every path; no blob: workers`, () => {
      for (const path of ALL) {
        const got = headers(site, path, host);
        expect(got["Strict-Transport-Security"], path).toBe("max-age=31536000");
        expect(got["X-Content-Type-Options"], path).toBe("nosniff");
        expect(got["Content-Security-Policy"], path).toMatch(/^default-src 'self';/);
        expect(got["Content-Security-Policy"], path).toContain("worker-src 'self';");
        expect(got["Content-Security-Policy"], path).not.toContain("blob:");
        expect(got["Cross-Origin-Resource-Policy"], path).toMatch(/^(same-origin|cross-origin)$/);
      }
    });

    it(`${host}: hashed assets are immutable for a year; oEmbed and assets allow CORS`, () => {
      for (const path of ASSETS) {
        expect(headers(site, path, host)["Cache-Control"], path).toBe("public, max-age=31536000, immutable");
      }
      for (const path of [...PAGES, ...EMBEDS, ...OEMBED])
        expect(headers(site, path, host)["Cache-Control"], path).toBeUndefined();
      for (const path of [...ASSETS, ...OEMBED]) {
        expect(headers(site, path, host)["Access-Control-Allow-Origin"], path).toBe("*");
        expect(headers(site, path, host)["Cross-Origin-Resource-Policy"], path).toBe("cross-origin");
      }
      expect(headers(site, "/about/", host)["Cross-Origin-Resource-Policy"]).toBe("same-origin");
    });
  }
});
