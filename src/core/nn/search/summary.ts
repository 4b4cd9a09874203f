/**
 * The searches' results in the small, plain form the page shows (content/data/searches.json,
 * written by scripts/digits/searches.ts and checked against a fresh search by search.test.ts).
 */
import type { MlpParams } from "../mlp.ts";
import { searchSingleNumber } from "./single-number.ts";
import { searchSingleUnit } from "./single-unit.ts";
import type { ForwardCache } from "./sweep.ts";

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
    readonly best: { unit: number; sign: 1 | -1; factor: number; passed: number };
    /** The most tests passed by silencing one unit. */
    readonly bestSilenced: { unit: number; passed: number };
  };
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

export function summarise(cache: ForwardCache, weightsSha256: string, testCount: number): SearchSummary {
  const params: MlpParams = cache.params;
  const numbers = searchSingleNumber(cache);
  const units = searchSingleUnit(cache);
  const toSummary = (r: (typeof numbers.results)[number]): NumberEditSummary => ({
    index: r.index,
    tensor: r.name.tensor,
    position: r.name.position,
    original: r.original,
    value: r.value,
    from: finite(r.best.from),
    to: finite(r.best.to),
    passed: r.best.passed,
  });
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
      },
      bestSilenced: { unit: silencedUnit, passed: units.silenced[silencedUnit]! },
    },
  };
}
