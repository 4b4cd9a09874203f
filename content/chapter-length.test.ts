/**
 * Every chapter can be read in about eight minutes: its body (prose only, without the source
 * list, code listings or widgets) stays within MAX_BODY_WORDS.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chapterBody, countWords, MAX_BODY_WORDS } from "../src/core/citations/chapter-body.ts";

const dir = join("content", "essays");
const chapters = readdirSync(dir).filter((name) => name.endsWith(".mdx"));

describe("chapter length", () => {
  for (const name of chapters) {
    it(`${name} has a body of at most ${MAX_BODY_WORDS} words`, () => {
      const words = countWords(chapterBody(readFileSync(join(dir, name), "utf8")));
      expect(words).toBeLessThanOrEqual(MAX_BODY_WORDS);
    });
  }
});
