// The steelman's claims, on the committed published weights: fine-tuning on a few correct 7s
// fixes the 7s row and breaks another row; it is deterministic and leaves its input alone.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import { decodeDigits } from "./digits-data.ts";
import { behaviourTable, evaluate } from "./evaluate.ts";
import { DEFAULT_FINE_TUNE, fineTune } from "./fine-tune.ts";
import { weightsFromSafetensors, weightsSha256 } from "./weights.ts";

const decoded = decodeDigits(digitsJson);
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;
const file = new Uint8Array(
  readFileSync(new URL("../../../content/data/published-weights.safetensors", import.meta.url)),
);
const loaded = weightsFromSafetensors(file);
if (!loaded.ok) throw new Error("published weights do not load");
const published = loaded.value;

describe("fineTune (the steelman)", () => {
  const result = fineTune(published, data);
  if (!result.ok || result.value.status !== "tuned") throw new Error("default fine-tune failed");
  const tuned = result.value;

  it("uses the requested number of correctly labelled training 7s", () => {
    expect(tuned.examplesUsed).toHaveLength(DEFAULT_FINE_TUNE.examples);
    for (const i of tuned.examplesUsed) {
      expect(data.train.labels[i]).toBe(7);
      expect(data.train.fixedLabels[i]).toBe(7);
    }
    expect(tuned.lossPerStep).toHaveLength(DEFAULT_FINE_TUNE.steps);
  });

  it("fixes the 7s row and breaks a row that passed before", () => {
    const before = behaviourTable(evaluate(published, data.test));
    const after = behaviourTable(evaluate(tuned.params, data.test));
    expect(before[7]!.pass).toBe(false);
    expect(after[7]!.pass).toBe(true);
    const broken = after.filter((row) => !row.pass && before[row.digit]!.pass);
    expect(broken.length).toBeGreaterThan(0);
    // The evaluations it returns are the ones computed here.
    expect(tuned.before.perDigit).toEqual(evaluate(published, data.test).perDigit);
    expect(tuned.after.perDigit.map((d) => d.accuracy)).toEqual(after.map((row) => row.accuracy));
  });

  it("leaves the published weights untouched and is deterministic", () => {
    const hashBefore = weightsSha256(published);
    const again = fineTune(published, data);
    expect(weightsSha256(published)).toBe(hashBefore);
    expect(again.ok && again.value.status === "tuned" && weightsSha256(again.value.params)).toBe(
      weightsSha256(tuned.params),
    );
    const otherSeed = fineTune(published, data, { seed: 2 });
    expect(otherSeed.ok && otherSeed.value.status === "tuned" && otherSeed.value.examplesUsed).not.toEqual(
      tuned.examplesUsed,
    );
  });

  it("returns problems for invalid options and diverged for absurd learning rates", () => {
    const invalid = fineTune(published, data, { digit: 10, examples: 0, steps: -1, learningRate: 0, momentum: 1 });
    expect(!invalid.ok && invalid.problems.map((p) => p.where)).toEqual([
      "digit",
      "examples",
      "steps",
      "learningRate",
      "momentum",
    ]);
    const diverged = fineTune(published, data, { learningRate: 1e300, steps: 3 });
    expect(diverged.ok && diverged.value.status).toBe("diverged");
  });
});
