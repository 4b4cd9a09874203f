/**
 * "One neuron fixes it": every hidden unit scaled by any real factor (0 silences it, −1
 * re-signs its output), and the same for the unit fed its negated input (re-signing what it
 * detects). Exact over the whole real line of factors, like the single-number search.
 */
import { paramsFromValues } from "../mlp.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../shape.ts";
import { pickValue, sweep, type ForwardCache, type Interval } from "./sweep.ts";

export interface UnitResult {
  readonly unit: number;
  /** +1: the unit's output is scaled; −1: it is fed its negated input, then scaled. */
  readonly sign: 1 | -1;
  readonly best: Interval;
  /** A factor inside `best`. */
  readonly factor: number;
}

export interface SingleUnitSearch {
  readonly results: readonly UnitResult[];
  readonly best: UnitResult;
  /** Tests passed with each unit silenced (factor 0), `silenced[unit]`. */
  readonly silenced: readonly number[];
}

export function searchSingleUnit(cache: ForwardCache): SingleUnitSearch {
  const H = cache.params.hiddenUnits;
  const results: UnitResult[] = [];
  const silenced: number[] = [];
  for (let unit = 0; unit < H; unit++) {
    for (const sign of [1, -1] as const) {
      const best = sweep(
        cache,
        (image, intercept, slope) => {
          const h = cache.hidden[image * H + unit]!;
          const pre = cache.pre[image * H + unit]! * sign;
          const r = pre > 0 ? pre : 0;
          if (h === 0 && r === 0) return NaN;
          for (let d = 0; d < DIGIT_COUNT; d++) {
            const w = cache.params.outputWeight[d * H + unit]!;
            intercept[d] = cache.logits[image * DIGIT_COUNT + d]! - w * h;
            slope[d] = w * r;
          }
          return -Infinity;
        },
        sign === 1 ? 1 : 0,
      );
      results.push({ unit, sign, best, factor: pickValue(best, sign === 1 ? 1 : 0) });
    }
    silenced.push(
      sweep(
        cache,
        (image, intercept, slope) => {
          const h = cache.hidden[image * H + unit]!;
          if (h === 0) return NaN;
          for (let d = 0; d < DIGIT_COUNT; d++) {
            intercept[d] = cache.logits[image * DIGIT_COUNT + d]! - cache.params.outputWeight[d * H + unit]! * h;
            slope[d] = 0;
          }
          return -Infinity;
        },
        0,
      ).passed,
    );
  }
  let best = results[0]!;
  for (const result of results) {
    if (
      result.best.passed > best.best.passed ||
      (result.best.passed === best.best.passed && result.best.correct > best.best.correct)
    )
      best = result;
  }
  return { results, best, silenced };
}

/** The unit edit applied to a copy of the weights: what the page's button and the tests use. */
export function applyUnitEdit(
  values: Float64Array,
  hiddenUnits: number,
  unit: number,
  sign: 1 | -1,
  factor: number,
): Float64Array<ArrayBuffer> {
  const edited = Float64Array.from(values);
  const { hiddenBias, hiddenWeight, outputWeight } = paramsFromValues(hiddenUnits, edited);
  if (sign === -1) {
    hiddenBias[unit] = -hiddenBias[unit]!;
    for (let p = 0; p < PIXELS_PER_IMAGE; p++)
      hiddenWeight[unit * PIXELS_PER_IMAGE + p] = -hiddenWeight[unit * PIXELS_PER_IMAGE + p]!;
  }
  for (let d = 0; d < DIGIT_COUNT; d++)
    outputWeight[d * hiddenUnits + unit] = outputWeight[d * hiddenUnits + unit]! * factor;
  return edited;
}
