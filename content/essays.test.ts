/**
 * The citation rules for every chapter: each footnote has a source with a well-formed https URL,
 * every reference is defined and every note cited, at least 5 distinct sources, no placeholders.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { citationProblems } from "../src/core/citations/footnotes.ts";

const dir = join("content", "essays");
const chapters = readdirSync(dir).filter((name) => name.endsWith(".mdx"));

describe("chapters' citations", () => {
  it("there are chapters to check", () => {
    expect(chapters.length).toBeGreaterThanOrEqual(2);
  });
  for (const name of chapters) {
    it(`${name} cites at least 5 sources, every one well-formed`, () => {
      const problems = citationProblems(readFileSync(join(dir, name), "utf8"), 5).map((p) => `${name}:${p.line}: ${p.message}`);
      expect(problems).toEqual([]);
    });
  }
});
