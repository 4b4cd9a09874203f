/**
 * `detSqrt` (../nn/det-math.ts) without its allocation. Adam takes one square root per parameter
 * per step (25 million in a full retrain), and detSqrt's `splitExponent` returns a fresh
 * [mantissa, exponent] array each time: a profile of the retrain showed a quarter of its time in
 * that function and the garbage collector. This is the same arithmetic, step for step (same first
 * guess, same six Newton steps), so every result is bit-identical to detSqrt's; sqrt.test.ts checks
 * that on random bit patterns, subnormals and edge cases, and the published hash checks the rest.
 */

const bits = new DataView(new ArrayBuffer(8));
const SMALLEST_NORMAL = 2.2250738585072014e-308;
const TWO_POW_54 = 18014398509481984;
const SQRT2 = 1.4142135623730951;

/** √x for x ≥ 0, equal bit for bit to detSqrt(x). */
export function lmSqrt(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0 || x === Infinity) return x;
  // splitExponent: x = mantissa·2^exponent with mantissa in [1, 2) (subnormals lifted exactly first).
  let lifted = x;
  let exponent = -1023;
  if (lifted < SMALLEST_NORMAL) {
    lifted *= TWO_POW_54;
    exponent -= 54;
  }
  bits.setFloat64(0, lifted, true);
  const highWord = bits.getUint32(4, true);
  exponent += (highWord >>> 20) & 0x7ff;
  bits.setUint32(4, (highWord & 0x800fffff) | (1023 << 20), true);
  const mantissa = bits.getFloat64(0, true);
  const halfExponent = Math.floor(exponent / 2);
  // ×1 is exact, so skipping it for an even exponent changes no bit.
  let guess = 0.5 + mantissa / 2;
  if (exponent - 2 * halfExponent === 1) guess *= SQRT2;
  // scaleByPowerOfTwo: halfExponent lies in [−537, 511], so one exact power of two (no loop).
  bits.setUint32(4, (halfExponent + 1023) << 20, true);
  bits.setUint32(0, 0, true);
  guess *= bits.getFloat64(0, true);
  for (let step = 0; step < 6; step++) guess = 0.5 * (guess + x / guess);
  return guess;
}
