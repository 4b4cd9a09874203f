// Oracle: the xoshiro128** reference C code (Blackman & Vigna, prng.di.unimi.it/xoshiro128starstar.c)
// plus the splitmix32 seeding, compiled with gcc and run on the same seeds.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { randomPermutation, shuffleInPlace } from "./shuffle.ts";
import { createRng, rngFromState } from "./xoshiro128.ts";

const REFERENCE_C = String.raw`
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
static inline uint32_t rotl(const uint32_t x, int k) { return (x << k) | (x >> (32 - k)); }
static uint32_t s[4];
uint32_t next(void) {
  const uint32_t result = rotl(s[1] * 5, 7) * 9;
  const uint32_t t = s[1] << 9;
  s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 11);
  return result;
}
static uint32_t seed_state;
uint32_t splitmix32(void) {
  uint32_t z = (seed_state += 0x9e3779b9u);
  z = (z ^ (z >> 16)) * 0x85ebca6bu;
  z = (z ^ (z >> 13)) * 0xc2b2ae35u;
  return z ^ (z >> 16);
}
int main(int argc, char **argv) {
  for (int a = 1; a < argc; a++) {
    seed_state = (uint32_t)strtoul(argv[a], 0, 10);
    for (int i = 0; i < 4; i++) s[i] = splitmix32();
    for (int i = 0; i < 1000; i++) printf("%u\n", next());
  }
  return 0;
}`;

describe("xoshiro128** with splitmix32 seeding", () => {
  it("matches the reference C implementation for several seeds", () => {
    const dir = mkdtempSync(join(tmpdir(), "xoshiro-"));
    writeFileSync(join(dir, "ref.c"), REFERENCE_C);
    execFileSync("gcc", ["-O2", "-o", join(dir, "ref"), join(dir, "ref.c")]);
    const seeds = [0, 1, 42, 1797, 4294967295];
    const expected = execFileSync(join(dir, "ref"), seeds.map(String)).toString().trim().split("\n").map(Number);
    const actual: number[] = [];
    for (const seed of seeds) {
      const rng = createRng(seed);
      for (let i = 0; i < 1000; i++) actual.push(rng.nextUint32());
    }
    expect(actual).toEqual(expected);
  });

  it("resumes from a snapshot and replaces the all-zero state", () => {
    const rng = createRng(5);
    rng.nextUint32();
    const copy = rngFromState(rng.snapshot());
    for (let i = 0; i < 100; i++) expect(copy.nextUint32()).toBe(rng.nextUint32());
    const zero = rngFromState([0, 0, 0, 0]);
    const outputs = new Set(Array.from({ length: 10 }, () => zero.nextUint32()));
    expect(outputs.size).toBeGreaterThan(1);
  });

  it("nextFloat is in [0, 1) with 53-bit resolution and roughly uniform", () => {
    const rng = createRng(3);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 100000; i++) {
      const u = rng.nextFloat();
      expect(u >= 0 && u < 1).toBe(true);
      expect(Number.isInteger(u * 2 ** 53)).toBe(true);
      buckets[Math.floor(u * 10)]++;
    }
    for (const count of buckets) expect(Math.abs(count - 10000)).toBeLessThan(500);
  });

  it("nextInt covers [0, bound) evenly and rejects invalid bounds", () => {
    const rng = createRng(4);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 70000; i++) counts[rng.nextInt(7)]++;
    for (const count of counts) expect(Math.abs(count - 10000)).toBeLessThan(500);
    expect(rng.nextInt(1)).toBe(0);
    expect(rng.nextInt(2 ** 32)).toBeLessThan(2 ** 32);
    expect(() => rng.nextInt(0)).toThrow(RangeError);
    expect(() => rng.nextInt(1.5)).toThrow(RangeError);
  });
});

describe("Fisher–Yates", () => {
  it("gives a permutation, the same one for the same seed, and every order of 3 items", () => {
    const permutation = randomPermutation(1000, createRng(9));
    expect([...permutation].sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(randomPermutation(1000, createRng(9))).toEqual(permutation);
    expect(randomPermutation(1000, createRng(10))).not.toEqual(permutation);
    const seen = new Map<string, number>();
    const rng = createRng(11);
    for (let i = 0; i < 6000; i++) {
      const key = shuffleInPlace(["a", "b", "c"], rng).join("");
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    for (const count of seen.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });
});
