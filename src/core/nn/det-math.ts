/**
 * exp, log and sqrt from + − × ÷ only. ECMAScript lets engines approximate Math.exp, Math.log,
 * Math.sqrt (V8 and QuickJS disagree on ~10 % of Math.exp results), while + − × ÷, comparisons,
 * Math.trunc and DataView bit access are exactly specified. Anything that shapes the trained
 * weights goes through these functions, so a seed gives the same weights on every engine.
 *
 * `detExp` is a port of fdlibm's e_exp.c (Sun Microsystems, 1993; the algorithm behind most libms):
 * reduce x = k·ln2 + r with ln2 split in two parts so k·ln2_hi is exact, approximate exp(r) with a
 * degree-5 Remez polynomial in r² through a rational form, then scale by 2^k. fdlibm states an
 * error below 1 ulp; det-math.test.ts checks that against a 300-bit BigInt reference.
 */

const HALF_LN2 = 0.34657359027997264; // 0.5·ln2 rounded; only a branch threshold
const THREE_HALVES_LN2 = 1.0397207708399179;
const OVERFLOW_THRESHOLD = 7.09782712893383973096e2; // largest x with exp(x) < 2^1024
const UNDERFLOW_THRESHOLD = -7.4513321910194110842e2; // below this exp(x) rounds to 0
const LN2_HI = 6.9314718036912381649e-1; // ln2's top 32 bits: k·LN2_HI is exact for |k| < 2^21
const LN2_LO = 1.90821492927058770002e-10; // ln2 − LN2_HI
const INV_LN2 = 1.442695040888963387;
const TWO_POW_MINUS_28 = 3.725290298461914e-9;
// Remez coefficients of R(r²) ≈ r·(exp(r)+1)/(exp(r)−1) − 2 on [−0.35, 0.35], from fdlibm.
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

const scratch = new DataView(new ArrayBuffer(8));

/** 2^k for an integer k in [−1022, 1023], built from its bit pattern (exact). */
export function powerOfTwo(k: number): number {
  // Little-endian: the high word (sign, exponent) is bytes 4–7.
  scratch.setUint32(4, (k + 1023) << 20, true);
  scratch.setUint32(0, 0, true);
  return scratch.getFloat64(0, true);
}

const TWO_POW_MINUS_1000 = powerOfTwo(-1000);
const TWO_POW_1023 = powerOfTwo(1023);

/** e^x, within 1 ulp, identical on every conforming engine. */
export function detExp(x: number): number {
  if (x !== x) return x;
  if (x > OVERFLOW_THRESHOLD) return Infinity;
  if (x < UNDERFLOW_THRESHOLD) return 0;

  const negative = x < 0;
  const absX = negative ? -x : x;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (absX > HALF_LN2) {
    if (absX < THREE_HALVES_LN2) {
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = Math.trunc(INV_LN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (absX < TWO_POW_MINUS_28) {
    return 1 + x;
  }

  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  if (k >= -1021) {
    // y·2^k is exact here; 2^1024 itself is not a double, so k = 1024 goes in two steps.
    return k === 1024 ? y * 2 * TWO_POW_1023 : y * powerOfTwo(k);
  }
  // Subnormal result: scale into the normal range first so only the last multiply rounds.
  return y * powerOfTwo(k + 1000) * TWO_POW_MINUS_1000;
}

/** Splits a finite x > 0 into [mantissa in [1, 2), exponent] with x = mantissa · 2^exponent. */
function splitExponent(x: number): [number, number] {
  let extraExponent = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54 lifts a subnormal into the normal range, exactly
    extraExponent = -54;
  }
  scratch.setFloat64(0, x, true);
  const highWord = scratch.getUint32(4, true);
  const exponent = ((highWord >>> 20) & 0x7ff) - 1023;
  scratch.setUint32(4, (highWord & 0x800fffff) | (1023 << 20), true);
  return [scratch.getFloat64(0, true), exponent + extraExponent];
}

/**
 * Natural log for display (the loss curve). Not claimed to be correctly rounded: a few ulps, but
 * deterministic. log(m·2^e) = e·ln2 + 2·atanh((m−1)/(m+1)) with m moved into [√½, √2).
 */
export function detLog(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let [mantissa, exponent] = splitExponent(x);
  if (mantissa > 1.4142135623730951) {
    mantissa /= 2;
    exponent += 1;
  }
  const s = (mantissa - 1) / (mantissa + 1);
  const s2 = s * s;
  // |s| ≤ 0.172, so s^25/25 < 1e-20: twelve odd terms reach double precision.
  let series = 1 / 25;
  for (let n = 23; n >= 1; n -= 2) series = 1 / n + s2 * series;
  const logMantissa = 2 * s * series;
  return exponent * LN2_HI + (logMantissa + exponent * LN2_LO);
}

/**
 * √x for x ≥ 0 by Newton's method from an exponent-halving first guess: a fixed number of steps,
 * so the result is the same everywhere (within 1 ulp of the correctly rounded root).
 */
export function detSqrt(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0 || x === Infinity) return x;
  const [mantissa, exponent] = splitExponent(x);
  // x = mantissa·2^exponent; guess √x ≈ (1 + (mantissa−1)/2)·2^⌊exponent/2⌋, within a factor √2·1.06.
  const halfExponent = Math.floor(exponent / 2);
  const oddExponent = exponent - 2 * halfExponent;
  let guess = (0.5 + mantissa / 2) * (oddExponent === 1 ? 1.4142135623730951 : 1);
  guess = scaleByPowerOfTwo(guess, halfExponent);
  // Newton doubles the correct bits each step: from ~3 bits, 6 steps exceed 53 bits.
  for (let step = 0; step < 6; step++) guess = 0.5 * (guess + x / guess);
  return guess;
}

function scaleByPowerOfTwo(value: number, k: number): number {
  while (k > 1000) {
    value *= powerOfTwo(1000);
    k -= 1000;
  }
  while (k < -1000) {
    value *= powerOfTwo(-1000);
    k += 1000;
  }
  return value * powerOfTwo(k);
}
