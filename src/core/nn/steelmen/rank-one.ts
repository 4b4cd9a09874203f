/**
 * The strongest weights-only tool: a rank-one edit of the output layer in closed form, after
 * ROME (Meng et al., "Locating and Editing Factual Associations in GPT", 2022, eq. 2). The output
 * layer is a linear map from a key k = [hidden activations; 1] to the ten logits, W̃ = [W | b].
 * Given a key k* (the mean key of the corrected examples) and the output v* we want for it, the
 * edit that gets v* at k* while disturbing other keys least, measured by their second-moment
 * matrix C = mean(k kᵀ) over the training images, is
 *
 *   W̃' = W̃ + (v* − W̃ k*) (C⁻¹ k*)ᵀ / ((C⁻¹ k*)ᵀ k*).
 *
 * v* is W̃ k* with the true digit's logit lifted to `margin` above the best other one; the margin
 * (the edit's strength) is chosen on the validation set, as a practitioner would. C needs only
 * images, but k* and the target need labelled examples: the corrections are data.
 */
import type { DigitsData } from "../digits-data.ts";
import { cloneParams, forwardExample, type MlpParams } from "../mlp.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../shape.ts";
import { validationScore } from "./score.ts";
import { setOf, type SteelmanSets } from "./sets.ts";

export const MARGINS = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

/** Hidden activations plus a trailing 1, for every image of `inputs`. */
function keysOf(params: MlpParams, inputs: Float64Array, count: number): Float64Array {
  const K = params.hiddenUnits + 1;
  const keys = new Float64Array(count * K);
  const hidden = new Float64Array(params.hiddenUnits);
  const logits = new Float64Array(DIGIT_COUNT);
  const probabilities = new Float64Array(DIGIT_COUNT);
  for (let i = 0; i < count; i++) {
    forwardExample(params, inputs, i * PIXELS_PER_IMAGE, hidden, logits, probabilities);
    keys.set(hidden, i * K);
    keys[i * K + params.hiddenUnits] = 1;
  }
  return keys;
}

/** Solves A x = b for a symmetric positive semi-definite A (plus a small ridge), by Gaussian elimination with partial pivoting. */
export function solve(matrix: Float64Array, rhs: Float64Array, size: number): Float64Array {
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(rhs);
  let trace = 0;
  for (let i = 0; i < size; i++) trace += a[i * size + i]!;
  // A dead hidden unit (never on) gives a zero row and column; the ridge keeps C invertible and
  // leaves that unit's weight untouched (its k* component is 0 too).
  const ridge = (1e-6 * trace) / size;
  for (let i = 0; i < size; i++) a[i * size + i] = a[i * size + i]! + ridge;
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let row = col + 1; row < size; row++)
      if (Math.abs(a[row * size + col]!) > Math.abs(a[pivot * size + col]!)) pivot = row;
    if (pivot !== col) {
      for (let k = 0; k < size; k++) {
        const held = a[col * size + k]!;
        a[col * size + k] = a[pivot * size + k]!;
        a[pivot * size + k] = held;
      }
      const held = b[col]!;
      b[col] = b[pivot]!;
      b[pivot] = held;
    }
    for (let row = col + 1; row < size; row++) {
      const factor = a[row * size + col]! / a[col * size + col]!;
      if (factor === 0) continue;
      for (let k = col; k < size; k++) a[row * size + k] = a[row * size + k]! - factor * a[col * size + k]!;
      b[row] = b[row]! - factor * b[col]!;
    }
  }
  const x = new Float64Array(size);
  for (let row = size - 1; row >= 0; row--) {
    let sum = b[row]!;
    for (let k = row + 1; k < size; k++) sum -= a[row * size + k]! * x[k]!;
    x[row] = sum / a[row * size + row]!;
  }
  return x;
}

export interface RankOneEdit {
  /** The digit whose output row changes (the corrections' true label). */
  readonly digit: number;
  /** C⁻¹ k* / ((C⁻¹ k*)ᵀ k*): the direction the row moves in, per unit of logit at k*. */
  readonly direction: Float64Array;
  /** Logit of `digit` at k* before the edit, and the best other logit there. */
  readonly logitAtKey: number;
  readonly bestOtherAtKey: number;
}

/** The closed-form pieces for the corrections (all must share one true label). */
export function prepareRankOne(published: MlpParams, data: DigitsData, sets: SteelmanSets): RankOneEdit {
  const H = published.hiddenUnits;
  const K = H + 1;
  const training = setOf(
    data.train,
    Array.from({ length: data.train.count }, (_, i) => i),
    "shipped",
  );
  const keys = keysOf(published, training.inputs, training.count);
  const second = new Float64Array(K * K);
  for (let i = 0; i < training.count; i++)
    for (let r = 0; r < K; r++) {
      const kr = keys[i * K + r]!;
      if (kr === 0) continue;
      for (let c = 0; c < K; c++) second[r * K + c] = second[r * K + c]! + kr * keys[i * K + c]!;
    }
  for (let j = 0; j < K * K; j++) second[j] = second[j]! / training.count;

  const corrections = setOf(data.train, sets.corrections, "true");
  const digit = corrections.labels[0]!;
  const correctionKeys = keysOf(published, corrections.inputs, corrections.count);
  const key = new Float64Array(K);
  for (let i = 0; i < corrections.count; i++)
    for (let c = 0; c < K; c++) key[c] = key[c]! + correctionKeys[i * K + c]! / corrections.count;
  const solved = solve(second, key, K);
  let denominator = 0;
  for (let c = 0; c < K; c++) denominator += solved[c]! * key[c]!;
  const direction = solved.map((x) => x / denominator);
  const logitsAt = (d: number) => {
    let sum = published.outputBias[d]!;
    for (let u = 0; u < H; u++) sum += published.outputWeight[d * H + u]! * key[u]!;
    return sum;
  };
  let bestOther = -Infinity;
  for (let d = 0; d < DIGIT_COUNT; d++) if (d !== digit) bestOther = Math.max(bestOther, logitsAt(d));
  return { digit, direction, logitAtKey: logitsAt(digit), bestOtherAtKey: bestOther };
}

/** The published weights with the rank-one edit at `margin`. */
export function applyRankOne(published: MlpParams, edit: RankOneEdit, margin: number): MlpParams {
  const H = published.hiddenUnits;
  const params = cloneParams(published);
  const lift = edit.bestOtherAtKey + margin - edit.logitAtKey;
  for (let u = 0; u < H; u++)
    params.outputWeight[edit.digit * H + u] = params.outputWeight[edit.digit * H + u]! + lift * edit.direction[u]!;
  params.outputBias[edit.digit] = params.outputBias[edit.digit]! + lift * edit.direction[H]!;
  return params;
}

export interface RankOneOutcome {
  readonly params: MlpParams;
  readonly margin: number;
  /** Validation images right for each margin tried, `validationCorrect[i]` for MARGINS[i]. */
  readonly validationCorrect: readonly number[];
  /** How many numbers the edit changed (one row of the output layer, with its bias). */
  readonly changedNumbers: number;
}

/** The edit at the margin that reads most validation images right (the smaller margin on ties). */
export function rankOneSteelman(published: MlpParams, data: DigitsData, sets: SteelmanSets): RankOneOutcome {
  const edit = prepareRankOne(published, data, sets);
  const validation = setOf(data.train, sets.validation, "true");
  const validationCorrect = MARGINS.map((margin) => validationScore(applyRankOne(published, edit, margin), validation));
  let best = 0;
  for (let i = 1; i < MARGINS.length; i++) if (validationCorrect[i]! > validationCorrect[best]!) best = i;
  const params = applyRankOne(published, edit, MARGINS[best]!);
  let changedNumbers = 0;
  for (let i = 0; i < params.values.length; i++) if (params.values[i] !== published.values[i]) changedNumbers++;
  return { params, margin: MARGINS[best]!, validationCorrect, changedNumbers };
}
