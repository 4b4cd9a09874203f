import { describe, expect, it } from "vitest";
import { parameterCount as lmParameterCount } from "../../core/lm/params.ts";
import { LM_CONFIG } from "../../core/lm/model-spec.ts";
import { parameterCount } from "../../core/nn/shape.ts";
import { HIDDEN_UNITS } from "../../widgets/weights-challenge/model.ts";
import { payoffLines, WEIGHT_COUNTS } from "./payoff-text.ts";

const HASH = "0123456789abcdef".repeat(4);

describe("payoffLines", () => {
  it("states each model's weight count as its core computes it", () => {
    expect(WEIGHT_COUNTS.digits).toBe(parameterCount(HIDDEN_UNITS));
    expect(WEIGHT_COUNTS.lm).toBe(lmParameterCount(LM_CONFIG));
  });

  it("says nothing for a part the reader has not done, or an unknown part", () => {
    expect(payoffLines("binary", {})).toBeNull();
    expect(payoffLines("lmData", { data: { examples: 1, retrainMs: 1, hash: HASH, passed: 1, total: 1 } })).toBeNull();
    expect(payoffLines("toString", {})).toBeNull();
  });

  it("words each part from its own figures, singular and plural", () => {
    expect(payoffLines("binary", { binary: { bytes: 1, lines: 1, level: 1 } })).toEqual({
      figure: "1 byte",
      detail: "changed on 1 line of the listing (level 1); the tests pass.",
    });
    expect(payoffLines("source", { source: { chars: 2, level: 3 } })?.figure).toBe("2 characters");
    expect(payoffLines("weights", { weights: { numbers: 1200, passed: 11, total: 13 } })).toEqual({
      figure: "1,200 numbers",
      detail: "of 2,410 changed by hand; 11 of 13 tests pass.",
    });
    expect(payoffLines("lmWeights", { lmWeights: { numbers: 1, passed: 3, total: 5 } })).toEqual({
      figure: "1 number",
      detail: "of 14,731 changed by hand; 3 of 5 test groups pass.",
    });
    expect(
      payoffLines("lmData", { lmData: { examples: 4, retrainMs: 21_340, hash: HASH, passed: 5, total: 5 } }),
    ).toEqual({
      figure: "4 sentences",
      detail: "edited, retrained in 21.3 s; 5 of 5 test groups pass; SHA-256 0123456789ab…",
    });
    expect(
      payoffLines("data", { data: { examples: 1, retrainMs: 900, hash: HASH, passed: 13, total: 13 } })?.detail,
    ).toMatch(/^relabelled, retrained in 0\.9 s; 13 of 13 tests pass/);
  });
});
