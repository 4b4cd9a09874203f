// The exhaustive searches, checked against the real forward pass (mlp.ts's forwardExample, run
// image by image through behaviour.ts), which knows nothing of lines, crossings or tallies:
// every result a search claims must be what the network really does with that edit, and no
// value tried on a grid may beat what the search says is the best for its parameter.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import digitsJson from "../../../../content/data/digits.json" with { type: "json" };
import searchesJson from "../../../../content/data/searches.json" with { type: "json" };
import { capitalised, chapterSays, numberWord } from "../../../../content/chapter-prose.ts";
import { loadBundle } from "../../../../scripts/test/bundle.ts";
import type * as Behaviour from "../behaviour.ts";
import type * as Digits from "../digits-data.ts";
import type * as Mlp from "../mlp.ts";
import type { MlpParams } from "../mlp.ts";
import type * as Suite from "../suite.ts";
import type * as Weights from "../weights.ts";
import type * as Lines from "./lines.ts";
import type * as SingleNumber from "./single-number.ts";
import type * as SingleUnit from "./single-unit.ts";
import type * as Sweep from "./sweep.ts";
import type * as Summary from "./summary.ts";

// The searches run as a bundle, outside Vitest's module transform (see scripts/test/bundle.ts).
const core = await loadBundle<{
  behaviour: typeof Behaviour;
  digits: typeof Digits;
  mlp: typeof Mlp;
  suite: typeof Suite;
  weights: typeof Weights;
  lines: typeof Lines;
  singleNumber: typeof SingleNumber;
  singleUnit: typeof SingleUnit;
  sweep: typeof Sweep;
  summary: typeof Summary;
}>(import.meta.url, {
  behaviour: "../behaviour.ts",
  digits: "../digits-data.ts",
  mlp: "../mlp.ts",
  suite: "../suite.ts",
  weights: "../weights.ts",
  lines: "./lines.ts",
  singleNumber: "./single-number.ts",
  singleUnit: "./single-unit.ts",
  sweep: "./sweep.ts",
  summary: "./summary.ts",
});
const { behaviourSuite, testPredictions, testsPassed } = core.behaviour;
const { decodeDigits } = core.digits;
const { paramsFromValues } = core.mlp;
const { TEST_COUNT } = core.suite;
const { weightsFromSafetensors, weightsSha256 } = core.weights;
const { crossings, winnerAfter } = core.lines;
const { searchSingleNumber } = core.singleNumber;
const { applyUnitEdit, searchSingleUnit } = core.singleUnit;
const { buildCache } = core.sweep;
const { summarise } = core.summary;

const decoded = decodeDigits(digitsJson);
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;
const file = weightsFromSafetensors(
  new Uint8Array(readFileSync(new URL("../../../../content/data/published-weights.safetensors", import.meta.url))),
);
if (!file.ok) throw new Error("published weights do not parse");
const published = file.value;
const reference = testPredictions(published, data);
const cache = buildCache(published, data.test, data.holdout);
const withValue = (index: number, value: number): MlpParams => {
  const values = Float64Array.from(published.values);
  values[index] = value;
  return paramsFromValues(published.hiddenUnits, values);
};
const passedWith = (params: MlpParams) => testsPassed(params, data, reference);

describe("the upper envelope of ten lines", () => {
  it("names the argmax at every t, as brute force finds it", () => {
    // Zero or at least 1e-150 in size: crossing times then stay within ±1e152, inside a double's
    // range. With subnormal slopes (fast-check found 1e-9 / 8e-323) a crossing overflows to
    // ±Infinity and its order is lost (the limit documented in lines.ts).
    const line = fc.oneof(
      fc.constant(0),
      fc.double({ min: 1e-150, max: 50, noNaN: true }),
      fc.double({ min: -50, max: -1e-150, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 10, maxLength: 10 }),
        fc.array(line, { minLength: 10, maxLength: 10 }),
        fc.array(fc.double({ min: -200, max: 200, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (a, b, probes) => {
          const intercept = Float64Array.from(a);
          const slope = Float64Array.from(b);
          const times: number[] = [];
          const winners: number[] = [];
          const first = winnerAfter(intercept, slope, -Infinity);
          crossings(intercept, slope, -Infinity, first, times, winners);
          for (const t of probes) {
            if (times.some((at) => Math.abs(at - t) < 1e-6)) continue;
            let claimed = first;
            for (let k = 0; k < times.length; k++) if (times[k]! < t) claimed = winners[k]!;
            let best = 0;
            for (let d = 1; d < 10; d++)
              if (intercept[d]! + slope[d]! * t > intercept[best]! + slope[best]! * t) best = d;
            const gap = intercept[best]! + slope[best]! * t - (intercept[claimed]! + slope[claimed]! * t);
            expect(gap).toBeLessThan(1e-9 * (1 + Math.abs(t)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("every single parameter of the published weights, over the whole real line", () => {
  const search = searchSingleNumber(cache);

  it("starts from what the published model passes (10 of 13)", () => {
    expect(search.baseline).toBe(passedWith(published));
    expect(search.baseline).toBe(TEST_COUNT - 3);
    expect(search.results).toHaveLength(published.values.length);
  });

  it("reports for each parameter a value whose real forward pass passes the tests it claims", () => {
    // Every parameter that claims an improvement, and every 97th of the rest.
    const checked = search.results.filter((r, i) => r.best.passed > search.baseline || i % 97 === 0);
    for (const result of checked) {
      expect(passedWith(withValue(result.index, result.value)), `parameter ${result.index}`).toBe(result.best.passed);
    }
    expect(checked.length).toBeGreaterThan(25);
  }, 300_000);

  it("is never beaten by a value on a grid (−8 … 8 by 1, every 482nd parameter)", () => {
    for (let index = 0; index < published.values.length; index += 482) {
      const claimed = search.results[index]!.best.passed;
      for (let value = -8; value <= 8; value += 1) {
        expect(passedWith(withValue(index, value)), `parameter ${index} = ${value}`).toBeLessThanOrEqual(claimed);
      }
    }
  }, 300_000);

  it("finds the best edit: every test passes with one number changed", () => {
    expect(search.best.best.passed).toBe(TEST_COUNT);
    expect(passedWith(withValue(search.best.index, search.best.value))).toBe(TEST_COUNT);
  });
});

describe("every single hidden unit, scaled by any factor, on its input or negated input", () => {
  const search = searchSingleUnit(cache);
  const H = published.hiddenUnits;

  it("reports for each unit and sign a factor whose real forward pass passes the tests it claims", () => {
    for (const result of search.results) {
      const values = applyUnitEdit(published.values, H, result.unit, result.sign, result.factor);
      expect(passedWith(paramsFromValues(H, values)), `unit ${result.unit} sign ${result.sign}`).toBe(
        result.best.passed,
      );
    }
  }, 300_000);

  it("reports silencing each unit as the real forward pass finds it", () => {
    for (let unit = 0; unit < H; unit++) {
      const values = applyUnitEdit(published.values, H, unit, 1, 0);
      expect(passedWith(paramsFromValues(H, values))).toBe(search.silenced[unit]);
    }
  }, 300_000);

  it("is never beaten by a factor on a grid (−4 … 4 by 0.5, every 8th unit)", () => {
    for (let unit = 0; unit < H; unit += 8) {
      const claimed = Math.max(...search.results.filter((r) => r.unit === unit).map((r) => r.best.passed));
      for (const sign of [1, -1] as const)
        for (let factor = -4; factor <= 4; factor += 0.5) {
          const values = applyUnitEdit(published.values, H, unit, sign, factor);
          expect(passedWith(paramsFromValues(H, values))).toBeLessThanOrEqual(claimed);
        }
    }
  }, 300_000);

  it("finds no unit edit that passes every test", () => {
    expect(search.best.best.passed).toBeLessThan(TEST_COUNT);
  });
});

describe("content/data/searches.json (what the page states)", () => {
  it("states each best edit's effect as the behaviour suite finds it on the real forward pass", () => {
    const best = searchesJson.singleNumber.best;
    const number = behaviourSuite(withValue(best.index, best.value), data, reference);
    expect(number.filter((t) => !t.pass).map((t) => t.name)).toEqual(best.effect.failing);
    expect(number.find((t) => t.kind === "regression")!.measured).toBe(`${best.effect.nowWrong} now wrong`);
    const unit = searchesJson.singleUnit.best;
    const H = published.hiddenUnits;
    const values = applyUnitEdit(published.values, H, unit.unit, unit.sign as 1 | -1, unit.factor);
    const unitRows = behaviourSuite(paramsFromValues(H, values), data, reference);
    expect(unitRows.filter((t) => !t.pass).map((t) => t.name)).toEqual(unit.effect.failing);
    expect(unit.effect.failing).toHaveLength(TEST_COUNT - unit.passed);
  });

  it("is what content/essays/the-weights.mdx states", () => {
    const says = chapterSays("the-weights");
    const H = published.hiddenUnits;
    const { best, passingAll } = searchesJson.singleNumber;
    // The bug as the published model shows it on the test set.
    let sevens = 0;
    let sevensAsOnes = 0;
    for (let i = 0; i < data.test.count; i++) {
      if (data.test.labels[i] !== 7) continue;
      sevens++;
      if (reference[i] === 1) sevensAsOnes++;
    }
    says(`(${sevensAsOnes} of ${sevens}) as 1s`);
    says(`Every repair is judged by ${numberWord(TEST_COUNT)} tests`);
    // The single-number search.
    says(`finds ${passingAll.length} with a range of values that passes all ${numberWord(TEST_COUNT)} tests.`);
    const inRows1And7 = passingAll.filter(
      (p) => p.tensor === "output.weight" && [1, 7].includes(Math.floor(p.position / H)),
    ).length;
    says(`${capitalised(numberWord(inRows1And7))} sit where the bug report points, in the output rows for 1 and 7.`);
    const narrow = passingAll.filter((p) => p.from !== null && p.to !== null && p.to - p.from < 0.05).length;
    says(`(${narrow} of the ${passingAll.length} ranges are narrower than 0.05)`);
    expect(best.tensor).toBe("output.weight");
    const signed = (x: number) => String(x).replace("-", "\u2212");
    says(
      `moves the weight from hidden unit ${best.position % H} to the output for ${Math.floor(best.position / H)} from ${best.original.toFixed(2)} to ${signed(best.value)};`,
    );
    // The single-unit search.
    says(
      `Scaling, silencing or flipping a single hidden unit does less: at best ${searchesJson.singleUnit.best.passed} of the ${TEST_COUNT}.`,
    );
  });

  it("is what a fresh search of the published weights finds", () => {
    const fresh = JSON.parse(JSON.stringify(summarise(cache, weightsSha256(published), TEST_COUNT))) as unknown;
    expect(fresh).toEqual(searchesJson);
  }, 300_000);
});
