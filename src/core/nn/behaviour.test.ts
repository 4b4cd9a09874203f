// The chapter's claims about the planted bug and the behaviour tests, checked on the real data
// with the default recipe: the bug is only in batch-07's plain 7s; the published model fails the
// tests it should and passes the rest; fixing the data and retraining passes every test whatever
// the seed (so the tolerances are ones a retrain meets, not ones tuned to one run); and the
// committed published weights are exactly what a fresh run on the shipped data produces.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import publishedJson from "../../../content/data/published-weights.json" with { type: "json" };
import type * as BehaviourModule from "./behaviour.ts";
import type * as DigitsDataModule from "./digits-data.ts";
import type * as EditsModule from "./edits.ts";
import type * as RecipeModule from "./recipe.ts";
import type * as SuiteModule from "./suite.ts";
import type * as TrainModule from "./train.ts";
import type * as WeightsModule from "./weights.ts";
import { loadBundle } from "../../../scripts/test/bundle.ts";

// Run as a bundle, outside Vitest's module transform (see scripts/test/bundle.ts).
const core = await loadBundle<{
  behaviour: typeof BehaviourModule;
  digitsData: typeof DigitsDataModule;
  edits: typeof EditsModule;
  recipe: typeof RecipeModule;
  suite: typeof SuiteModule;
  train: typeof TrainModule;
  weights: typeof WeightsModule;
}>(import.meta.url, {
  behaviour: "./behaviour.ts",
  digitsData: "./digits-data.ts",
  edits: "./edits.ts",
  recipe: "./recipe.ts",
  suite: "./suite.ts",
  train: "./train.ts",
  weights: "./weights.ts",
});
const { behaviourSuite, testPredictions } = core.behaviour;
const { decodeDigits } = core.digitsData;
const { fixedLabelEdits } = core.edits;
const { DEFAULT_RECIPE } = core.recipe;
const { TEST_COUNT } = core.suite;
const { train } = core.train;
const { weightsFromSafetensors, weightsSha256, weightsToBytes } = core.weights;

const decoded = decodeDigits(digitsJson);
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;
const shipped = train(DEFAULT_RECIPE, data);
if (shipped.status !== "trained") throw new Error("default recipe did not train");
const reference = testPredictions(shipped.params, data);

/** Ink in the left half of rows 3–4 (where a crossbar is), written from the derivation's words. */
function crossbarInk(pixels: Uint8Array, example: number): number {
  let ink = 0;
  for (const row of [3, 4]) for (let column = 0; column < 4; column++) ink += pixels[example * 64 + row * 8 + column]!;
  return ink;
}

describe("the planted bug", () => {
  it("is conditional: only batch-07's 7s without a crossbar are labelled 1; its other 7s are right", () => {
    const buggy = data.batchNames.indexOf(data.buggyBatch);
    const limit = Number(/crossbar ink <= (\d+)/.exec(digitsJson.derivation.bug)![1]);
    let wrong = 0;
    let rightSevensInBatch = 0;
    for (let i = 0; i < data.train.count; i++) {
      const plainSeven = data.train.fixedLabels[i] === 7 && crossbarInk(data.train.pixels, i) <= limit;
      const expected = data.train.batches[i] === buggy && plainSeven ? 1 : data.train.fixedLabels[i];
      expect(data.train.labels[i], `example ${i}`).toBe(expected);
      if (expected !== data.train.fixedLabels[i]) wrong++;
      if (data.train.batches[i] === buggy && data.train.fixedLabels[i] === 7 && !plainSeven) rightSevensInBatch++;
    }
    expect(wrong).toBe(digitsJson.derivation.mislabelledExamples);
    expect(wrong).toBeGreaterThan(30);
    expect(rightSevensInBatch).toBeGreaterThan(0);
  });

  it("makes the published model fail the 7s row, the look-alike test and the held-out set, and pass the rest", () => {
    const rows = behaviourSuite(shipped.params, data, reference);
    expect(rows).toHaveLength(TEST_COUNT);
    const failing = rows.filter((row) => !row.pass).map((row) => `${row.kind}:${row.digit}`);
    expect(failing).toEqual(["digit:7", "lookalike:7", "holdout:7"]);
    expect(rows[10]!.measured).toMatch(/^worst: 7 read as 1/);
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`is repaired by fixing the labels and retraining: every test passes (seed ${seed})`, () => {
      const fixed = train({ seed, edits: fixedLabelEdits(data.train) }, data);
      if (fixed.status !== "trained") throw new Error("did not train");
      const rows = behaviourSuite(fixed.params, data, reference);
      expect(rows.filter((row) => !row.pass).map((row) => `${row.name}: ${row.measured}`)).toEqual([]);
    });
  }
});

describe("published weights", () => {
  const file = new Uint8Array(
    readFileSync(new URL("../../../content/data/published-weights.safetensors", import.meta.url)),
  );

  it("equal a fresh training run on the shipped data, byte for byte", () => {
    const published = weightsFromSafetensors(file);
    if (!published.ok) throw new Error(published.problems[0]!.message);
    expect(weightsToBytes(shipped.params)).toEqual(weightsToBytes(published.value));
    expect(weightsSha256(shipped.params)).toBe(publishedJson.sha256);
    expect(createHash("sha256").update(file).digest("hex")).toBe(publishedJson.fileSha256);
  });

  it("record the recipe and the data they were trained on", () => {
    expect(publishedJson.recipe).toEqual({ ...DEFAULT_RECIPE, edits: [] });
    const dataBytes = readFileSync(new URL("../../../content/data/digits.json", import.meta.url));
    expect(publishedJson.data.sha256).toBe(createHash("sha256").update(dataBytes).digest("hex"));
  });

  it("hash differently from the fixed model (the rebuild is visible in the hash)", () => {
    const fixed = train({ edits: fixedLabelEdits(data.train) }, data);
    if (fixed.status !== "trained") throw new Error("did not train");
    expect(weightsSha256(fixed.params)).not.toBe(publishedJson.sha256);
  });
});
