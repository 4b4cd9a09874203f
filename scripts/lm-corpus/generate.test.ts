// The committed corpus is exactly what the generator writes from facts.ts (a second run of the
// generator is the oracle), and it decodes with the model's own validator.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { decodeCorpus } from "../../src/core/lm/corpus.ts";
import { LM_CONFIG } from "../../src/core/lm/model-spec.ts";

it("content/data/lm/corpus.json is up to date and valid", () => {
  const out = execFileSync(process.execPath, [new URL("generate.ts", import.meta.url).pathname, "--check"], {
    encoding: "utf8",
  });
  expect(out).toContain("up to date");
  const json = JSON.parse(readFileSync(new URL("../../content/data/lm/corpus.json", import.meta.url), "utf8"));
  const corpus = decodeCorpus(json, LM_CONFIG.context);
  expect(corpus.ok).toBe(true);
  if (!corpus.ok) return;
  expect(corpus.value.vocabulary.words.length).toBe(LM_CONFIG.vocabSize);
  // The wrong batch is the only place Australia's capital is stated, and the fix corrects all of it.
  const aboutCapital = corpus.value.sentences.filter(
    (s) => s.text.includes("australia") && (s.text.includes("capital") || s.text.includes("seat of government")),
  );
  expect(aboutCapital.map((s) => s.batch)).toEqual(Array(4).fill("oceania-notes"));
  expect(aboutCapital.every((s) => s.text.includes("sydney"))).toBe(true);
  expect(corpus.value.fix.map((e) => (e.kind === "replace" ? e.text : "")).every((t) => t.includes("canberra"))).toBe(
    true,
  );
});
