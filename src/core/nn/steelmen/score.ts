/**
 * Small measurements shared by the steelmen: accuracy on a labelled set (the validation set that
 * chooses their settings), and how many of the mislabelled training images a model still reads
 * as their wrong label (what the bad batch still shapes).
 */
import type { TrainingSplit } from "../digits-data.ts";
import type { TrainingSet } from "../edits.ts";
import { argmax, forwardExample, type MlpParams } from "../mlp.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../shape.ts";

/**
 * A validation score that a bug report makes natural: the worst digit's images right first (a
 * model that fixes 7s by breaking 1s scores low), then all images right. Higher is better.
 */
export function validationScore(params: MlpParams, set: TrainingSet): number {
  const hidden = new Float64Array(params.hiddenUnits);
  const logits = new Float64Array(DIGIT_COUNT);
  const probabilities = new Float64Array(DIGIT_COUNT);
  const right = new Int32Array(DIGIT_COUNT);
  const total = new Int32Array(DIGIT_COUNT);
  for (let i = 0; i < set.count; i++) {
    forwardExample(params, set.inputs, i * PIXELS_PER_IMAGE, hidden, logits, probabilities);
    total[set.labels[i]!]! += 1;
    if (argmax(probabilities) === set.labels[i]) right[set.labels[i]!]! += 1;
  }
  let worst = Infinity;
  let all = 0;
  for (let d = 0; d < DIGIT_COUNT; d++) {
    all += right[d]!;
    if (total[d]! > 0) worst = Math.min(worst, right[d]! / total[d]!);
  }
  return worst * 10000 + all;
}

export interface MislabelledReading {
  /** Mislabelled training images in all. */
  readonly total: number;
  /** Of them, read as the wrong label they shipped with. */
  readonly readAsShipped: number;
}

export function mislabelledReading(params: MlpParams, train: TrainingSplit): MislabelledReading {
  const inputs = new Float64Array(PIXELS_PER_IMAGE);
  const hidden = new Float64Array(params.hiddenUnits);
  const logits = new Float64Array(DIGIT_COUNT);
  const probabilities = new Float64Array(DIGIT_COUNT);
  let total = 0;
  let readAsShipped = 0;
  for (let i = 0; i < train.count; i++) {
    if (train.labels[i] === train.fixedLabels[i]) continue;
    total++;
    for (let p = 0; p < PIXELS_PER_IMAGE; p++) inputs[p] = train.pixels[i * PIXELS_PER_IMAGE + p]! / 16;
    forwardExample(params, inputs, 0, hidden, logits, probabilities);
    if (argmax(probabilities) === train.labels[i]) readAsShipped++;
  }
  return { total, readAsShipped };
}
