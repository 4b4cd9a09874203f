import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chapterBody, countWords } from "./chapter-body.ts";

const chapter = [
  "---",
  "title: Not counted",
  "summary: Not counted either",
  "---",
  'import WidgetSlot from "../../src/components/WidgetSlot.astro";',
  "",
  "## A heading here",
  "",
  "One *claim* with [a link](https://example.org/a) and a note.[^a]",
  "",
  '<WidgetSlot name="weights-challenge" />',
  "",
  "- first item",
  "1. second item",
  "",
  "```c",
  "int not_prose(void);",
  "```",
  "",
  "[^a]: [Org, “Title A”](https://example.org/a), p. 1.",
].join("\n");

describe("chapterBody", () => {
  it("keeps what a reader reads and drops frontmatter, imports, components, code, notes and markup", () => {
    expect(
      chapterBody(chapter)
        .split("\n")
        .filter((line) => line.trim() !== ""),
    ).toEqual(["A heading here", "One claim with a link and a note. ", "first item", "second item"]);
  });

  it("counts the words of that body", () => {
    // "A heading here" (3) + "One claim with a link and a note." (8) + 2 + 2.
    expect(countWords(chapterBody(chapter))).toBe(15);
  });
});

describe("countWords", () => {
  it("does not count a lone dash, but counts words joined by punctuation once", () => {
    expect(countWords("well-known — it’s 1,797 images.")).toBe(4);
  });

  it("agrees with GNU wc -w on text without punctuation-only tokens", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z0-9’.,-]{0,8}[a-z][a-zA-Z0-9’.,-]{0,8}$/), { maxLength: 40 }),
        fc.array(fc.constantFrom(" ", "  ", "\n", "\t"), { minLength: 40, maxLength: 40 }),
        (words, gaps) => {
          const text = words.map((word, i) => word + (gaps[i] ?? " ")).join("");
          const wc = Number(execFileSync("wc", ["-w"], { input: text, encoding: "utf8" }).trim());
          expect(countWords(text)).toBe(wc);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("agrees with GNU wc -w on every chapter body once punctuation-only tokens are removed", () => {
    const dir = join("content", "essays");
    for (const name of readdirSync(dir).filter((file) => file.endsWith(".mdx"))) {
      const body = chapterBody(readFileSync(join(dir, name), "utf8"));
      // sed, not our code, drops the tokens that hold no letter or digit (dashes, lone quotes).
      const wordsOnly = execFileSync(
        "sed",
        [
          "-E",
          "s/(^|[[:space:]])[^[:alnum:][:space:]]+([[:space:]]|$)/ /g; s/(^|[[:space:]])[^[:alnum:][:space:]]+([[:space:]]|$)/ /g",
        ],
        {
          input: body,
          encoding: "utf8",
        },
      );
      const wc = Number(execFileSync("wc", ["-w"], { input: wordsOnly, encoding: "utf8" }).trim());
      expect(countWords(body), name).toBe(wc);
    }
  });
});
