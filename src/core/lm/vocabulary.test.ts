// Text from a reader: never a throw; every unknown word is reported with where it is in the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceProblem } from "./corpus.ts";
import { createVocabulary, MAX_TEXT_CHARS, tokenise } from "./vocabulary.ts";

const vocabulary = createVocabulary(["<s>", ".", "the", "capital", "of", "france", "is", "paris"]);

describe("tokenise", () => {
  it("splits words and full stops, case-insensitively", () => {
    const t = tokenise("The capital of France is Paris.", vocabulary);
    expect(t.ok && t.ids).toEqual([2, 3, 4, 5, 6, 7, 1]);
  });

  it("marks unknown words (and the start token typed as text) with their offsets", () => {
    const t = tokenise("the capital of atlantis <s> is", vocabulary);
    expect(t.ok).toBe(false);
    expect(t.words.filter((w) => w.id < 0).map((w) => [w.text, w.start, w.end])).toEqual([
      ["atlantis", 15, 23],
      ["<s>", 24, 27],
    ]);
  });

  it("never throws, and every word's offsets point at its text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const t = tokenise(text, vocabulary);
        if (text.length > MAX_TEXT_CHARS) expect(t.ok).toBe(false);
        for (const w of t.words) expect(text.slice(w.start, w.end)).toBe(w.text);
        expect(
          typeof sentenceProblem(text, vocabulary, 12) === "string" || sentenceProblem(text, vocabulary, 12) === null,
        ).toBe(true);
      }),
    );
  });

  it("accepts a training sentence only if it ends with its one full stop and fits the context", () => {
    expect(sentenceProblem("the capital of france is paris.", vocabulary, 12)).toBeNull();
    expect(sentenceProblem("the capital of france is paris", vocabulary, 12)).toMatch(/full stop/);
    expect(sentenceProblem("the. capital.", vocabulary, 12)).toMatch(/full stop/);
    expect(sentenceProblem("the the the the the the the the the the the the.", vocabulary, 12)).toMatch(/longer/);
  });
});
