// Oracle: the engine's ICU formatter for English, which the pages used before (and which the
// chapters' prose follows: "14,731").
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "./count.ts";

const icu = new Intl.NumberFormat("en", { useGrouping: true, maximumFractionDigits: 0 });

describe("formatCount", () => {
  it("writes every safe integer as ICU's English format does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.integer()), (n) => {
        expect(formatCount(n)).toBe(icu.format(n));
      }),
      { numRuns: 20_000 },
    );
  });

  it("gets the group boundaries right", () => {
    for (const n of [
      0,
      7,
      999,
      1000,
      9999,
      10_000,
      100_000,
      999_999,
      1_000_000,
      14_731,
      -1,
      -1000,
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
    ])
      expect(formatCount(n), String(n)).toBe(icu.format(n));
  });

  it("leaves numbers it cannot write exactly to ICU", () => {
    for (const n of [1.5, 2 ** 60, Number.NaN, Infinity]) expect(formatCount(n)).toBe(n.toLocaleString("en"));
  });
});
