/**
 * The labelled images a weights-only repair needs, picked the way a practitioner would, from the
 * training split only (the test and held-out sets stay untouched for judging):
 *   - corrections: a handful of the mislabelled images, found and given their true label (the
 *     bug report's "these 7s are read as 1s", turned into data);
 *   - validation: a few images of every digit, labelled by hand (their true labels), plus a
 *     quarter of the corrected images held back from the repair (so the choice sees the bug), to
 *     choose a learning rate, a step count or an edit's strength — never the test set;
 *   - replay: a sample of every digit with its shipped label, mixed into fine-tuning so the model
 *     keeps what it knew (shipped labels: whoever fine-tunes does not know which are wrong).
 */
import { createRng } from "../../rng/xoshiro128.ts";
import { shuffleInPlace } from "../../rng/shuffle.ts";
import type { TrainingSplit } from "../digits-data.ts";
import type { TrainingSet } from "../edits.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../shape.ts";

export interface SetSizes {
  readonly corrections: number;
  readonly validationPerDigit: number;
  readonly replayPerDigit: number;
  readonly seed: number;
}

export const DEFAULT_SET_SIZES: SetSizes = Object.freeze({
  corrections: 10,
  validationPerDigit: 10,
  replayPerDigit: 30,
  seed: 1,
});

export interface SteelmanSets {
  /** Training indices; each is used with its true label (the found ones minus those held back for validation). */
  readonly corrections: readonly number[];
  /** Training indices; true labels. */
  readonly validation: readonly number[];
  /** Training indices; shipped labels. */
  readonly replay: readonly number[];
}

export function pickSets(train: TrainingSplit, sizes: SetSizes = DEFAULT_SET_SIZES): SteelmanSets {
  const rng = createRng(sizes.seed);
  const all = Array.from({ length: train.count }, (_, i) => i);
  const wrong = all.filter((i) => train.labels[i] !== train.fixedLabels[i]);
  const found = shuffleInPlace(wrong, rng).slice(0, sizes.corrections);
  const heldBack = Math.floor(found.length / 4);
  const corrections = found.slice(heldBack);
  const used = new Set(found);
  const validation: number[] = found.slice(0, heldBack);
  for (let digit = 0; digit < DIGIT_COUNT; digit++) {
    const candidates = all.filter((i) => train.fixedLabels[i] === digit && !used.has(i));
    validation.push(...shuffleInPlace(candidates, rng).slice(0, sizes.validationPerDigit));
  }
  for (const i of validation) used.add(i);
  const replay: number[] = [];
  for (let digit = 0; digit < DIGIT_COUNT; digit++) {
    const candidates = all.filter((i) => train.labels[i] === digit && !used.has(i));
    replay.push(...shuffleInPlace(candidates, rng).slice(0, sizes.replayPerDigit));
  }
  const ascending = (list: number[]) => list.sort((a, b) => a - b);
  return { corrections: ascending(corrections), validation: ascending(validation), replay: ascending(replay) };
}

/** A training set of the given examples with the given labels (`true` labels or shipped ones). */
export function setOf(train: TrainingSplit, examples: readonly number[], labels: "true" | "shipped"): TrainingSet {
  const count = examples.length;
  const inputs = new Float64Array(count * PIXELS_PER_IMAGE);
  const out = new Uint8Array(count);
  examples.forEach((example, k) => {
    for (let p = 0; p < PIXELS_PER_IMAGE; p++)
      inputs[k * PIXELS_PER_IMAGE + p] = train.pixels[example * PIXELS_PER_IMAGE + p]! / 16;
    out[k] = labels === "true" ? train.fixedLabels[example]! : train.labels[example]!;
  });
  return { count, inputs, labels: out, sourceExample: Int32Array.from(examples) };
}

/** Two training sets as one (the first's examples first). */
export function concatSets(a: TrainingSet, b: TrainingSet): TrainingSet {
  const inputs = new Float64Array(a.inputs.length + b.inputs.length);
  inputs.set(a.inputs);
  inputs.set(b.inputs, a.inputs.length);
  const labels = new Uint8Array(a.count + b.count);
  labels.set(a.labels);
  labels.set(b.labels, a.count);
  const sourceExample = new Int32Array(a.count + b.count);
  sourceExample.set(a.sourceExample);
  sourceExample.set(b.sourceExample, a.count);
  return { count: a.count + b.count, inputs, labels, sourceExample };
}
