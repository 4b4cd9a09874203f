// The lab's ingredients, each checked the way a reader would: train twice (same hash), change one
// ingredient (another hash, a still-sane model). The oracles: the published hash from
// content/data/published-weights.json, the core trainer itself, and a second identical run.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import digitsJson from "../../../../content/data/digits.json" with { type: "json" };
import published from "../../../../content/data/published-weights.json" with { type: "json" };
import recorded from "./recorded-hashes.json" with { type: "json" };
import type * as DigitsDataModule from "../digits-data.ts";
import type * as EvaluateModule from "../evaluate.ts";
import type * as TrainModule from "../train.ts";
import type * as WeightsModule from "../weights.ts";
import type { LabRecipe } from "./lab-recipe.ts";
import type * as LabRecipeModule from "./lab-recipe.ts";
import type { LabOutcome } from "./lab-train.ts";
import type * as LabTrainModule from "./lab-train.ts";
import type * as RebuildModule from "./rebuild.ts";
import { loadBundle } from "../../../../scripts/test/bundle.ts";

// Run as a bundle, outside Vitest's module transform (see scripts/test/bundle.ts).
const core = await loadBundle<{
  digitsData: typeof DigitsDataModule;
  evaluate: typeof EvaluateModule;
  train: typeof TrainModule;
  weights: typeof WeightsModule;
  labRecipe: typeof LabRecipeModule;
  labTrain: typeof LabTrainModule;
  rebuild: typeof RebuildModule;
}>(import.meta.url, {
  digitsData: "../digits-data.ts",
  evaluate: "../evaluate.ts",
  train: "../train.ts",
  weights: "../weights.ts",
  labRecipe: "./lab-recipe.ts",
  labTrain: "./lab-train.ts",
  rebuild: "./rebuild.ts",
});
const { decodeDigits } = core.digitsData;
const { evaluate } = core.evaluate;
const { train } = core.train;
const { weightsFromSafetensors, weightsSha256 } = core.weights;
const { PUBLISHED_LAB_RECIPE, coreRecipe, droppedExamples } = core.labRecipe;
const { labTrainGenerator, reorder } = core.labTrain;
const { rebuildGenerator } = core.rebuild;

const decoded = decodeDigits(digitsJson);
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;
const publishedWeights = weightsFromSafetensors(
  readFileSync(new URL("../../../../content/data/published-weights.safetensors", import.meta.url)),
);
if (!publishedWeights.ok) throw new Error("published weights do not parse");

function run(lab: LabRecipe, useLabProgram = false): LabOutcome & { hash: string; accuracy: number } {
  const generator = labTrainGenerator(lab, data, useLabProgram);
  let next = generator.next();
  while (!next.done) next = generator.next();
  const { outcome } = next.value;
  if (outcome.status !== "trained") throw new Error(`did not train: ${outcome.status}`);
  return { ...next.value, hash: weightsSha256(outcome.params), accuracy: evaluate(outcome.params, data.test).accuracy };
}

/** Each program variant the lab offers, as a change to the published recipe. */
const PROGRAM_VARIANTS: [string, Partial<LabRecipe>][] = [
  ["blocked (4-lane) summation", { sum: "blocked" }],
  ["pairwise summation", { sum: "pairwise" }],
  ["float32 accumulation", { precision: "float32" }],
  ["another engine's exp", { exp: "other" }],
  ["training script v2", { script: "v2" }],
  ["reversed file order", { order: "reversed" }],
  ["file order by labelling batch", { order: "by-batch" }],
];
const SHORT: Partial<LabRecipe> = { epochs: 5, hiddenUnits: 16 };

describe("the published recipe", () => {
  it("rebuilds the published hash through the core trainer and through the lab's own program", () => {
    expect(run(PUBLISHED_LAB_RECIPE).hash).toBe(published.sha256);
    expect(run(PUBLISHED_LAB_RECIPE, true).hash).toBe(published.sha256);
  });

  it("is the recipe recorded next to the published weights", () => {
    expect(coreRecipe(PUBLISHED_LAB_RECIPE, data)).toEqual(published.recipe);
  });

  it("reports a match, no moved weight and no changed answer, and a new seed changes all three", () => {
    const drive = (lab: LabRecipe) => {
      const generator = rebuildGenerator(lab, data, publishedWeights.value);
      let next = generator.next();
      let steps = 0;
      for (; !next.done; next = generator.next()) steps = next.value.step;
      return { report: next.value, steps };
    };
    const same = drive(PUBLISHED_LAB_RECIPE);
    expect(same.steps).toBe(Math.ceil(data.train.count / 32) * 20);
    expect(same.report).toMatchObject({ status: "trained", match: true, differingWeights: 0, differentPredictions: 0 });
    expect(same.report.hash).toBe(published.sha256);
    expect(same.report.perDigit.map((row) => row.rebuilt / row.total)).toEqual(published.testAccuracy.perDigit);

    const reseeded = drive({ ...PUBLISHED_LAB_RECIPE, seed: 2 }).report;
    expect(reseeded.match).toBe(false);
    expect(reseeded.differingWeights).toBeGreaterThan(2400);
    expect(reseeded.differentPredictions).toBeGreaterThan(0);
    expect(reseeded.rebuiltCorrect / reseeded.testCount).toBeGreaterThanOrEqual(0.85);
  });
});

const shortDefault = run({ ...PUBLISHED_LAB_RECIPE, ...SHORT }).hash;

describe("each program ingredient", () => {
  for (const [name, change] of PROGRAM_VARIANTS) {
    it(`${name}: the same hash twice, a different one from the published recipe`, () => {
      const recipe = { ...PUBLISHED_LAB_RECIPE, ...SHORT, ...change };
      const first = run(recipe).hash;
      expect(run(recipe).hash).toBe(first);
      expect(first).not.toBe(shortDefault);
    });
  }

  for (const [name, change] of PROGRAM_VARIANTS.slice(0, 5)) {
    it(`${name}, full recipe: other bits, still ≥ 85 % on the test images`, () => {
      const result = run({ ...PUBLISHED_LAB_RECIPE, ...change });
      expect(result.hash).not.toBe(published.sha256);
      const before = recorded.full.find((entry) => JSON.stringify(entry.change) === JSON.stringify(change));
      expect(result.hash, "the hash recorded before the lab shared the core's trainStep").toBe(before?.sha256);
      expect(result.accuracy).toBeGreaterThanOrEqual(0.85);
    });
  }

  it("the engine's Math.exp gives the published bits exactly when it agreed with ours on every call", () => {
    // V8 uses fdlibm too, so here it agrees; QuickJS (musl/glibc exp) would not. The test states
    // the relation, which holds on any engine.
    const engine = run({ ...PUBLISHED_LAB_RECIPE, ...SHORT, exp: "engine" });
    expect(engine.expTally.calls).toBe(5 * data.train.count * 10);
    expect(engine.hash === shortDefault).toBe(engine.expTally.differing === 0);
    expect(run({ ...PUBLISHED_LAB_RECIPE, ...SHORT, exp: "engine" }).hash).toBe(engine.hash);
  });
});

describe("the lab's results", () => {
  it("are the hashes recorded before the lab shared the core's trainStep: every variant and four mixes", () => {
    // Oracle: the lab's own program as it was (recorded-hashes.json, from commit a622984).
    expect(recorded.short.length).toBeGreaterThanOrEqual(PROGRAM_VARIANTS.length + 4);
    for (const { change, sha256 } of recorded.short) {
      const lab = { ...PUBLISHED_LAB_RECIPE, ...change } as LabRecipe;
      expect(run(lab, true).hash, JSON.stringify(change)).toBe(sha256);
    }
  });
});

describe("each data ingredient", () => {
  it("drop 1 %: 1 % of the examples, distinct, the same ones every time", () => {
    const dropped = droppedExamples(data.train.count);
    expect(dropped).toHaveLength(Math.round(data.train.count / 100));
    expect(new Set(dropped).size).toBe(dropped.length);
    expect(dropped.every((i) => i >= 0 && i < data.train.count)).toBe(true);
    expect(droppedExamples(data.train.count)).toEqual(dropped);
  });

  it("subset and fixed labels train through the core trainer with the matching edits", () => {
    for (const change of [{ subset: "drop-1pct" }, { labels: "fixed" }] as const) {
      const lab = { ...PUBLISHED_LAB_RECIPE, ...SHORT, ...change };
      const viaCore = train(coreRecipe(lab, data), data);
      if (viaCore.status !== "trained") throw new Error("did not train");
      expect(run(lab).hash).toBe(weightsSha256(viaCore.params));
      expect(run(lab).hash).not.toBe(shortDefault);
    }
  });

  it("a file order keeps every example and label, only moved", () => {
    const inputs = new Float64Array(192).map((_, i) => i);
    const tiny = { count: 3, inputs, labels: Uint8Array.of(1, 2, 3), sourceExample: Int32Array.of(0, 1, 2) };
    const set = reorder(tiny, "reversed", data);
    expect(Array.from(set.labels)).toEqual([3, 2, 1]);
    expect(Array.from(set.sourceExample)).toEqual([2, 1, 0]);
    expect(set.inputs[0]).toBe(128);
  });
});
