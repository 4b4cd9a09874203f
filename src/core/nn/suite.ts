/**
 * The behaviour tests a model must pass, as a practitioner would write them for a digit reader
 * that shipped with a labelling bug. Every test is a function of the model's predicted digits
 * only (never of its confidence), so a prediction-level tally is all the searches in search/
 * have to keep up to date, and each test is exactly "pass" or "fail" on every interval of a
 * parameter's value.
 *
 *   - per digit: ≥ 90 % of the held-out test set's images of that digit read right;
 *   - look-alikes: no digit read as one particular other digit more than LOOKALIKE_LIMIT times
 *     in the test set (the bug report was "7s read as 1s"; this keeps every such pair in view);
 *   - regressions: of the test images the published model read right, at most
 *     REGRESSION_LIMIT now read wrong (a retrain on fixed data moves a few borderline images;
 *     this tolerance passes that, measured over several seeds in suite.test.ts);
 *   - a second held-out set, never shown in the page: every digit ≥ 80 % there (it has about 27
 *     images per digit, so one image moves a digit by ~4 %).
 */
import { DIGIT_COUNT } from "./shape.ts";

export const DIGIT_THRESHOLD = 0.9;
/** The held-out set has ~27 images of each digit, so one image is ~4 %: a wider margin. */
export const HOLDOUT_THRESHOLD = 0.8;
export const LOOKALIKE_LIMIT = 3;
export const REGRESSION_LIMIT = 6;

/** What the tests need to know about the images, fixed for a whole search. */
export interface SuiteContext {
  /** True labels of the test set (the one the page shows). */
  readonly testLabels: Uint8Array;
  /** True labels of the second held-out set (never shown). */
  readonly holdoutLabels: Uint8Array;
  /** `testReference[i]`: 1 if the published model reads test image i right. */
  readonly testReference: Uint8Array;
}

/**
 * Prediction counts the tests read: `testConfusion[true * 10 + predicted]`, the same for the
 * held-out set, and how many images the published model read right are now wrong.
 */
export interface Tally {
  readonly testConfusion: Int32Array;
  readonly holdoutConfusion: Int32Array;
  regressions: number;
}

export type TestKind = "digit" | "lookalike" | "regression" | "holdout";

export interface TestResult {
  readonly kind: TestKind;
  /** The digit for "digit" rows, the worst digit or pair's true digit otherwise (−1 if none). */
  readonly digit: number;
  readonly name: string;
  readonly pass: boolean;
  /** What was measured, in words (e.g. "31 of 36 (86.1 %)"). */
  readonly measured: string;
}

export const TEST_COUNT = DIGIT_COUNT + 3;

export function emptyTally(): Tally {
  return {
    testConfusion: new Int32Array(DIGIT_COUNT * DIGIT_COUNT),
    holdoutConfusion: new Int32Array(DIGIT_COUNT * DIGIT_COUNT),
    regressions: 0,
  };
}

/** The tally of one model's predictions on both sets. */
export function tallyPredictions(
  context: SuiteContext,
  testPredicted: Uint8Array,
  holdoutPredicted: Uint8Array,
): Tally {
  const tally = emptyTally();
  for (let i = 0; i < context.testLabels.length; i++) addTest(tally, context, i, testPredicted[i]!, 1);
  for (let i = 0; i < context.holdoutLabels.length; i++)
    tally.holdoutConfusion[context.holdoutLabels[i]! * DIGIT_COUNT + holdoutPredicted[i]!]! += 1;
  return tally;
}

/** Adds (`sign` 1) or removes (−1) test image `i` predicted as `predicted`. */
export function addTest(tally: Tally, context: SuiteContext, i: number, predicted: number, sign: 1 | -1): void {
  const label = context.testLabels[i]!;
  tally.testConfusion[label * DIGIT_COUNT + predicted]! += sign;
  if (context.testReference[i] === 1 && predicted !== label) tally.regressions += sign;
}

export function addHoldout(tally: Tally, context: SuiteContext, i: number, predicted: number, sign: 1 | -1): void {
  tally.holdoutConfusion[context.holdoutLabels[i]! * DIGIT_COUNT + predicted]! += sign;
}

function rowTotal(confusion: Int32Array, digit: number): number {
  let total = 0;
  for (let p = 0; p < DIGIT_COUNT; p++) total += confusion[digit * DIGIT_COUNT + p]!;
  return total;
}

/** Passing digit rows need correct ≥ threshold·total, computed in integers to avoid rounding. */
function digitPasses(confusion: Int32Array, digit: number, tenths = DIGIT_THRESHOLD * 10): boolean {
  const total = rowTotal(confusion, digit);
  return confusion[digit * DIGIT_COUNT + digit]! * 10 >= total * tenths;
}

const holdoutPasses = (confusion: Int32Array, digit: number) => digitPasses(confusion, digit, HOLDOUT_THRESHOLD * 10);

/** How many tests pass: the searches' objective (cheap: no strings). */
export function passCount(tally: Tally): number {
  let passed = 0;
  let holdoutPass = true;
  let worstPair = 0;
  for (let digit = 0; digit < DIGIT_COUNT; digit++) {
    if (digitPasses(tally.testConfusion, digit)) passed++;
    if (!holdoutPasses(tally.holdoutConfusion, digit)) holdoutPass = false;
    for (let p = 0; p < DIGIT_COUNT; p++) {
      const count = tally.testConfusion[digit * DIGIT_COUNT + p]!;
      if (p !== digit && count > worstPair) worstPair = count;
    }
  }
  if (worstPair <= LOOKALIKE_LIMIT) passed++;
  if (tally.regressions <= REGRESSION_LIMIT) passed++;
  if (holdoutPass) passed++;
  return passed;
}

/** Correct test-set images (the searches' tie-breaker). */
export function testCorrect(tally: Tally): number {
  let correct = 0;
  for (let digit = 0; digit < DIGIT_COUNT; digit++) correct += tally.testConfusion[digit * DIGIT_COUNT + digit]!;
  return correct;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

/** The table the page shows, one row per test, in a fixed order. */
export function runSuite(tally: Tally): TestResult[] {
  const rows: TestResult[] = [];
  for (let digit = 0; digit < DIGIT_COUNT; digit++) {
    const total = rowTotal(tally.testConfusion, digit);
    const correct = tally.testConfusion[digit * DIGIT_COUNT + digit]!;
    rows.push({
      kind: "digit",
      digit,
      name: `recognises ${digit}s (≥ 90 % of the test set's ${digit}s)`,
      pass: digitPasses(tally.testConfusion, digit),
      measured: `${correct} of ${total} (${percent(total === 0 ? 0 : correct / total)})`,
    });
  }
  let worst = { from: -1, to: -1, count: 0 };
  for (let from = 0; from < DIGIT_COUNT; from++)
    for (let to = 0; to < DIGIT_COUNT; to++) {
      const count = tally.testConfusion[from * DIGIT_COUNT + to]!;
      if (from !== to && count > worst.count) worst = { from, to, count };
    }
  rows.push({
    kind: "lookalike",
    digit: worst.from,
    name: `no digit read as one other digit more than ${LOOKALIKE_LIMIT} times`,
    pass: worst.count <= LOOKALIKE_LIMIT,
    measured:
      worst.count === 0
        ? "no confusions"
        : `worst: ${worst.from} read as ${worst.to}, ${worst.count} time${worst.count === 1 ? "" : "s"}`,
  });
  rows.push({
    kind: "regression",
    digit: -1,
    name: `keeps what worked: at most ${REGRESSION_LIMIT} images the published model read right now wrong`,
    pass: tally.regressions <= REGRESSION_LIMIT,
    measured: `${tally.regressions} now wrong`,
  });
  let worstDigit = -1;
  let worstAccuracy = 2;
  for (let digit = 0; digit < DIGIT_COUNT; digit++) {
    const total = rowTotal(tally.holdoutConfusion, digit);
    const accuracy = total === 0 ? 1 : tally.holdoutConfusion[digit * DIGIT_COUNT + digit]! / total;
    if (accuracy < worstAccuracy) [worstDigit, worstAccuracy] = [digit, accuracy];
  }
  let holdoutPass = true;
  for (let digit = 0; digit < DIGIT_COUNT; digit++)
    if (!holdoutPasses(tally.holdoutConfusion, digit)) holdoutPass = false;
  rows.push({
    kind: "holdout",
    digit: worstDigit,
    name: `second held-out set (not shown): every digit ≥ ${HOLDOUT_THRESHOLD * 100} %`,
    pass: holdoutPass,
    measured: `worst: ${worstDigit}s at ${percent(worstAccuracy)}`,
  });
  return rows;
}
