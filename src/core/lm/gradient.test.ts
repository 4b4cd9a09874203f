// Oracle: central finite differences of the loss, for every parameter of a small transformer
// (2 layers, 2 heads, random norms and biases), and for the residual nudge a rank-one edit uses.
import { describe, expect, it } from "vitest";
import { createRng } from "../rng/xoshiro128.ts";
import { backward, createScratch } from "./backward.ts";
import { createActivations, forward, type Activations, type ResidualNudge } from "./forward.ts";
import { initParams, type LmConfig } from "./params.ts";

const CONFIG: LmConfig = { vocabSize: 9, width: 8, heads: 2, layers: 2, mlpWidth: 6, context: 6 };
const INPUT = [0, 3, 5, 2, 7, 3];
const TARGETS = [3, 5, 2, 7, 3, -1].map((t, i) => (i === 2 ? -1 : t)); // one skipped position too

function loss(acts: Activations, targets: number[]): number {
  let sum = 0;
  for (let t = 0; t < acts.length; t++) {
    if (targets[t]! >= 0) sum += acts.logNormaliser[t]! - acts.logits[t * CONFIG.vocabSize + targets[t]!]!;
  }
  return sum;
}

function randomParams() {
  const rng = createRng(2024);
  const params = initParams(CONFIG, rng);
  // Larger, non-trivial values everywhere (biases and norm scales included), so no term hides.
  for (let i = 0; i < params.values.length; i++)
    params.values[i] = params.values[i]! * 10 + 0.3 * (rng.nextFloat() - 0.5);
  return params;
}

describe("transformer backward pass", () => {
  it("matches central finite differences on every parameter", () => {
    const params = randomParams();
    const acts = createActivations(CONFIG);
    const gradient = new Float64Array(params.values.length);
    forward(params, INPUT, acts);
    const analyticLoss = backward(params, acts, TARGETS, gradient, createScratch(params));
    expect(analyticLoss).toBeCloseTo(loss(acts, TARGETS), 12);
    expect(gradient.filter((g) => Math.abs(g) > 1e-3).length).toBeGreaterThan(params.values.length / 2);

    const step = 1e-5;
    let worst = 0;
    for (let i = 0; i < params.values.length; i++) {
      const original = params.values[i]!;
      params.values[i] = original + step;
      forward(params, INPUT, acts);
      const plus = loss(acts, TARGETS);
      params.values[i] = original - step;
      forward(params, INPUT, acts);
      const minus = loss(acts, TARGETS);
      params.values[i] = original;
      const numeric = (plus - minus) / (2 * step);
      const name = params.tensors.find((t) => i >= t.offset && i < t.offset + t.length)!.name;
      expect(Math.abs(numeric - gradient[i]!), `${name} [${i}]`).toBeLessThan(1e-7 + 1e-5 * Math.abs(numeric));
      worst = Math.max(worst, Math.abs(numeric - gradient[i]!));
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it("gives the gradient with respect to each block's output (what a rank-one edit optimises)", () => {
    const params = randomParams();
    const acts = createActivations(CONFIG);
    const scratch = createScratch(params);
    const delta = new Float64Array(CONFIG.width);
    for (const layer of [0, 1]) {
      for (const position of [1, 4]) {
        const nudge: ResidualNudge = { layer, position, delta };
        delta.fill(0);
        forward(params, INPUT, acts, nudge);
        backward(params, acts, TARGETS, new Float64Array(params.values.length), scratch);
        const analytic = scratch.blockOutput[layer]!.slice(position * CONFIG.width, (position + 1) * CONFIG.width);
        for (let i = 0; i < CONFIG.width; i++) {
          delta.fill(0);
          delta[i] = 1e-5;
          forward(params, INPUT, acts, nudge);
          const plus = loss(acts, TARGETS);
          delta[i] = -1e-5;
          forward(params, INPUT, acts, nudge);
          const minus = loss(acts, TARGETS);
          const numeric = (plus - minus) / 2e-5;
          expect(Math.abs(numeric - analytic[i]!), `layer ${layer} position ${position} dim ${i}`).toBeLessThan(
            1e-7 + 1e-5 * Math.abs(numeric),
          );
        }
      }
    }
  });
});
