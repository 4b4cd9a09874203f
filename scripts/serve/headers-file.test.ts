import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "./headers-file.ts";

describe("_headers rules", () => {
  const rules = parseHeadersFile(
    ["# comment", "/*", "  A: 1", "  X-Frame-Options: DENY", "/embed/*", "  ! X-Frame-Options", "  A: 2", ""].join(
      "\n",
    ),
  );

  it("applies every matching rule in order, combining repeated headers", () => {
    expect(Object.fromEntries(headersFor(rules, "/about/"))).toEqual({ A: "1", "X-Frame-Options": "DENY" });
    expect(Object.fromEntries(headersFor(rules, "/embed/x/"))).toEqual({ A: "1, 2" });
  });

  it("refuses a header line before any path", () => {
    expect(() => parseHeadersFile("  A: 1")).toThrow(/line 1/);
  });

  it("the site's own _headers forbids framing and sniffing on every page", () => {
    const site = parseHeadersFile(readFileSync("public/_headers", "utf8"));
    const headers = Object.fromEntries(headersFor(site, "/what-source-means/"));
    expect(headers["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBeDefined();
  });
});
