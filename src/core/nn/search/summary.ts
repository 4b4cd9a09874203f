/**
 * The searches' results in the small, plain form the page shows (content/data/searches.json,
 * written by scripts/digits/searches.ts and checked against a fresh search by search.test.ts).
 */
import { argmax, forwardExample, paramsFromValues, type MlpParams } from "../mlp.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../shape.ts";
import { runSuite, tallyPredictions } from "../suite.ts";
import { searchSingleNumber } from "./single-number.ts";
import { applyUnitEdit, searchSingleUnit } from "./single-unit.ts";
import type { ForwardCache } from "./sweep.ts";

/** What an edit does to the test images, beyond the count of tests it passes. */
export interface EditEffect {
  /** Names of the tests it still fails. */
  readonly failing: readonly string[];
  /** Test images whose predicted digit differs from the published weights'. */
  readonly answersChanged: number;
  /** Test images the published weights read right that it reads wrong. */
  readonly nowWrong: number;
}

export interface NumberEditSummary {
  readonly index: number;
  readonly tensor: string;
  readonly position: number;
  readonly original: number;
  readonly value: number;
  /** The interval of values with this result (may be ±Infinity, written as null in JSON). */
  readonly from: number | null;
  readonly to: number | null;
  readonly passed: number;
  readonly effect: EditEffect;
}

export interface SearchSummary {
  readonly format: "preferred-form-searches/1";
  readonly weightsSha256: string;
  readonly testCount: number;
  /** Tests the published weights pass. */
  readonly baseline: number;
  readonly parameters: number;
  /** Best single-number edit, then every parameter whose best value passes every test. */
  readonly singleNumber: {
    readonly best: NumberEditSummary;
    readonly passingAll: readonly NumberEditSummary[];
    /** How many parameters reach each number of passed tests, `histogram[passed]`. */
    readonly histogram: readonly number[];
  };
  readonly singleUnit: {
    readonly best: { unit: number; sign: 1 | -1; factor: number; passed: number; effect: EditEffect };
    /** The most tests passed by silencing one unit. */
    readonly bestSilenced: { unit: number; passed: number };
  };
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

/** The edited weights run on the cached images (a plain forward pass) and judged by the suite. */
function effectOf(cache: ForwardCache, values: Float64Array<ArrayBuffer>): EditEffect {
  const params = paramsFromValues(cache.params.hiddenUnits, values);
  const hidden = new Float64Array(params.hiddenUnits);
  const logits = new Float64Array(DIGIT_COUNT);
  const probabilities = new Float64Array(DIGIT_COUNT);
  const predicted = new Uint8Array(cache.count);
  for (let image = 0; image < cache.count; image++) {
    forwardExample(params, cache.inputs, image * PIXELS_PER_IMAGE, hidden, logits, probabilities);
    predicted[image] = argmax(probabilities);
  }
  const tally = tallyPredictions(
    cache.context,
    predicted.subarray(0, cache.testCount),
    predicted.subarray(cache.testCount),
  );
  let answersChanged = 0;
  for (let image = 0; image < cache.testCount; image++)
    if (predicted[image] !== cache.predicted[image]) answersChanged++;
  return {
    failing: runSuite(tally)
      .filter((test) => !test.pass)
      .map((test) => test.name),
    answersChanged,
    nowWrong: tally.regressions,
  };
}

export function summarise(cache: ForwardCache, weightsSha256: string, testCount: number): SearchSummary {
  const params: MlpParams = cache.params;
  const numbers = searchSingleNumber(cache);
  const units = searchSingleUnit(cache);
  const toSummary = (r: (typeof numbers.results)[number]): NumberEditSummary => {
    const values = Float64Array.from(params.values);
    values[r.index] = r.value;
    return {
      index: r.index,
      tensor: r.name.tensor,
      position: r.name.position,
      original: r.original,
      value: r.value,
      from: finite(r.best.from),
      to: finite(r.best.to),
      passed: r.best.passed,
      effect: effectOf(cache, values),
    };
  };
  const histogram = new Array<number>(testCount + 1).fill(0);
  for (const r of numbers.results) histogram[r.best.passed]! += 1;
  let silencedUnit = 0;
  units.silenced.forEach((passed, unit) => {
    if (passed > units.silenced[silencedUnit]!) silencedUnit = unit;
  });
  return {
    format: "preferred-form-searches/1",
    weightsSha256,
    testCount,
    baseline: numbers.baseline,
    parameters: params.values.length,
    singleNumber: {
      best: toSummary(numbers.best),
      passingAll: numbers.results.filter((r) => r.best.passed === testCount).map(toSummary),
      histogram,
    },
    singleUnit: {
      best: {
        unit: units.best.unit,
        sign: units.best.sign,
        factor: units.best.factor,
        passed: units.best.best.passed,
        effect: effectOf(
          cache,
          applyUnitEdit(params.values, params.hiddenUnits, units.best.unit, units.best.sign, units.best.factor),
        ),
      },
      bestSilenced: { unit: silencedUnit, passed: units.silenced[silencedUnit]! },
    },
  };
}
