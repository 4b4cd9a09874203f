// The derived data file: its shape against the source's known facts (1,797 images, 0–16 values,
// 20 % test and 15 % second held-out split, stratified), and the decoder's problems-as-values on damaged input.
import { describe, expect, it } from "vitest";
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import { decodeDigits, DIGITS_FORMAT } from "./digits-data.ts";

describe("digits.json", () => {
  const decoded = decodeDigits(digitsJson);
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
  const data = decoded.value;

  it("holds all 1,797 source images, split 65/20/15 and stratified by digit", () => {
    expect(data.train.count + data.test.count + data.holdout.count).toBe(digitsJson.source.rows);
    expect(digitsJson.source.rows).toBe(1797);
    for (let digit = 0; digit < 10; digit++) {
      const inTrain = data.train.fixedLabels.filter((d) => d === digit).length;
      const inTest = data.test.labels.filter((d) => d === digit).length;
      const inHoldout = data.holdout.labels.filter((d) => d === digit).length;
      const all = inTrain + inTest + inHoldout;
      expect(Math.abs(inTest - 0.2 * all)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(inHoldout - 0.15 * all)).toBeLessThanOrEqual(0.5);
    }
  });

  it("has pixel values 0–16 and no image in two splits", () => {
    expect(Math.max(...data.train.pixels, ...data.test.pixels, ...data.holdout.pixels)).toBe(16);
    const key = (pixels: Uint8Array, i: number) => pixels.subarray(i * 64, i * 64 + 64).join(",");
    const keys = (split: { count: number; pixels: Uint8Array }) =>
      Array.from({ length: split.count }, (_, i) => key(split.pixels, i));
    const trainImages = new Set(keys(data.train));
    const testImages = new Set(keys(data.test));
    expect(keys(data.test).filter((k) => trainImages.has(k))).toEqual([]);
    expect(keys(data.holdout).filter((k) => trainImages.has(k) || testImages.has(k))).toEqual([]);
  });

  it("names 12 batches and records the source's SHA-256", () => {
    expect(data.batchNames).toHaveLength(12);
    expect(data.buggyBatch).toBe("batch-07");
    expect(data.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("decodeDigits on damaged input", () => {
  const cases: [string, unknown, string][] = [
    ["not an object", 42, "(root)"],
    ["wrong format", { ...digitsJson, format: "x" }, "format"],
    ["short labels", { ...digitsJson, test: { ...digitsJson.test, labels: "12" } }, "test.labels"],
    [
      "bad pixel character",
      { ...digitsJson, test: { ...digitsJson.test, pixels: "z" + digitsJson.test.pixels.slice(1) } },
      "test.pixels[0]",
    ],
    [
      "unknown buggy batch",
      { ...digitsJson, derivation: { ...digitsJson.derivation, buggyBatch: "batch-99" } },
      "derivation.buggyBatch",
    ],
    ["missing train", { ...digitsJson, train: undefined }, "train"],
    ["missing holdout", { ...digitsJson, holdout: undefined }, "holdout"],
  ];
  for (const [name, input, where] of cases) {
    it(name, () => {
      const decoded = decodeDigits(input);
      expect(decoded.ok).toBe(false);
      if (!decoded.ok) expect(decoded.problems.map((p) => p.where)).toContain(where);
    });
  }

  it("accepts the committed file's format tag", () => {
    expect(digitsJson.format).toBe(DIGITS_FORMAT);
  });
});
