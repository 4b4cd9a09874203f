/**
 * A small seeded generator (mulberry32) for the machine's entry garbage and for the fixture
 * scripts' random inputs. The core never calls Math.random: the same seed gives the same garbage
 * in every engine, so a fault seen once can be replayed.
 */

/** Returns a function yielding uniformly distributed unsigned 32-bit integers. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}
