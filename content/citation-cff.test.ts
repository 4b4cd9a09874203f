/**
 * CITATION.cff at the repository root: valid YAML with the fields Citation File Format 1.2.0
 * requires, and the same title, author and URL the chapter pages cite.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SITE_NAME, SITE_URL } from "../src/site.ts";
import { SITE_AUTHOR } from "../src/core/citations/cite.ts";

const cff = parse(readFileSync(join(process.cwd(), "CITATION.cff"), "utf8")) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(process.cwd(), "package.json"), "utf8")) as { version: string };

describe("CITATION.cff", () => {
  it("has the fields CFF 1.2.0 requires", () => {
    expect(cff["cff-version"]).toBe("1.2.0");
    expect(typeof cff["message"]).toBe("string");
    expect(typeof cff["title"]).toBe("string");
    expect(Array.isArray(cff["authors"]) && (cff["authors"] as unknown[]).length > 0).toBe(true);
  });

  it("names the site, author, URL and version the pages and package.json use", () => {
    expect(cff["title"]).toBe(SITE_NAME);
    expect(cff["authors"]).toEqual([{ name: SITE_AUTHOR }]);
    expect(cff["url"]).toBe(process.env["SITE_URL"] === undefined ? SITE_URL : cff["url"]);
    expect(cff["version"]).toBe(pkg.version);
    expect(cff["license"]).toEqual(["MIT", "CC-BY-4.0"]);
  });
});
