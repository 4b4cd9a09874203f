/**
 * Fisher–Yates shuffling driven by a passed-in `Rng`, so a seed fixes the permutation on every
 * engine. Walks from the last position down, the textbook order (Knuth, TAOCP vol. 2, Algorithm P).
 */
import type { Rng } from "./xoshiro128.ts";

/** Shuffles `items` in place and returns it. */
export function shuffleInPlace<T extends { length: number; [index: number]: unknown }>(items: T, rng: Rng): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const held = items[i];
    items[i] = items[j];
    items[j] = held;
  }
  return items;
}

/** The integers 0 … count−1 in a random order. */
export function randomPermutation(count: number, rng: Rng): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return shuffleInPlace(order, rng);
}
