// The images behind each row of the test table are exactly what that row counted: checked on the
// published weights (the 7s read as 1s), and on weights a reader might make (the best one-number
// edit the search found, a retrain on the fixed labels), against the rows' own measured figures.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_RECIPE,
  decodeDigits,
  fixedLabelEdits,
  paramsFromValues,
  testPredictions,
  train,
  weightsFromSafetensors,
  type MlpParams,
} from "../../core/nn/index.ts";
import { LOOKALIKE_LIMIT } from "../../core/nn/suite.ts";
import searches from "../../../content/data/searches.json" with { type: "json" };
import { rowExamples } from "./examples.ts";
import { testRows } from "./rows.ts";

const digits = decodeDigits(JSON.parse(readFileSync("content/data/digits.json", "utf8")));
const weights = weightsFromSafetensors(new Uint8Array(readFileSync("content/data/published-weights.safetensors")));
if (!digits.ok || !weights.ok) throw new Error("content/data does not decode");
const published = weights.value;
const reference = testPredictions(published, digits.value);
const data = { ...digits.value, reference };
const labels = data.test.labels;

function examplesFor(params: MlpParams) {
  const predicted = testPredictions(params, data);
  return testRows(params, data).map((row) => ({ row, examples: rowExamples(row, labels, predicted, reference) }));
}

function agreesWithTheRows(params: MlpParams) {
  for (const { row, examples } of examplesFor(params)) {
    if (row.kind === "holdout") {
      expect(examples.kind).toBe("hidden");
      continue;
    }
    if (examples.kind !== "images") throw new Error(`${row.name}: no images`);
    if (row.kind === "digit") {
      const [correct, total] = /^(\d+) of (\d+)/.exec(row.measured)!.slice(1).map(Number) as [number, number];
      expect(examples.images, row.name).toHaveLength(total - correct);
      expect(examples.images.every((e) => e.label === row.digit && e.predicted !== row.digit)).toBe(true);
    } else if (row.kind === "regression") {
      expect(`${examples.images.length} now wrong`).toBe(row.measured);
      expect(examples.images.every((e) => reference[e.image] === e.label && e.predicted !== e.label)).toBe(true);
    } else {
      const worst = /(\d+) read as (\d+), (\d+) times/.exec(row.measured);
      if (worst) {
        const [from, to, count] = worst.slice(1).map(Number) as [number, number, number];
        expect(examples.images.filter((e) => e.label === from && e.predicted === to)).toHaveLength(count);
      }
      if (!row.pass) expect(examples.images.length).toBeGreaterThan(LOOKALIKE_LIMIT);
    }
  }
}

describe("the images behind each test", () => {
  it("on the published weights: the 7s row lists the 18 sevens read as 1, and so does the look-alike row", () => {
    const rows = examplesFor(published);
    const sevens = rows.find((r) => r.row.kind === "digit" && r.row.digit === 7)!.examples;
    expect(sevens.kind === "images" && sevens.images.map((e) => e.predicted)).toEqual(new Array(18).fill(1));
    const lookalike = rows.find((r) => r.row.kind === "lookalike")!.examples;
    expect(lookalike.kind === "images" && lookalike.summary).toBe("Over the limit of 3: 7 read as 1, 18 times.");
    expect(lookalike.kind === "images" && lookalike.images).toHaveLength(18);
    const regression = rows.find((r) => r.row.kind === "regression")!.examples;
    expect(regression.kind === "images" && regression.images).toHaveLength(0);
    agreesWithTheRows(published);
  });

  it("on the best one-number edit and on a retrain from the fixed labels, each list is what its row counted", () => {
    const values = Float64Array.from(published.values);
    values[searches.singleNumber.best.index] = searches.singleNumber.best.value;
    agreesWithTheRows(paramsFromValues(published.hiddenUnits, values));
    const fixed = train({ ...DEFAULT_RECIPE, edits: fixedLabelEdits(data.train) }, data);
    if (fixed.status !== "trained") throw new Error("the fixed labels did not train");
    agreesWithTheRows(fixed.params);
  });

  it("a passing look-alike row lists its most frequent pairs, within the limit", () => {
    const fixed = train({ ...DEFAULT_RECIPE, edits: fixedLabelEdits(data.train) }, data);
    if (fixed.status !== "trained") throw new Error("the fixed labels did not train");
    const lookalike = examplesFor(fixed.params).find((r) => r.row.kind === "lookalike")!;
    expect(lookalike.row.pass).toBe(true);
    expect(lookalike.examples.summary).toMatch(/^(Within the limit of 3; the most frequent: |No test image)/);
  });
});
