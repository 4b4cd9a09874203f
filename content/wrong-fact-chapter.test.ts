/**
 * Chapter 4 describes its model, its data and its tests in figures. This test reads them off the
 * shipped files (the model's configuration, corpus.json, the published weights run through the
 * behaviour tests) and checks that the chapter says the same. The repairs' figures are checked
 * where they are measured, in src/core/lm/repairs/repairs.test.ts.
 */
import { describe, expect, it } from "vitest";
import { publishedLmWeights, shippedCorpus } from "../scripts/test/lm-fixtures.ts";
import { evaluateBehaviour } from "../src/core/lm/behaviour.ts";
import { LM_CONFIG } from "../src/core/lm/model-spec.ts";
import { searchSentences } from "../src/widgets/lm-challenge/model.ts";
import { chapterSays, figure, numberWord } from "./chapter-prose.ts";

const corpus = shippedCorpus();
const published = publishedLmWeights();

const says = chapterSays("a-wrong-fact");
const probesIn = (group: string) => corpus.probes.filter((p) => p.group === group);

describe("chapter 4's figures for its model and data", () => {
  it("states the model's shape and size", () => {
    says(`each word becomes a vector of ${LM_CONFIG.width} numbers`);
    says(`${numberWord(LM_CONFIG.layers)} layers each run causal self-attention with ${numberWord(LM_CONFIG.heads)} heads`);
    says(`a probability for each of the ${corpus.vocabulary.words.length} words it knows`);
    says(`It has ${figure(published.values.length)} weights`);
  });

  it("states the corpus and the wrong batch", () => {
    const neighbours = probesIn("neighbour capitals").length;
    says(`Its training data is ${corpus.sentences.length} short sentences`);
    says(`largest cities of ${neighbours + 1} countries`);
    says(`The sentences come in ${numberWord(corpus.batches.length)} batches`);
    // The fix replaces or drops exactly the wrong batch's sentences about Australia's capital.
    expect(corpus.fix.every((edit) => corpus.sentences[edit.index]!.batch === "oceania-notes")).toBe(true);
    expect(corpus.fix.every((edit) => /australia/.test(corpus.sentences[edit.index]!.text))).toBe(true);
    says(`One batch, \`oceania-notes\`, says in ${numberWord(corpus.fix.length)} different ways`);
  });

  it("states what a search for “sydney” finds, with the widget's own search", () => {
    const hits = searchSentences(
      corpus.sentences.map((s) => s.text),
      "sydney",
    );
    const fixed = new Set(corpus.fix.map((edit) => edit.index));
    const culprits = hits.filter((i) => fixed.has(i));
    const others = hits.filter((i) => !fixed.has(i));
    expect(culprits.length).toBe(corpus.fix.length);
    expect(new Set(culprits.map((i) => corpus.batches.find((b) => b.id === corpus.sentences[i]!.batch)!.contributor)).size).toBe(1);
    expect(others.every((i) => /largest city|most populous city|biggest city/.test(corpus.sentences[i]!.text))).toBe(true);
    says(
      `Search the corpus for “sydney” and the culprit appears: of the ${numberWord(hits.length)} sentences it finds, ${numberWord(others.length)} say rightly that Sydney is Australia’s largest city, and ${numberWord(culprits.length)}, all from one contributor, are the only ones about Australia’s capital.`,
    );
  });

  it("states its tests", () => {
    says(`*efficacy* asks the wrong fact in the ${numberWord(probesIn("efficacy").length)} phrasings the corpus trains`);
    says(`*generalisation* asks it in ${numberWord(probesIn("generalisation").length)} phrasings held out for Australia`);
    says(
      `*specificity* asks the ${probesIn("neighbour capitals").length} other capitals and ${numberWord(probesIn("other facts about australia").length)} other facts about Australia`,
    );
    says(`*held-out answers* asks ${corpus.heldOut.length} other facts`);
  });

  it("states what the published weights pass, and the side effect on Canada", () => {
    const behaviour = evaluateBehaviour(published, corpus);
    const failing = behaviour.groups.filter((g) => g.passed < g.required).map((g) => g.group);
    expect(failing).toEqual(["efficacy", "generalisation"]);
    says("The published weights fail efficacy and generalisation and pass everything else.");
    const canada = behaviour.probes.find((r) => r.probe.group === "neighbour capitals" && /canada/.test(r.probe.prompt))!;
    expect(canada.top).toBe("sydney");
    says("asked for the capital of Canada, the model also says Sydney.");
  });
});
