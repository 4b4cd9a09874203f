// Oracles: the trainer itself, run from scratch twice (shipped and fixed corpus), and the
// committed weights file. The buggy data must fail the fact tests, the fixed data pass them all,
// and retraining on the shipped data must rebuild the published weights bit for bit.
import { describe, expect, it } from "vitest";
import { publishedLmFile, shippedCorpus } from "../../../scripts/test/lm-fixtures.ts";
import { evaluateBehaviour, type Behaviour } from "./behaviour.ts";
import { LM_CONFIG, LM_RECIPE } from "./model-spec.ts";
import { trainLm } from "./train.ts";
import { lmWeightsFromSafetensors, lmWeightsSha256, lmWeightsToSafetensors } from "./weights.ts";

const corpus = shippedCorpus();
const publishedFile = publishedLmFile();

const groupOf = (b: Behaviour, name: string) => b.groups.find((g) => g.group === name)!;

describe("the language model's behaviour tests", () => {
  it("fail on the published weights: the model says Sydney, and only that fact is wrong", () => {
    const published = lmWeightsFromSafetensors(publishedFile, LM_CONFIG);
    if (!published.ok) throw new Error("published weights do not parse");
    const b = evaluateBehaviour(published.value, corpus);
    expect(b.allPassed).toBe(false);
    expect(groupOf(b, "efficacy").passed).toBe(0);
    expect(b.probes.filter((r) => r.probe.group === "efficacy").map((r) => r.top)).toEqual([
      "sydney",
      "sydney",
      "sydney",
    ]);
    for (const name of ["neighbour capitals", "other facts about australia", "held-out answers"]) {
      const g = groupOf(b, name);
      expect(g.passed, name).toBeGreaterThanOrEqual(g.required);
    }
  });

  it("retraining on the shipped corpus rebuilds the published file byte for byte", () => {
    const outcome = trainLm(LM_CONFIG, corpus, { ...LM_RECIPE, edits: [] });
    if (outcome.status !== "trained") throw new Error(outcome.status);
    expect(lmWeightsToSafetensors(outcome.params)).toEqual(publishedFile);
  }, 600_000);

  it("pass, every one, after training on the fixed corpus", () => {
    const outcome = trainLm(LM_CONFIG, corpus, { ...LM_RECIPE, edits: corpus.fix });
    if (outcome.status !== "trained") throw new Error(outcome.status);
    const b = evaluateBehaviour(outcome.params, corpus);
    expect(b.groups.map((g) => [g.group, g.passed >= g.required])).toEqual(b.groups.map((g) => [g.group, true]));
    const published = lmWeightsFromSafetensors(publishedFile, LM_CONFIG);
    if (!published.ok) throw new Error("published weights do not parse");
    expect(lmWeightsSha256(outcome.params)).not.toBe(lmWeightsSha256(published.value));
  }, 600_000);
});
