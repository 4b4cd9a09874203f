import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citationProblems, readCitations, sourceList } from "./footnotes.ts";

const chapter = [
  "---",
  "title: x",
  "---",
  "",
  "A claim.[^a] Another.[^b] Again.[^a]",
  "",
  "```",
  "[^fake]: not a footnote, it is code",
  "```",
  "",
  "[^a]: [Org, “Title A”](https://example.org/a), p. 1.",
  "[^b]: [Org, “Title B” [2024]](https://example.org/b).",
].join("\n");

describe("readCitations", () => {
  it("finds references and definitions with their lines, skipping code and frontmatter", () => {
    const citations = readCitations(chapter);
    expect(citations.references).toEqual([
      { key: "a", line: 5 },
      { key: "b", line: 5 },
      { key: "a", line: 5 },
    ]);
    expect(citations.definitions.map((d) => [d.key, d.line, d.source])).toEqual([
      ["a", 11, { title: "Org, “Title A”", url: "https://example.org/a" }],
      ["b", 12, { title: "Org, “Title B” [2024]", url: "https://example.org/b" }],
    ]);
  });

  it("lists each source once, in order of first citation", () => {
    const twice = `${chapter}\n[^c]: [Again A](https://example.org/a).`;
    expect(sourceList(readCitations(twice)).map((s) => [s.url, s.keys])).toEqual([
      ["https://example.org/a", ["a", "c"]],
      ["https://example.org/b", ["b"]],
    ]);
  });
});

describe("citationProblems", () => {
  it("accepts a well-cited chapter", () => {
    expect(citationProblems(chapter, 2)).toEqual([]);
  });

  it("reports a note without a source, a bad URL, a dangling reference, an unused note, and placeholders", () => {
    const bad = [
      "Claim.[^none] Claim.[^http] Claim.[^missing] TODO: write this.",
      "[^none]: Just words.",
      "[^http]: [Insecure](http://example.org/x).",
      "[^unused]: [Fine](https://example.org/y).",
    ].join("\n");
    const messages = citationProblems(bad, 5).map((p) => `${p.line}: ${p.message}`);
    expect(messages).toContain("2: footnote [^none] has no source link");
    expect(messages).toContain("3: footnote [^http] source is not a well-formed https URL: http://example.org/x");
    expect(messages).toContain("1: footnote [^missing] is cited but not defined");
    expect(messages).toContain("4: footnote [^unused] is defined but never cited");
    expect(messages).toContain('1: placeholder text "TODO"');
    expect(messages.some((m) => m.includes("at least 5 are required"))).toBe(true);
  });

  it("never throws, and every problem has a line inside the text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.array(fc.constantFrom("[^a]", "[^a]: ", "[x](https://e.org)", "\n", "```"), { maxLength: 20 }),
        (noise, pieces) => {
          const text = noise + pieces.join("");
          const lines = text.split(/\r?\n/).length;
          for (const problem of citationProblems(text, 1)) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(lines);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
