/**
 * Chapter 3 describes its network, its data and its thirteen tests in figures. This test reads
 * them off the shipped files (the published weights, digits.json, the behaviour suite's limits)
 * and checks that the chapter says the same. The searches' and the steelmen's figures are checked
 * where they are measured (src/core/nn/search/search.test.ts, src/core/nn/steelmen/steelmen.test.ts).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeDigits } from "../src/core/nn/digits-data.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../src/core/nn/shape.ts";
import {
  DIGIT_THRESHOLD,
  HOLDOUT_THRESHOLD,
  LOOKALIKE_LIMIT,
  REGRESSION_LIMIT,
  TEST_COUNT,
} from "../src/core/nn/suite.ts";
import { weightsFromSafetensors } from "../src/core/nn/weights.ts";
import { chapterSays, figure, numberWord } from "./chapter-prose.ts";
import digitsJson from "./data/digits.json" with { type: "json" };

const decoded = decodeDigits(digitsJson);
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;
const file = weightsFromSafetensors(new Uint8Array(readFileSync(new URL("data/published-weights.safetensors", import.meta.url))));
if (!file.ok) throw new Error("published weights do not parse");
const published = file.value;

const says = chapterSays("the-weights");
const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

describe("chapter 3's figures for its network, data and tests", () => {
  it("states the network's shape and its number of weights", () => {
    const H = published.hiddenUnits;
    says(`The network is tiny: ${PIXELS_PER_IMAGE} inputs, one for each cell; a hidden layer of ${H} units; ${DIGIT_COUNT} outputs`);
    says(`${PIXELS_PER_IMAGE} × ${H} = ${figure(PIXELS_PER_IMAGE * H)} weights from the inputs to the hidden layer, plus ${H} biases;`);
    says(`${H} × ${DIGIT_COUNT} = ${figure(H * DIGIT_COUNT)} weights from the hidden layer to the outputs, plus ${DIGIT_COUNT} biases.`);
    expect(published.values.length).toBe((PIXELS_PER_IMAGE + 1) * H + (H + 1) * DIGIT_COUNT);
    says(`That is ${figure(published.values.length)} numbers in all.`);
  });

  it("states the data set's size", () => {
    says(`We use its test set: ${figure(digitsJson.source.rows)} images`);
    expect(data.train.count + data.test.count + data.holdout.count).toBe(digitsJson.source.rows);
  });

  it("states the thirteen tests with the suite's own limits", () => {
    says(
      `Every repair is judged by ${numberWord(TEST_COUNT)} tests a practitioner might write after such a bug report: each digit read right on at least ${percent(DIGIT_THRESHOLD)} of ${data.test.count} test images, no digit read as one particular other digit more than ${numberWord(LOOKALIKE_LIMIT)} times, at most ${numberWord(REGRESSION_LIMIT)} images that the published model read right now read wrong, and every digit at least ${percent(HOLDOUT_THRESHOLD)} right on a second held-out set of ${data.holdout.count} images`,
    );
  });

  it("says how concentrated the bad batch is, counted in the training data by true label", () => {
    const bad = data.batchNames.indexOf(data.buggyBatch);
    expect(bad).toBeGreaterThanOrEqual(0);
    let sevens = 0;
    let sevensInBad = 0;
    for (let i = 0; i < data.train.count; i++) {
      if (data.train.fixedLabels[i] !== 7) continue;
      sevens++;
      if (data.train.batches[i] === bad) sevensInBad++;
    }
    const share = sevensInBad / (sevens / data.batchNames.length);
    // "nearly five times": rounds to five, and is below it.
    expect(Math.round(share)).toBe(5);
    expect(share).toBeLessThan(5);
    says(
      `that batch holds ${sevensInBad} of the training set’s ${sevens} 7s, nearly five times its share of ${numberWord(data.batchNames.length)} batches.`,
    );
  });
});
