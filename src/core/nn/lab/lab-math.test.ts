// The arithmetic ingredients against simple oracles: exact integer sums (any order must agree),
// the core's own sequential loop (bit for bit), float32 values (fround is the identity on them),
// and detExp — itself checked against a 300-bit reference in det-math.test.ts.
import { describe, expect, it } from "vitest";
import { createRng } from "../../rng/xoshiro128.ts";
import { detExp } from "../det-math.ts";
import { EXP_MODE, labExp, otherExp, reduceProducts } from "./lab-math.ts";

/** Values from the core's one generator; divided by 3, not a short binary fraction, so sums round. */
const sample = (n: number, seed: number) => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => (rng.nextFloat() - 0.5) / 3);
};

describe("reduceProducts", () => {
  it("sequential float64 is the core's loop, bit for bit", () => {
    for (let seed = 1; seed < 50; seed++) {
      const values = sample(64, seed);
      let expected = 0.25;
      for (const value of values) expected += value;
      expect(reduceProducts(0.25, values, 64, 0, false)).toBe(expected);
    }
  });

  it("every order gives the exact sum of small integers (no rounding happens)", () => {
    const values = Float64Array.from({ length: 37 }, (_, i) => i * 3 - 50);
    const exact = values.reduce((a, b) => a + b, 7);
    for (const mode of [0, 1, 2]) expect(reduceProducts(7, Float64Array.from(values), 37, mode, false)).toBe(exact);
  });

  it("orders differ in the last bits on real data, and float32 results are float32 values", () => {
    let differing = 0;
    for (let seed = 1; seed < 200; seed++) {
      const values = sample(64, seed);
      const sequential = reduceProducts(0, Float64Array.from(values), 64, 0, false);
      const pairwise = reduceProducts(0, Float64Array.from(values), 64, 2, false);
      if (sequential !== pairwise) differing++;
      expect(Math.abs(sequential - pairwise)).toBeLessThan(1e-14);
      const single = reduceProducts(0, Float64Array.from(values), 64, 1, true);
      expect(Math.fround(single)).toBe(single);
    }
    expect(differing).toBeGreaterThan(20);
  });
});

describe("otherExp, the stand-in for another engine's Math.exp", () => {
  it("is as accurate as ours (within 2 ulp) yet differs in the last bit on a share of inputs", () => {
    let differing = 0;
    const count = 20000;
    for (let i = 0; i < count; i++) {
      const x = -40 + (40 * i) / count + 1e-7;
      const ours = detExp(x);
      const other = otherExp(x);
      if (other !== ours) differing++;
      expect(Math.abs(other - ours) / ours).toBeLessThan(2 * 2 ** -52);
    }
    expect(differing / count).toBeGreaterThan(0.01);
    expect(differing / count).toBeLessThan(0.5);
  });

  it("handles the edges like Math.exp", () => {
    expect(otherExp(0)).toBe(1);
    expect(otherExp(-Infinity)).toBe(0);
    expect(otherExp(Infinity)).toBe(Infinity);
    expect(otherExp(NaN)).toBeNaN();
    expect(otherExp(-800)).toBe(0);
    expect(otherExp(1000)).toBe(Infinity);
    expect(Math.abs(otherExp(-700) / detExp(-700) - 1)).toBeLessThan(1e-15);
  });
});

describe("labExp", () => {
  it("tallies the engine's Math.exp against ours and computes the chosen function", () => {
    const tally = { calls: 0, differing: 0 };
    expect(labExp(-1.5, EXP_MODE.ours, tally)).toBe(detExp(-1.5));
    expect(labExp(-1.5, EXP_MODE.other, tally)).toBe(otherExp(-1.5));
    expect(tally.calls).toBe(0);
    expect(labExp(-1.5, EXP_MODE.engine, tally)).toBe(Math.exp(-1.5));
    expect(tally.calls).toBe(1);
    expect(tally.differing).toBe(Math.exp(-1.5) === detExp(-1.5) ? 0 : 1);
  });
});
