// Oracle: central finite differences of the loss, for every parameter of a small network
// (64 → 4 → 10, random biases too) on a few real training images, some with the buggy labels.
import { describe, expect, it } from "vitest";
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import { createRng } from "../rng/xoshiro128.ts";
import { lossAndGradient, meanLoss } from "./backprop.ts";
import { decodeDigits } from "./digits-data.ts";
import { applyEdits } from "./edits.ts";
import { initParams } from "./mlp.ts";

describe("backpropagation", () => {
  it("matches central finite differences on every parameter", () => {
    const decoded = decodeDigits(digitsJson);
    if (!decoded.ok) throw new Error("digits.json does not decode");
    const set = applyEdits(decoded.value.train, decoded.value.batchNames, []);
    if (!set.ok) throw new Error("no edits cannot fail");
    const rng = createRng(123);
    const params = initParams(4, rng);
    for (let i = 0; i < params.hiddenBias.length; i++) params.hiddenBias[i] = 0.2 * (rng.nextFloat() - 0.5);
    for (let i = 0; i < params.outputBias.length; i++) params.outputBias[i] = 0.2 * (rng.nextFloat() - 0.5);
    // Six examples spread over the digits (the set is ordered by digit).
    const examples = Int32Array.from([0, 250, 500, 750, 950, 1150]);

    const { loss, gradient } = lossAndGradient(params, set.value, examples);
    expect(loss).toBeGreaterThan(0);
    expect(gradient.some((g) => Math.abs(g) > 1e-3)).toBe(true);

    const step = 1e-5;
    let worst = 0;
    for (let i = 0; i < params.values.length; i++) {
      const original = params.values[i]!;
      params.values[i] = original + step;
      const plus = meanLoss(params, set.value, examples);
      params.values[i] = original - step;
      const minus = meanLoss(params, set.value, examples);
      params.values[i] = original;
      const numeric = (plus - minus) / (2 * step);
      const error = Math.abs(numeric - gradient[i]!) / Math.max(1e-6, Math.abs(numeric) + Math.abs(gradient[i]!));
      worst = Math.max(worst, error);
      expect(Math.abs(numeric - gradient[i]!), `parameter ${i}`).toBeLessThan(1e-8 + 1e-6 * Math.abs(numeric));
    }
    expect(worst).toBeLessThan(1e-4);
  });
});
