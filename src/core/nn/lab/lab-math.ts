/**
 * The "library" and "hardware" ingredients as arithmetic: which exp, in which order the products
 * of a dot product are added, and whether partial sums are rounded to float32. Each choice is
 * written from exactly specified operations (+ − × ÷, Math.fround, DataView) — except "engine",
 * which is the browser's own Math.exp and therefore the one choice whose bits depend on the engine.
 */
import { detExp, powerOfTwo } from "../det-math.ts";
import type { ExpChoice, SumChoice } from "./lab-recipe.ts";

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
/** 1/n! for n = 0 … 13, each the double nearest the exact value (computed from exact integers). */
const INVERSE_FACTORIALS = Array.from({ length: 14 }, (_, n) => {
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i; // exact: 13! < 2^53
  return 1 / factorial;
});

/**
 * A stand-in for another engine's Math.exp: as accurate as ours (about 1 ulp) but computed
 * differently — the same reduction x = k·ln2 + r, then a plain Taylor series in r by Horner's rule
 * instead of fdlibm's rational Remez form. Like two real libms it agrees with detExp on most
 * inputs and differs in the last bit on some (lab-math.test.ts measures how many).
 */
export function otherExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.78) return Infinity;
  if (x < -745.13) return 0;
  const k = Math.round(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let sum = INVERSE_FACTORIALS[13]!;
  for (let n = 12; n >= 0; n--) sum = sum * r + INVERSE_FACTORIALS[n]!;
  if (k > 1023) return sum * powerOfTwo(1023) * powerOfTwo(k - 1023);
  if (k < -1022) return sum * powerOfTwo(k + 1000) * powerOfTwo(-1000);
  return sum * powerOfTwo(k);
}

/** Counts how often the engine's Math.exp disagreed with ours, so the lab can report it. */
export interface ExpTally {
  calls: number;
  differing: number;
}

/** The choices as small integers: the hot loop branches on them instead of calling closures. */
export const EXP_MODE: Record<ExpChoice, number> = { ours: 0, engine: 1, other: 2 };
export const SUM_MODE: Record<SumChoice, number> = { sequential: 0, blocked: 1, pairwise: 2 };

/** exp by the chosen "library"; with "engine" it also tallies disagreements with detExp. */
export function labExp(x: number, expMode: number, tally: ExpTally): number {
  if (expMode === 0) return detExp(x);
  if (expMode === 2) return otherExp(x);
  const value = Math.exp(x);
  tally.calls++;
  if (value !== detExp(x) && x === x) tally.differing++;
  return value;
}

/**
 * `init + Σ products[0 … n)` in the chosen order, rounding every partial sum to float32 when
 * `f32`. Sequential float64 is exactly the core's `sum = init; sum += product` loop. Blocked
 * keeps 4 running lanes (as 4-wide SIMD does) and adds them at the end; pairwise adds
 * neighbours in a tree (as a parallel reduction does; it overwrites `products`). One function with integer modes, not
 * closures, keeps V8's call sites monomorphic however many variants a page trains.
 */
export function reduceProducts(init: number, products: Float64Array, n: number, sumMode: number, f32: boolean): number {
  if (sumMode === 0) {
    let acc = f32 ? Math.fround(init) : init;
    for (let i = 0; i < n; i++) {
      acc += products[i]!;
      if (f32) acc = Math.fround(acc);
    }
    return acc;
  }
  if (sumMode === 1) {
    let l0 = 0;
    let l1 = 0;
    let l2 = 0;
    let l3 = 0;
    let i = 0;
    for (; i + 3 < n; i += 4) {
      l0 += products[i]!;
      l1 += products[i + 1]!;
      l2 += products[i + 2]!;
      l3 += products[i + 3]!;
      if (f32) {
        l0 = Math.fround(l0);
        l1 = Math.fround(l1);
        l2 = Math.fround(l2);
        l3 = Math.fround(l3);
      }
    }
    for (; i < n; i++) l0 = f32 ? Math.fround(l0 + products[i]!) : l0 + products[i]!;
    const lanes = f32 ? Math.fround(Math.fround(l0 + l1) + Math.fround(l2 + l3)) : l0 + l1 + (l2 + l3);
    return f32 ? Math.fround(Math.fround(init) + lanes) : init + lanes;
  }
  // Pairwise in place (the products are scratch): neighbours, then pairs of pairs, …
  for (let width = 1; width < n; width *= 2) {
    for (let i = 0; i + width < n; i += 2 * width) {
      const sum = products[i]! + products[i + width]!;
      products[i] = f32 ? Math.fround(sum) : sum;
    }
  }
  const total = n > 0 ? products[0]! : 0;
  return f32 ? Math.fround(Math.fround(init) + total) : init + total;
}
