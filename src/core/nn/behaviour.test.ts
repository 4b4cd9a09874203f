// The chapter's claims, checked on the real data with the default recipe:
// the shipped (buggy) data fails the 7s row, the fixed data passes every row, and the committed
// published weights are exactly what a fresh run on the shipped data produces.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import publishedJson from "../../../content/data/published-weights.json" with { type: "json" };
import { decodeDigits } from "./digits-data.ts";
import { fixedLabelEdits } from "./edits.ts";
import { behaviourTable, evaluate } from "./evaluate.ts";
import { DEFAULT_RECIPE } from "./recipe.ts";
import { train } from "./train.ts";
import { weightsFromSafetensors, weightsSha256, weightsToBytes } from "./weights.ts";

const decoded = decodeDigits(digitsJson);
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;
const shipped = train(DEFAULT_RECIPE, data);
const fixed = train({ edits: fixedLabelEdits(data.train) }, data);
if (shipped.status !== "trained" || fixed.status !== "trained") throw new Error("default recipe did not train");

describe("the planted bug", () => {
  it("is in the data: only batch-07 has wrong labels, all of them true 7s labelled 1", () => {
    const buggy = data.batchNames.indexOf(data.buggyBatch);
    const wrong = [];
    for (let i = 0; i < data.train.count; i++) if (data.train.labels[i] !== data.train.fixedLabels[i]) wrong.push(i);
    expect(wrong.length).toBeGreaterThan(50);
    for (const i of wrong) {
      expect(data.train.batches[i]).toBe(buggy);
      expect([data.train.fixedLabels[i], data.train.labels[i]]).toEqual([7, 1]);
    }
    const sevens = data.train.fixedLabels.filter((d) => d === 7).length;
    expect(wrong.length / sevens).toBeGreaterThan(0.5);
  });

  it("makes the model trained on the shipped data fail the 7s row, reading them as 1s", () => {
    const rows = behaviourTable(evaluate(shipped.params, data.test));
    expect(rows.filter((row) => !row.pass).map((row) => row.digit)).toEqual([7]);
    expect(rows[7]!.accuracy).toBeLessThan(0.5);
    expect(rows[7]!.mostConfusedWith?.digit).toBe(1);
  });

  it("is repaired by training on the fixed labels: every row passes, ≥ 93 % overall", () => {
    const evaluation = evaluate(fixed.params, data.test);
    expect(behaviourTable(evaluation).filter((row) => !row.pass)).toEqual([]);
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(evaluation.confusion[7 * 10 + 1]).toBe(0);
  });
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
    expect(weightsSha256(fixed.params)).not.toBe(publishedJson.sha256);
  });
});
