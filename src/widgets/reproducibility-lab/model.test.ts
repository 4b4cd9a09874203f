// The lab's state and words: share links round-trip and bad ones are refused without throwing
// (fast-check, 1,000+ runs each), the card covers the classic list of ingredients, and the
// sentences say "match"/"differs" and count changed answers from a real rebuild report.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import published from "../../../content/data/published-weights.json" with { type: "json" };
import { decodeDigits, paramsFromValues, weightsFromSafetensors } from "../../core/nn/index.ts";
import {
  EPOCH_CHOICES,
  HIDDEN_CHOICES,
  LEARNING_RATE_CHOICES,
  MAX_SEED,
  PUBLISHED_LAB_RECIPE,
  compareWithPublished,
  type LabRecipe,
} from "../../core/nn/lab/index.ts";
import { decodeShare, encodeShare } from "../../core/share/fragment.ts";
import {
  INGREDIENTS,
  behaviourSummary,
  changedSummary,
  isPublished,
  labShareSpec,
  parseSeed,
  verdict,
  withChoice,
} from "./model.ts";

const recipeArbitrary: fc.Arbitrary<LabRecipe> = fc.record({
  labels: fc.constantFrom("shipped", "fixed"),
  subset: fc.constantFrom("all", "drop-1pct"),
  order: fc.constantFrom("shipped", "reversed", "by-batch"),
  hiddenUnits: fc.constantFrom(...HIDDEN_CHOICES),
  learningRate: fc.constantFrom(...LEARNING_RATE_CHOICES),
  epochs: fc.constantFrom(...EPOCH_CHOICES),
  script: fc.constantFrom("v1", "v2"),
  exp: fc.constantFrom("ours", "engine", "other"),
  seed: fc.integer({ min: 0, max: MAX_SEED }),
  sum: fc.constantFrom("sequential", "blocked", "pairwise"),
  precision: fc.constantFrom("float64", "float32"),
});

describe("share links", () => {
  it("round-trip every recipe (1,000 runs)", () => {
    fc.assert(
      fc.property(recipeArbitrary, (recipe) => {
        const decoded = decodeShare(labShareSpec, `#${encodeShare(labShareSpec, recipe)}`);
        expect(decoded).toEqual({ kind: "ok", state: recipe });
      }),
      { numRuns: 1000 },
    );
  });

  it("never throw on any fragment, and refuse what is not a lab recipe (1,000 runs each)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const decoded = decodeShare(labShareSpec, `#reproducibility-lab=${text}`);
        expect(["none", "ok", "invalid"]).toContain(decoded.kind);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const fragment = `#reproducibility-lab=1.${Buffer.from(JSON.stringify(json) ?? "null").toString("base64url")}`;
        const decoded = decodeShare(labShareSpec, fragment);
        if (decoded.kind === "ok") expect(labShareSpec.check(decoded.state, "s").ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses one wrong field with a notice naming it", () => {
    const bad = [{ seed: -1 }, { seed: 2 ** 32 }, { hiddenUnits: 33 }, { exp: "fast" }, { extra: 1 }];
    for (const change of bad) {
      const decoded = decodeShare(
        labShareSpec,
        `#${encodeShare(labShareSpec, { ...PUBLISHED_LAB_RECIPE, ...change } as unknown as LabRecipe)}`,
      );
      expect(decoded.kind).toBe("invalid");
    }
    const newer = decodeShare(labShareSpec, "#reproducibility-lab=2.e30");
    expect(newer.kind === "invalid" && newer.notice).toMatch(/newer version/);
  });

  it("keeps a frozen version-1 link working", () => {
    const frozen =
      "#reproducibility-lab=1." +
      Buffer.from(JSON.stringify({ ...PUBLISHED_LAB_RECIPE, seed: 2, sum: "pairwise" })).toString("base64url");
    expect(decodeShare(labShareSpec, frozen)).toEqual({
      kind: "ok",
      state: { ...PUBLISHED_LAB_RECIPE, seed: 2, sum: "pairwise" },
    });
  });
});

describe("the recipe card", () => {
  it("lists the classic ingredients, and says why where it cannot simulate one", () => {
    expect(INGREDIENTS.map((i) => i.name)).toEqual([
      "Training data",
      "Labels",
      "Network structure",
      "Training parameters",
      "Training-script version",
      "Library versions",
      "Random seed",
      "Hardware",
      "Operating system",
    ]);
    const os = INGREDIENTS.find((i) => i.id === "os")!;
    expect(os.controls).toHaveLength(0);
    expect(os.limit).toMatch(/Not simulated/);
    expect(INGREDIENTS.find((i) => i.id === "library")!.limit).toMatch(/depend on the browser engine/);
  });

  it("every control's published choice is the published recipe, and choices stay valid", () => {
    for (const ingredient of INGREDIENTS) {
      for (const control of ingredient.controls) {
        expect(control.choices.map((c) => c.value)).toContain(PUBLISHED_LAB_RECIPE[control.field]);
        for (const choice of control.choices) {
          const next = withChoice(PUBLISHED_LAB_RECIPE, control.field, String(choice.value));
          expect(next[control.field]).toBe(choice.value);
        }
      }
    }
    expect(withChoice(PUBLISHED_LAB_RECIPE, "hiddenUnits", "33")).toBe(PUBLISHED_LAB_RECIPE);
    expect(isPublished(PUBLISHED_LAB_RECIPE)).toBe(true);
    expect(changedSummary(PUBLISHED_LAB_RECIPE)).toBe("the published recipe");
    expect(changedSummary({ ...PUBLISHED_LAB_RECIPE, seed: 7 })).toBe("seed 7");
  });

  it("parses seeds: whole numbers within 32 bits, anything else is a message (1,000 runs)", () => {
    expect(parseSeed(" 42 ")).toEqual({ ok: true, seed: 42 });
    expect(parseSeed("4294967295")).toEqual({ ok: true, seed: MAX_SEED });
    for (const bad of ["", "-1", "1.5", "1e3", "4294967296", "99999999999", "0x10"])
      expect(parseSeed(bad).ok).toBe(false);
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const parsed = parseSeed(text);
        if (parsed.ok) expect(Number.isInteger(parsed.seed) && parsed.seed >= 0 && parsed.seed <= MAX_SEED).toBe(true);
        else expect(parsed.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the result sentences", () => {
  const data = decodeDigits(digitsJson);
  const weights = weightsFromSafetensors(
    readFileSync(new URL("../../../content/data/published-weights.safetensors", import.meta.url)),
  );
  if (!data.ok || !weights.ok) throw new Error("content/data does not decode");
  const run = { status: "trained", message: "", expTally: { calls: 0, differing: 0 } } as const;

  it("say match for the published weights, differs with counts for moved ones", () => {
    const same = compareWithPublished(weights.value, weights.value, data.value, run);
    expect(same.hash).toBe(published.sha256);
    expect(verdict(same)).toMatch(/^Same build/);
    expect(behaviourSummary(same)).toMatch(/^0 of 359 test images classified differently/);

    const moved = weights.value.values.map((v, i) => (i % 3 === 0 ? v * 1.5 : v));
    const differs = compareWithPublished(paramsFromValues(32, moved), weights.value, data.value, run);
    expect(verdict(differs)).toMatch(/^Another build/);
    expect(differs.differingWeights).toBeGreaterThan(700);
    expect(behaviourSummary(differs)).toMatch(/^\d+ of 359 test images classified differently/);
  });
});
