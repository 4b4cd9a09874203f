/**
 * A seeded pseudo-random generator: xoshiro128** (Blackman & Vigna, 2018) on 32-bit integer
 * arithmetic. Every operation used (Math.imul, shifts, >>> 0, + − × ÷ of small integers) is exact in
 * ECMAScript, so a seed gives the same stream in V8, SpiderMonkey, JavaScriptCore and QuickJS.
 * The core takes no randomness from the platform: code that needs random numbers takes an `Rng`
 * argument, so every stream comes from a seed.
 */

/** The generator's whole state: four 32-bit words, never all zero. */
export type RngState = readonly [number, number, number, number];

export interface Rng {
  /** Next raw output, an integer in [0, 2^32). */
  nextUint32(): number;
  /** A float in [0, 1) with 53 random bits, built exactly (no rounding happens). */
  nextFloat(): number;
  /** An integer in [0, bound), without modulo bias. `bound` must be an integer in [1, 2^32]. */
  nextInt(bound: number): number;
  /** A copy of the current state, so a caller can save and later resume the stream. */
  snapshot(): RngState;
}

const TWO_POW_26 = 67108864;
const TWO_POW_32 = 4294967296;
const TWO_POW_53 = 9007199254740992;

/**
 * splitmix32 turns one seed into well-mixed state words; it is what the xoshiro authors suggest
 * for seeding, and it never yields an all-zero state for the four words together in practice
 * (we still guard against it in `rngFromState`).
 */
function splitmix32(seedState: { value: number }): number {
  seedState.value = (seedState.value + 0x9e3779b9) >>> 0;
  let z = seedState.value;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** A generator from a seed. The seed is reduced to 32 bits (ToUint32), so 2^32 + 1 acts as 1. */
export function createRng(seed: number): Rng {
  const seedState = { value: seed >>> 0 };
  return rngFromState([splitmix32(seedState), splitmix32(seedState), splitmix32(seedState), splitmix32(seedState)]);
}

/** A generator that continues from a saved state. An all-zero state (a fixed point) becomes 1,0,0,0. */
export function rngFromState(initial: RngState): Rng {
  let s0 = initial[0] >>> 0;
  let s1 = initial[1] >>> 0;
  let s2 = initial[2] >>> 0;
  let s3 = initial[3] >>> 0;
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;

  function nextUint32(): number {
    const product = Math.imul(s1, 5);
    const rotated = (product << 7) | (product >>> 25);
    const result = Math.imul(rotated, 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    s0 >>>= 0;
    s1 >>>= 0;
    s2 >>>= 0;
    s3 >>>= 0;
    return result;
  }

  function nextFloat(): number {
    // 27 + 26 bits: the sum is an integer below 2^53, and dividing by 2^53 only shifts the exponent.
    const high27 = nextUint32() >>> 5;
    const low26 = nextUint32() >>> 6;
    return (high27 * TWO_POW_26 + low26) / TWO_POW_53;
  }

  function nextInt(bound: number): number {
    if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
      throw new RangeError(`nextInt bound must be an integer in [1, 2^32], got ${bound}`);
    }
    // Reject the top partial block of 2^32 so every residue is equally likely.
    const limit = TWO_POW_32 - (TWO_POW_32 % bound);
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % bound;
    }
  }

  return {
    nextUint32,
    nextFloat,
    nextInt,
    snapshot: () => [s0, s1, s2, s3],
  };
}
