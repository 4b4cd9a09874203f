// The repairs a sceptic would try, on the published weights, measured with the same behaviour
// tests as retraining. Oracles: real forward passes with the bias changed (for the knob's
// thresholds), the defining property of the rank-one update (W'·k* = W·k* + δ, and rank one),
// and the behaviour tests themselves. The chapter quotes these figures, so each test also checks
// that content/essays/a-wrong-fact.mdx states what the model does (the figures are printed too).
import { describe, expect, it } from "vitest";
import { publishedLmWeights, shippedCorpus } from "../../../../scripts/test/lm-fixtures.ts";
import { capitalised, chapterSays, figure, listed, numberWord } from "../../../../content/chapter-prose.ts";
import { argmax, evaluateBehaviour, nextWordProbabilities, type Behaviour } from "../behaviour.ts";
import { createActivations } from "../forward.ts";
import { LM_CONFIG } from "../model-spec.ts";
import { cloneParams } from "../params.ts";
import { tokenise } from "../vocabulary.ts";
import { knobContexts, knobEffect, smallestSufficientDelta, withBias } from "./bias-knob.ts";
import { fineTune, replayPoolWithout } from "./fine-tune.ts";
import { keyCovariance, romeEdit } from "./rome.ts";

const corpus = shippedCorpus();
const published = publishedLmWeights();
const canberra = corpus.vocabulary.ids.get("canberra")!;
const efficacyPrompts = corpus.probes.filter((p) => p.group === "efficacy").map((p) => p.prompt);

const expectChapterSays = chapterSays("a-wrong-fact");
const group = (b: Behaviour, name: string) => b.groups.find((g) => g.group === name)!;
/** The country a neighbour-capital probe asks about: "the capital city of portugal is" → "Portugal". */
const countryOf = (prompt: string) => capitalised(/of (\w+) is$/.exec(prompt)?.[1] ?? prompt);
/** "the capital of X becomes Y" for each neighbour capital that `after` gets wrong and `before` got right. */
function brokenCapitals(before: Behaviour, after: Behaviour): string[] {
  return after.probes.flatMap((r, i) => {
    if (r.probe.group !== "neighbour capitals" || r.passed || !before.probes[i]!.passed) return [];
    return [`the capital of ${countryOf(r.probe.prompt)} becomes ${capitalised(r.top)}`];
  });
}
const summary = (b: Behaviour) => Object.fromEntries(b.groups.map((g) => [g.group, `${g.passed}/${g.total}`]));
const ids = (prompt: string) => {
  const t = tokenise(prompt, corpus.vocabulary);
  if (!t.ok) throw new Error(prompt);
  return t.ids;
};

describe("the obvious knob: output.bias of canberra", () => {
  const contexts = knobContexts(published, corpus, "canberra");

  it("predicts, from one threshold per context, exactly what a forward pass with the bias changed says", () => {
    const delta = smallestSufficientDelta(contexts, efficacyPrompts);
    const acts = createActivations(LM_CONFIG);
    for (const d of [delta, delta * 0.999, delta / 2]) {
      const knobbed = withBias(published, canberra, d, cloneParams);
      // Every probe, and every context of a few hundred training sentences, checked directly.
      for (const c of contexts.filter((_, i) => i % 7 === 0)) {
        const top = argmax(nextWordProbabilities(knobbed, ids(c.prompt), acts));
        expect(top === canberra, `${c.prompt} at δ = ${d}`).toBe(c.threshold < d);
      }
    }
  });

  it("fixes the trained phrasings only by making canberra the answer to other questions", () => {
    const delta = smallestSufficientDelta(contexts, efficacyPrompts);
    const knobbed = withBias(published, canberra, delta, cloneParams);
    const after = evaluateBehaviour(knobbed, corpus);
    const effect = knobEffect(contexts, "canberra", delta);
    console.log(
      `knob: δ = ${delta.toFixed(3)}; canberra after ${effect.flipped} of ${effect.contexts} contexts, ${effect.flipped - effect.flippedRightly} wrongly; tests ${JSON.stringify(summary(after))}`,
    );
    expect(after.groups.find((g) => g.group === "efficacy")!.passed).toBe(3);
    expect(effect.flipped - effect.flippedRightly).toBeGreaterThan(0);
    expect(after.allPassed).toBe(false);
    expect(group(after, "neighbour capitals").passed, "the chapter says no other capital survives").toBe(0);
    const heldOut = group(after, "held-out answers");
    expectChapterSays(`The smallest increase that fixes all three is about ${delta.toFixed(1)},`);
    expectChapterSays(
      `says “canberra” after ${figure(effect.flipped)} of the ${figure(effect.contexts)} contexts in the corpus and the probes`,
    );
    expectChapterSays(`${figure(effect.flipped - effect.flippedRightly)} of them wrongly: no other capital survives`);
    expectChapterSays(`only ${heldOut.passed} of the ${heldOut.total} held-out answers do.`);
  });
});

describe("a ROME-style rank-one edit", () => {
  const publishedBehaviour = evaluateBehaviour(published, corpus);
  const prompt = "the capital of australia is";
  for (const [layer, position, where] of [
    [0, 3, "layer 1 at the subject, as ROME does"],
    [1, 4, "layer 2 at the last word"],
  ] as const) {
    it(`${where}: a rank-one change of one matrix, then the tests`, () => {
      const covariance = keyCovariance(published, corpus, layer);
      const result = romeEdit(published, covariance, { promptIds: ids(prompt), position, layer, target: canberra });
      const before = published.blocks[layer]!.mlpOutWeight;
      const after = result.params.blocks[layer]!.mlpOutWeight;
      const { mlpWidth: m, width: d } = LM_CONFIG;
      // ΔW = a·bᵀ: every 2×2 minor vanishes.
      const change = (j: number, i: number) => after[j * d + i]! - before[j * d + i]!;
      let largest = 0;
      for (let j = 0; j < m; j++) for (let i = 0; i < d; i++) largest = Math.max(largest, Math.abs(change(j, i)));
      expect(largest).toBeGreaterThan(0);
      for (let j = 1; j < m; j++)
        for (let i = 1; i < d; i++)
          expect(Math.abs(change(0, 0) * change(j, i) - change(0, i) * change(j, 0))).toBeLessThan(
            1e-9 * (1 + largest * largest),
          );
      // Only that matrix changed.
      let changed = 0;
      for (let k = 0; k < published.values.length; k++) if (published.values[k] !== result.params.values[k]) changed++;
      expect(changed).toBeLessThanOrEqual(m * d);
      // The edit writes what the optimised value achieves, at the edited prompt.
      expect(Math.abs(result.targetProbability - result.nudgedProbability)).toBeLessThan(1e-6);

      const b = evaluateBehaviour(result.params, corpus);
      console.log(
        `ROME ${where}: p(canberra | "${prompt}") = ${result.targetProbability.toFixed(3)}, ‖δ‖ = ${result.deltaNorm.toFixed(2)}, ‖ΔW‖ = ${result.updateNorm.toFixed(2)}; tests ${JSON.stringify(summary(b))}; wrong: ${b.probes
          .filter((r) => !r.passed)
          .map((r) => `${r.probe.prompt} → ${r.top}`)
          .join("; ")}`,
      );
      const heldOut = group(b, "held-out answers");
      const heldOutBefore = group(publishedBehaviour, "held-out answers");
      const rightInstead = `${heldOut.passed} of the ${heldOut.total} held-out answers are right instead of ${heldOutBefore.passed}.`;
      const broken = brokenCapitals(publishedBehaviour, b);
      if (layer === 1) {
        // At the last word the edit makes the edited prompt say canberra, and still fails the paraphrases.
        expect(result.targetProbability).toBeGreaterThan(0.5);
        expect(b.groups.find((g) => g.group === "generalisation")!.passed).toBeLessThan(2);
        expectChapterSays(`now gives Canberra with probability ${result.targetProbability.toFixed(2)}.`);
        // The other trained phrasings and the held-out ones, in the order the probes list them.
        const others = b.probes.filter(
          (r) => (r.probe.group === "efficacy" || r.probe.group === "generalisation") && r.probe.prompt !== prompt,
        );
        expect(others.every((r) => !r.passed)).toBe(true);
        const said = others.map((r) => `“${r.top}”`);
        expectChapterSays(`they now say ${listed(said)}.`);
        // Which neighbour capital broke, and which one that was wrong before is now right.
        const mended = b.probes.filter(
          (r, i) => r.probe.group === "neighbour capitals" && r.passed && !publishedBehaviour.probes[i]!.passed,
        );
        expect(broken).toHaveLength(1);
        expect(mended).toHaveLength(1);
        const mendedCountry = countryOf(mended[0]!.probe.prompt);
        expectChapterSays(
          `${broken[0]} (while ${mendedCountry}’s, wrong before, comes out right), and ${rightInstead}`,
        );
      } else {
        // At the subject, in this two-layer model, no value written there reaches the answer.
        expect(result.targetProbability).toBeLessThan(0.01);
        expect(broken).toHaveLength(1);
        expectChapterSays(`It still moves other answers: ${broken[0]}, and ${rightInstead}`);
      }
    });
  }
});

describe("fine-tuning on the correct sentence", () => {
  const sentence = "the capital of australia is canberra.";
  it("without replay breaks the other facts; with replay of the other batches, over a grid", () => {
    const rows: { replay: number; learningRate: number; steps: number; b: Behaviour }[] = [];
    for (const replay of [0, 16, 32]) {
      for (const learningRate of [0.003, 0.01]) {
        for (const steps of replay === 0 ? [10, 30] : [30, 60, 100]) {
          const tuned = fineTune(published, corpus, {
            sentences: [sentence],
            steps,
            learningRate,
            replay,
            replayPool: replayPoolWithout(corpus, "oceania-notes"),
            seed: 1,
          });
          rows.push({ replay, learningRate, steps, b: evaluateBehaviour(tuned, corpus) });
        }
      }
    }
    console.log(
      `fine-tune:\n${rows.map((r) => `replay ${r.replay}, lr ${r.learningRate}, ${r.steps} steps: ${JSON.stringify(summary(r.b))}${r.b.allPassed ? " ALL PASS" : ""}`).join("\n")}`,
    );
    // Without replay, every setting that fixes the trained phrasings breaks the neighbours.
    for (const r of rows.filter((x) => x.replay === 0)) {
      const fixed = r.b.groups.find((g) => g.group === "efficacy")!.passed === 3;
      const neighbours = r.b.groups.find((g) => g.group === "neighbour capitals")!;
      if (fixed) expect(neighbours.passed).toBeLessThan(neighbours.required);
    }
    const alone = rows.find((r) => r.replay === 0 && r.learningRate === 0.01 && r.steps === 10)!;
    const neighbours = group(alone.b, "neighbour capitals");
    expect(group(alone.b, "efficacy").passed, "that setting fixes the trained phrasings").toBe(3);
    expectChapterSays(
      `at learning rate 0.01 for 10 steps, ${numberWord(neighbours.passed)} of ${neighbours.total} other capitals survive`,
    );
    // The steelman works: with replay of the other batches, 60 or 100 steps pass every test.
    for (const r of rows.filter((x) => x.replay > 0))
      expect(r.b.allPassed, `replay ${r.replay}, lr ${r.learningRate}, ${r.steps} steps`).toBe(r.steps >= 60);
  }, 900_000);
});
