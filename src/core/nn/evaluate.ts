/**
 * Test-split evaluation: per-digit accuracy, a confusion table, and the behaviour test table the
 * chapter shows ("each digit ≥ 90 % on held-out images"): the shipped model fails the 7s row.
 */
import { DIGIT_COUNT, PIXELS_PER_IMAGE, type DigitsSplit } from "./digits-data.ts";
import { argmax, forwardExample, type MlpParams } from "./mlp.ts";

export interface DigitAccuracy {
  readonly digit: number;
  readonly correct: number;
  readonly total: number;
  /** correct / total (0 when total is 0). */
  readonly accuracy: number;
}

export interface Evaluation {
  /** `perDigit[digit]` */
  readonly perDigit: readonly DigitAccuracy[];
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number;
  /** `confusion[trueDigit * 10 + predictedDigit]`: how many test images. */
  readonly confusion: Uint32Array;
}

export const BEHAVIOUR_THRESHOLD = 0.9;

export function evaluate(params: MlpParams, split: DigitsSplit): Evaluation {
  const inputs = new Float64Array(PIXELS_PER_IMAGE);
  const hidden = new Float64Array(params.hiddenUnits);
  const logits = new Float64Array(DIGIT_COUNT);
  const probabilities = new Float64Array(DIGIT_COUNT);
  const confusion = new Uint32Array(DIGIT_COUNT * DIGIT_COUNT);
  for (let example = 0; example < split.count; example++) {
    for (let pixel = 0; pixel < PIXELS_PER_IMAGE; pixel++)
      inputs[pixel] = split.pixels[example * PIXELS_PER_IMAGE + pixel]! / 16;
    forwardExample(params, inputs, 0, hidden, logits, probabilities);
    confusion[split.labels[example]! * DIGIT_COUNT + argmax(probabilities)]! += 1;
  }
  const perDigit: DigitAccuracy[] = [];
  let correct = 0;
  for (let digit = 0; digit < DIGIT_COUNT; digit++) {
    let total = 0;
    for (let predicted = 0; predicted < DIGIT_COUNT; predicted++) total += confusion[digit * DIGIT_COUNT + predicted]!;
    const right = confusion[digit * DIGIT_COUNT + digit]!;
    correct += right;
    perDigit.push({ digit, correct: right, total, accuracy: total === 0 ? 0 : right / total });
  }
  return { perDigit, correct, total: split.count, accuracy: split.count === 0 ? 0 : correct / split.count, confusion };
}

export interface BehaviourRow {
  /** e.g. "recognises 7s (≥ 90 % of held-out 7s)" */
  readonly name: string;
  readonly digit: number;
  readonly accuracy: number;
  readonly pass: boolean;
  /** The digit this row's images are most often mistaken for, with the count (null if none). */
  readonly mostConfusedWith: { readonly digit: number; readonly count: number } | null;
}

/** One row per digit: passes when that digit's test accuracy ≥ threshold. */
export function behaviourTable(evaluation: Evaluation, threshold = BEHAVIOUR_THRESHOLD): BehaviourRow[] {
  return evaluation.perDigit.map(({ digit, accuracy }) => {
    let confused: { digit: number; count: number } | null = null;
    for (let predicted = 0; predicted < DIGIT_COUNT; predicted++) {
      const count = evaluation.confusion[digit * DIGIT_COUNT + predicted]!;
      if (predicted !== digit && count > 0 && (!confused || count > confused.count))
        confused = { digit: predicted, count };
    }
    return {
      name: `recognises ${digit}s (≥ ${Math.round(threshold * 100)} % of held-out ${digit}s)`,
      digit,
      accuracy,
      pass: accuracy >= threshold,
      mostConfusedWith: confused,
    };
  });
}
