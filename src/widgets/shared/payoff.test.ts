import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePayoff } from "./payoff.ts";

const HASH = "a".repeat(64);

describe("parsePayoff", () => {
  it("keeps well-formed parts", () => {
    const text = JSON.stringify({
      source: { chars: 1, level: 1 },
      binary: { bytes: 1, lines: 1, level: 1 },
      weights: { numbers: 12, passed: 30, total: 36 },
      data: { examples: 3, retrainMs: 840, hash: HASH, passed: 36, total: 36 },
      lmWeights: { numbers: 48, passed: 3, total: 5 },
      lmData: { examples: 4, retrainMs: 21000, hash: HASH, passed: 5, total: 5 },
    });
    expect(parsePayoff(text)).toEqual(JSON.parse(text));
  });

  it("drops a part with a missing, negative, fractional or mistyped field, and unknown keys", () => {
    const text = JSON.stringify({
      source: { chars: -1, level: 1 },
      binary: { bytes: 1.5, lines: 1, level: 1 },
      weights: { numbers: "12", passed: 30, total: 36 },
      data: { examples: 3, retrainMs: 840, hash: "<script>", passed: 36, total: 36 },
      extra: { chars: 1 },
    });
    expect(parsePayoff(text)).toEqual({});
    expect(parsePayoff(JSON.stringify({ source: { chars: 2, level: 1, note: "x" } }))).toEqual({
      source: { chars: 2, level: 1 },
    });
  });

  it("reads nothing from oversized, malformed or non-object text", () => {
    expect(parsePayoff(null)).toEqual({});
    expect(parsePayoff("{")).toEqual({});
    expect(parsePayoff("[1,2]")).toEqual({});
    expect(parsePayoff(JSON.stringify({ source: { chars: 1, level: 1 }, pad: "x".repeat(3000) }))).toEqual({});
  });

  it("never throws and returns only known parts, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const parsed = parsePayoff(text);
        expect(
          Object.keys(parsed).every((key) =>
            ["source", "binary", "weights", "data", "lmWeights", "lmData"].includes(key),
          ),
        ).toBe(true);
      }),
    );
  });
});
