/**
 * The network: 64 pixels → hiddenUnits ReLU → 10 logits → softmax. Parameters live in one
 * Float64Array in canonical order, with named views into it placed by the one layout table
 * (shape.ts), so an update is one loop and serialisation is one copy.
 */
import type { Rng } from "../rng/xoshiro128.ts";
import { detExp, detSqrt } from "./det-math.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE, parameterCount, tensorViews } from "./shape.ts";

export interface MlpParams {
  readonly hiddenUnits: number;
  /** Every parameter, canonical order; the views below alias it. */
  readonly values: Float64Array;
  /** `hiddenBias[hidden]` */
  readonly hiddenBias: Float64Array;
  /** `hiddenWeight[hidden * 64 + pixel]` */
  readonly hiddenWeight: Float64Array;
  /** `outputBias[digit]` */
  readonly outputBias: Float64Array;
  /** `outputWeight[digit * hiddenUnits + hidden]` */
  readonly outputWeight: Float64Array;
}

// The count comes from the one parameter table (shape.ts).
export { parameterCount };

/** Params viewing `values` (a fresh zero array if omitted). `values.length` must match. */
export function paramsFromValues(
  hiddenUnits: number,
  values = new Float64Array(parameterCount(hiddenUnits)),
): MlpParams {
  if (values.length !== parameterCount(hiddenUnits)) {
    throw new RangeError(`expected ${parameterCount(hiddenUnits)} values for ${hiddenUnits} hidden units`);
  }
  const views = tensorViews(hiddenUnits, values);
  return {
    hiddenUnits,
    values,
    hiddenBias: views["hidden.bias"],
    hiddenWeight: views["hidden.weight"],
    outputBias: views["output.bias"],
    outputWeight: views["output.weight"],
  };
}

export function cloneParams(params: MlpParams): MlpParams {
  return paramsFromValues(params.hiddenUnits, Float64Array.from(params.values));
}

/**
 * He-uniform initialisation (He et al. 2015, for ReLU): weights ~ U(−√(6/fanIn), √(6/fanIn)),
 * biases 0. The bound uses detSqrt, not Math.sqrt, and U(−b, b) = b·(2u − 1) where 2u − 1 is exact.
 * Draw order: hidden.weight in index order, then output.weight.
 */
export function initParams(hiddenUnits: number, rng: Rng): MlpParams {
  const params = paramsFromValues(hiddenUnits);
  const hiddenBound = detSqrt(6 / PIXELS_PER_IMAGE);
  for (let i = 0; i < params.hiddenWeight.length; i++) params.hiddenWeight[i] = hiddenBound * (2 * rng.nextFloat() - 1);
  const outputBound = detSqrt(6 / hiddenUnits);
  for (let i = 0; i < params.outputWeight.length; i++) params.outputWeight[i] = outputBound * (2 * rng.nextFloat() - 1);
  return params;
}

/**
 * Forward pass for the example at `inputs[inputOffset … +64]`. Fills the three buffers and returns
 * the max logit and Σ exp(logit − max), from which the caller's cross-entropy
 * log(sumExp) − (logit[label] − maxLogit) stays finite even where a probability underflows to 0.
 * Summation order is fixed: bias first, then pixels / hidden units in ascending index.
 */
export function forwardExample(
  params: MlpParams,
  inputs: Float64Array,
  inputOffset: number,
  hiddenActivation: Float64Array,
  logits: Float64Array,
  probabilities: Float64Array,
): { maxLogit: number; sumExp: number } {
  const { hiddenUnits, hiddenBias, hiddenWeight, outputBias, outputWeight } = params;
  for (let hidden = 0; hidden < hiddenUnits; hidden++) {
    let sum = hiddenBias[hidden]!;
    const row = hidden * PIXELS_PER_IMAGE;
    for (let pixel = 0; pixel < PIXELS_PER_IMAGE; pixel++)
      sum += hiddenWeight[row + pixel]! * inputs[inputOffset + pixel]!;
    hiddenActivation[hidden] = sum > 0 ? sum : 0;
  }
  let maxLogit = -Infinity;
  for (let digit = 0; digit < DIGIT_COUNT; digit++) {
    let sum = outputBias[digit]!;
    const row = digit * hiddenUnits;
    for (let hidden = 0; hidden < hiddenUnits; hidden++) sum += outputWeight[row + hidden]! * hiddenActivation[hidden]!;
    logits[digit] = sum;
    // `!(sum <= maxLogit)` also takes NaN, so a NaN logit poisons the result instead of hiding.
    if (!(sum <= maxLogit)) maxLogit = sum;
  }
  // Softmax shifted by the max logit so exp never overflows for finite logits.
  let sumExp = 0;
  for (let digit = 0; digit < DIGIT_COUNT; digit++) {
    const e = detExp(logits[digit]! - maxLogit);
    probabilities[digit] = e;
    sumExp += e;
  }
  for (let digit = 0; digit < DIGIT_COUNT; digit++) probabilities[digit] = probabilities[digit]! / sumExp;
  return { maxLogit, sumExp };
}

export interface Prediction {
  /** The most probable digit (the lowest one on ties). */
  readonly digit: number;
  /** `probabilities[digit]`, summing to 1. */
  readonly probabilities: Float64Array;
}

/** Classifies one 8×8 image given as 64 pixel values 0–16 (`pixels[row * 8 + column]`). */
export function predict(params: MlpParams, pixels: ArrayLike<number>): Prediction {
  const inputs = new Float64Array(PIXELS_PER_IMAGE);
  for (let pixel = 0; pixel < PIXELS_PER_IMAGE; pixel++) inputs[pixel] = (pixels[pixel] ?? 0) / 16;
  const probabilities = new Float64Array(DIGIT_COUNT);
  forwardExample(params, inputs, 0, new Float64Array(params.hiddenUnits), new Float64Array(DIGIT_COUNT), probabilities);
  return { digit: argmax(probabilities), probabilities };
}

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
