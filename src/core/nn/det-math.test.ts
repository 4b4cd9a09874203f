// Oracle for detExp: exp computed with BigInt fixed-point arithmetic at 300 fractional bits
// (ln 2 from its series, e^r from Taylor), compared with the double's exact value in units of
// its last place. Math.exp is only a loose second check. detLog/detSqrt are checked loosely
// against Math (they are display/initialisation helpers, not claimed correctly rounded).
import { describe, expect, it } from "vitest";
import { createRng } from "../rng/xoshiro128.ts";
import { detExp, detLog, detSqrt } from "./det-math.ts";

const FRACTION_BITS = 300n;
const ONE = 1n << FRACTION_BITS;

/** ln 2 = Σ 1/(n·2^n), to 300 bits. */
const LN2_FIXED = (() => {
  let sum = 0n;
  for (let n = 1n; n < 330n; n++) sum += ONE / (n << n);
  return sum;
})();

/** A finite double as [integer mantissa, binary exponent], value = mantissa·2^exponent, exactly. */
function exactParts(x: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const biased = (bits >> 52n) & 0x7ffn;
  const fraction = bits & ((1n << 52n) - 1n);
  if (biased === 0n) return [sign * fraction, -1074n];
  return [sign * (fraction | (1n << 52n)), biased - 1075n];
}

/** floor(value · 2^300) for a double. */
function toFixed(x: number): bigint {
  const [mantissa, exponent] = exactParts(x);
  const shift = exponent + FRACTION_BITS;
  return shift >= 0n ? mantissa << shift : mantissa >> -shift;
}

/** e^x as [fixed-point e^r, k] with e^x = e^r · 2^k, |r| ≤ ~0.35, r to 300 bits. */
function referenceExp(x: number): [bigint, bigint] {
  const k = BigInt(Math.round(x / 0.6931471805599453));
  const r = toFixed(x) - k * LN2_FIXED;
  let term = ONE;
  let sum = ONE;
  for (let n = 1n; n < 80n; n++) {
    term = (term * r) / (ONE * n);
    if (term === 0n) break;
    sum += term;
  }
  return [sum, k];
}

/** |y − e^x| in ulps of y, times 1000 (an integer). */
function errorInMilliUlps(x: number, y = detExp(x)): bigint {
  const [expR, k] = referenceExp(x);
  const [mantissa, exponent] = exactParts(y);
  // ulp of y: 2^(exponent) for normal doubles (mantissa has 53 bits), 2^-1074 for subnormals.
  const ulpExponent = exponent;
  // error / ulp = |mantissa·2^e − expR·2^(k−300)| / 2^e = |mantissa − expR·2^(k−300−e)|.
  const shift = k - FRACTION_BITS - ulpExponent;
  // Keep 40 extra bits so the comparison below is not hidden by truncation.
  const scaledTruth = shift >= -40n ? expR << (shift + 40n) : expR >> -(shift + 40n);
  const scaledY = mantissa << 40n;
  const diff = scaledY > scaledTruth ? scaledY - scaledTruth : scaledTruth - scaledY;
  return (diff * 1000n) >> 40n;
}

function randomDouble(rng: ReturnType<typeof createRng>, low: number, high: number): number {
  return low + (high - low) * rng.nextFloat();
}

describe("detExp", () => {
  it("is within 1 ulp of a 300-bit reference over the whole finite range and near the branch points", () => {
    const rng = createRng(2024);
    const inputs: number[] = [0, -0, 1, -1, 0.5, -0.5, 1e-9, -1e-9, 3.7e-9, 700, -700, 709.78, -745.1];
    for (let i = 0; i < 4000; i++) inputs.push(randomDouble(rng, -745, 709.7));
    for (let i = 0; i < 3000; i++) inputs.push(randomDouble(rng, -40, 40)); // the softmax range
    for (let i = 0; i < 1000; i++) inputs.push(randomDouble(rng, -1.1, 1.1)); // both reduction branches
    for (const centre of [0.34657359027997264, 1.0397207708399179, -0.34657359027997264, -1.0397207708399179]) {
      for (let i = -50; i <= 50; i++) inputs.push(centre + i * 1e-16);
    }
    for (let i = 0; i < 300; i++) inputs.push(randomDouble(rng, -745.1, -708)); // subnormal results
    let worst = 0n;
    for (const x of inputs) {
      const milliUlps = errorInMilliUlps(x);
      if (milliUlps > worst) worst = milliUlps;
      expect(milliUlps, `exp(${x}) = ${detExp(x)}`).toBeLessThan(1000n);
    }
    // Record the worst case seen; fdlibm's own documented bound is < 1 ulp.
    expect(Number(worst) / 1000).toBeLessThan(1);
  });

  it("has an oracle that notices a 2-ulp error and agrees that exp(1) is 2.718281828459045", () => {
    const e = 2.718281828459045;
    expect(errorInMilliUlps(1, e)).toBeLessThan(500n);
    expect(errorInMilliUlps(1, e + 2 * 4.440892098500626e-16)).toBeGreaterThan(1500n);
    expect(errorInMilliUlps(-2, detExp(-2) * (1 + 2 ** -51))).toBeGreaterThan(1000n);
  });

  it("handles the special values", () => {
    expect(detExp(NaN)).toBeNaN();
    expect(detExp(Infinity)).toBe(Infinity);
    expect(detExp(-Infinity)).toBe(0);
    expect(detExp(710)).toBe(Infinity);
    expect(detExp(-746)).toBe(0);
    expect(detExp(0)).toBe(1);
    expect(Number.isFinite(detExp(709.782712893383))).toBe(true);
  });

  it("agrees loosely with Math.exp", () => {
    const rng = createRng(7);
    for (let i = 0; i < 10000; i++) {
      const x = randomDouble(rng, -700, 700);
      expect(Math.abs(detExp(x) / Math.exp(x) - 1)).toBeLessThan(1e-15);
    }
  });
});

describe("detLog and detSqrt", () => {
  it("detLog agrees with Math.log to ~1e-15 relative (absolute near 1)", () => {
    const rng = createRng(8);
    const inputs = [1, 2, 0.5, 1e-300, 5e-324, 1e300, 1.4142135623730951, 1.4142135623730954];
    for (let i = 0; i < 10000; i++) inputs.push(detExp(randomDouble(rng, -740, 700)));
    for (const x of inputs) {
      const expected = Math.log(x);
      expect(Math.abs(detLog(x) - expected)).toBeLessThanOrEqual(2e-16 + 1e-15 * Math.abs(expected));
    }
    expect(detLog(0)).toBe(-Infinity);
    expect(detLog(-1)).toBeNaN();
  });

  it("detSqrt is within 1 ulp of Math.sqrt (correctly rounded in V8) and exact on squares", () => {
    const rng = createRng(9);
    const inputs = [4, 9, 2, 0.25, 1e-310, 1e308, 6 / 64, 6 / 32];
    for (let i = 0; i < 10000; i++) inputs.push(detExp(randomDouble(rng, -740, 700)));
    for (const x of inputs) {
      const root = detSqrt(x);
      const expected = Math.sqrt(x);
      const ulp = Math.max(Number.MIN_VALUE, expected * 2.220446049250313e-16);
      expect(Math.abs(root - expected)).toBeLessThanOrEqual(ulp);
    }
    for (let n = 1; n < 2000; n++) expect(detSqrt(n * n)).toBe(n);
  });
});
