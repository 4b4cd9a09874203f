/**
 * "One number fixes it": every parameter of the network, each over the whole real line.
 *
 * For each of the 2,410 parameters the sweep finds every value at which some test or held-out
 * image changes its predicted digit, and scores each interval between two such values with the
 * behaviour tests — an exact search, not a grid: no value of one parameter, however chosen,
 * does better than the best interval reported here.
 */
import type { MlpParams } from "../mlp.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../shape.ts";
import { parameterName, type ParameterName } from "../shape.ts";
import { pickValue, sweep, type ForwardCache, type Interval, type LineFiller } from "./sweep.ts";

export interface ParameterResult {
  /** Position in `MlpParams.values`. */
  readonly index: number;
  readonly name: ParameterName;
  readonly original: number;
  readonly best: Interval;
  /** A value inside `best` (the original if no change does better). */
  readonly value: number;
}

export interface SingleNumberSearch {
  /** One result per parameter, in canonical order. */
  readonly results: readonly ParameterResult[];
  /** The best of them: most tests passed, then most test images right, then smallest change. */
  readonly best: ParameterResult;
  /** How many tests the unedited model passes. */
  readonly baseline: number;
}

export function searchSingleNumber(cache: ForwardCache): SingleNumberSearch {
  const params = cache.params;
  const results: ParameterResult[] = [];
  for (let index = 0; index < params.values.length; index++) {
    const original = params.values[index]!;
    const best = sweep(cache, fillerFor(cache, index), original);
    results.push({
      index,
      name: parameterName(params.hiddenUnits, index),
      original,
      best,
      value: pickValue(best, original),
    });
  }
  let best = results[0]!;
  for (const result of results) {
    const a = result.best;
    const b = best.best;
    const change = (r: ParameterResult) => Math.abs(r.value - r.original);
    if (
      a.passed > b.passed ||
      (a.passed === b.passed && (a.correct > b.correct || (a.correct === b.correct && change(result) < change(best))))
    )
      best = result;
  }
  const baseline = sweep(cache, () => NaN, 0).passed;
  return { results, best, baseline };
}

/** The lines of every image as parameter `index` takes the value t. */
function fillerFor(cache: ForwardCache, index: number): LineFiller {
  const params: MlpParams = cache.params;
  const H = params.hiddenUnits;
  const original = params.values[index]!;
  const name = parameterName(H, index);
  if (name.tensor === "output.bias" || name.tensor === "output.weight") {
    const digit = name.tensor === "output.bias" ? name.position : Math.floor(name.position / H);
    const unit = name.tensor === "output.bias" ? -1 : name.position % H;
    return (image, intercept, slope) => {
      const input = unit < 0 ? 1 : cache.hidden[image * H + unit]!;
      if (input === 0) return NaN;
      for (let d = 0; d < DIGIT_COUNT; d++) {
        intercept[d] = cache.logits[image * DIGIT_COUNT + d]!;
        slope[d] = 0;
      }
      intercept[digit] = intercept[digit]! - original * input;
      slope[digit] = input;
      return -Infinity;
    };
  }
  const unit = name.tensor === "hidden.bias" ? name.position : Math.floor(name.position / PIXELS_PER_IMAGE);
  const pixel = name.tensor === "hidden.bias" ? -1 : name.position % PIXELS_PER_IMAGE;
  return (image, intercept, slope, before) => {
    const x = pixel < 0 ? 1 : cache.inputs[image * PIXELS_PER_IMAGE + pixel]!;
    if (x === 0) return NaN;
    // The unit's input is a + x·t; below t₀ = −a/x the ReLU is off and the logits are constant.
    const a = cache.pre[image * H + unit]! - original * x;
    const h = cache.hidden[image * H + unit]!;
    for (let d = 0; d < DIGIT_COUNT; d++) {
      const w = params.outputWeight[d * H + unit]!;
      const off = cache.logits[image * DIGIT_COUNT + d]! - w * h;
      before[d] = off;
      intercept[d] = off + w * a;
      slope[d] = w * x;
    }
    return -a / x;
  };
}
