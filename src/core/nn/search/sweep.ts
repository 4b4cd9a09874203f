/**
 * The machinery shared by the exhaustive searches: one forward pass over the test and held-out
 * images, cached (pre-activations, hidden activations, logits), and a sweep that, for one
 * family of edits indexed by a real number t, finds every t where some image's prediction
 * changes and scores every interval between them with the behaviour tests. An edit of one
 * parameter touches one hidden unit or one logit, so each image's logits are lines in t (see
 * lines.ts) built from the cache in O(10) — the sweep costs a few thousand operations per
 * parameter instead of a forward pass per trial value.
 */
import type { DigitsSplit } from "../digits-data.ts";
import { argmax, forwardExample, type MlpParams } from "../mlp.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../shape.ts";
import {
  addHoldout,
  addTest,
  passCount,
  tallyPredictions,
  testCorrect,
  type SuiteContext,
  type Tally,
} from "../suite.ts";
import { crossings, winnerAfter } from "./lines.ts";

export interface ForwardCache {
  readonly params: MlpParams;
  readonly context: SuiteContext;
  /** Images 0 … testCount−1 are the test set, the rest the held-out set. */
  readonly testCount: number;
  readonly count: number;
  /** `inputs[image * 64 + pixel]`, pixel / 16. */
  readonly inputs: Float64Array;
  /** `pre[image * H + hidden]`: the hidden unit's input before the ReLU. */
  readonly pre: Float64Array;
  readonly hidden: Float64Array;
  /** `logits[image * 10 + digit]` */
  readonly logits: Float64Array;
  readonly predicted: Uint8Array;
  readonly tally: Tally;
}

/** The predictions of `params` on both sets, with `reference` (if given) as the regression baseline. */
export function buildCache(
  params: MlpParams,
  test: DigitsSplit,
  holdout: DigitsSplit,
  referencePredictions?: Uint8Array,
): ForwardCache {
  const H = params.hiddenUnits;
  const count = test.count + holdout.count;
  const inputs = new Float64Array(count * PIXELS_PER_IMAGE);
  for (let i = 0; i < count; i++) {
    const [split, j] = i < test.count ? [test, i] : [holdout, i - test.count];
    for (let p = 0; p < PIXELS_PER_IMAGE; p++)
      inputs[i * PIXELS_PER_IMAGE + p] = split.pixels[j * PIXELS_PER_IMAGE + p]! / 16;
  }
  const pre = new Float64Array(count * H);
  const hidden = new Float64Array(count * H);
  const logits = new Float64Array(count * DIGIT_COUNT);
  const predicted = new Uint8Array(count);
  const h = new Float64Array(H);
  const z = new Float64Array(DIGIT_COUNT);
  const probabilities = new Float64Array(DIGIT_COUNT);
  for (let i = 0; i < count; i++) {
    forwardExample(params, inputs, i * PIXELS_PER_IMAGE, h, z, probabilities);
    for (let u = 0; u < H; u++) {
      // The same sum, in the same order, as forwardExample (which keeps only the ReLU of it).
      let sum = params.hiddenBias[u]!;
      for (let p = 0; p < PIXELS_PER_IMAGE; p++)
        sum += params.hiddenWeight[u * PIXELS_PER_IMAGE + p]! * inputs[i * PIXELS_PER_IMAGE + p]!;
      pre[i * H + u] = sum;
      hidden[i * H + u] = h[u]!;
    }
    logits.set(z, i * DIGIT_COUNT);
    predicted[i] = argmax(probabilities);
  }
  const testPredicted = predicted.subarray(0, test.count);
  const reference = referencePredictions ?? testPredicted;
  const testReference = new Uint8Array(test.count);
  for (let i = 0; i < test.count; i++) testReference[i] = reference[i] === test.labels[i] ? 1 : 0;
  const context: SuiteContext = { testLabels: test.labels, holdoutLabels: holdout.labels, testReference };
  const tally = tallyPredictions(context, testPredicted, predicted.subarray(test.count));
  return { params, context, testCount: test.count, count, inputs, pre, hidden, logits, predicted, tally };
}

/**
 * Fills one image's lines for the edit family. Returns NaN if the edit leaves the image alone;
 * −Infinity if the lines hold for every t; or a finite t₀ before which the logits are constant
 * (a hidden unit whose ReLU is off), with those constant logits written into `before`.
 */
export type LineFiller = (image: number, intercept: Float64Array, slope: Float64Array, before: Float64Array) => number;

export interface Interval {
  readonly passed: number;
  /** Test images read right in the interval (the tie-breaker). */
  readonly correct: number;
  readonly from: number;
  readonly to: number;
}

const scratch = {
  intercept: new Float64Array(DIGIT_COUNT),
  slope: new Float64Array(DIGIT_COUNT),
  before: new Float64Array(DIGIT_COUNT),
};

/**
 * The best interval of t for one edit family: most tests passed, then most test images right,
 * then the one nearest `original` (so "no edit" wins ties against an edit).
 */
export function sweep(cache: ForwardCache, fill: LineFiller, original: number): Interval {
  const { intercept, slope, before } = scratch;
  const tally: Tally = {
    testConfusion: Int32Array.from(cache.tally.testConfusion),
    holdoutConfusion: Int32Array.from(cache.tally.holdoutConfusion),
    regressions: cache.tally.regressions,
  };
  const current = Uint8Array.from(cache.predicted);
  const times: number[] = [];
  const winners: number[] = [];
  const images: number[] = [];
  const move = (image: number, to: number) => {
    const from = current[image]!;
    if (from === to) return;
    if (image < cache.testCount) {
      addTest(tally, cache.context, image, from, -1);
      addTest(tally, cache.context, image, to, 1);
    } else {
      addHoldout(tally, cache.context, image - cache.testCount, from, -1);
      addHoldout(tally, cache.context, image - cache.testCount, to, 1);
    }
    current[image] = to;
  };
  for (let image = 0; image < cache.count; image++) {
    const start = fill(image, intercept, slope, before);
    if (start !== start) continue;
    // The prediction for t → −∞ becomes the image's starting state.
    move(image, start === -Infinity ? winnerAfter(intercept, slope, -Infinity) : argmax(before));
    const first = winnerAfter(intercept, slope, start);
    const already = times.length;
    if (start !== -Infinity) {
      times.push(start);
      winners.push(first);
    }
    crossings(intercept, slope, start, first, times, winners);
    for (let k = already; k < times.length; k++) images.push(image);
  }
  const order = Array.from(times.keys()).sort((a, b) => times[a]! - times[b]!);
  let best: Interval = {
    passed: passCount(tally),
    correct: testCorrect(tally),
    from: -Infinity,
    to: order.length > 0 ? times[order[0]!]! : Infinity,
  };
  let k = 0;
  while (k < order.length) {
    const t = times[order[k]!]!;
    while (k < order.length && times[order[k]!] === t) {
      move(images[order[k]!]!, winners[order[k]!]!);
      k++;
    }
    const to = k < order.length ? times[order[k]!]! : Infinity;
    const passed = passCount(tally);
    if (passed < best.passed) continue;
    const correct = testCorrect(tally);
    const candidate = { passed, correct, from: t, to };
    if (passed > best.passed || correct > best.correct) best = candidate;
    else if (correct === best.correct && distance(candidate, original) < distance(best, original)) best = candidate;
  }
  return best;
}

function distance(interval: Interval, value: number): number {
  if (value < interval.from) return interval.from - value;
  if (value > interval.to) return value - interval.to;
  return 0;
}

/**
 * A readable value strictly inside the interval, as near `original` as it can be: the nearest
 * end moved inwards, rounded to the fewest decimals that stay inside.
 */
export function pickValue(interval: Interval, original: number): number {
  const { from, to } = interval;
  if (original > from && original < to) return original;
  const width = to - from;
  let target: number;
  if (from === -Infinity) target = to - Math.max(1, Math.abs(to) * 0.01);
  else if (to === Infinity) target = from + Math.max(1, Math.abs(from) * 0.01);
  else target = original <= from ? from + width * 0.1 : to - width * 0.1;
  let scale = 1;
  for (let decimals = 0; decimals <= 12; decimals++, scale *= 10) {
    const rounded = Math.round(target * scale) / scale;
    if (rounded > from && rounded < to) return rounded;
  }
  return target;
}
