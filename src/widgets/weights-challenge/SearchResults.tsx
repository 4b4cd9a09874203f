/**
 * What an exhaustive search of single edits found on the published weights (content/data/
 * searches.json, from src/core/nn/search/), with buttons that apply the best ones, so the reader
 * sees the tests above re-run on them rather than taking our word for it.
 */
import searches from "../../../content/data/searches.json";
import { REGRESSION_LIMIT } from "../../core/nn/suite.ts";
import type { WeightEdit, WidgetState } from "./model.ts";
import { formatCount } from "../../core/format/count.ts";

const HIDDEN = 32;
const PIXELS = 64;

function describeParameter(tensor: string, position: number): string {
  switch (tensor) {
    case "output.weight":
      return `digit ${Math.floor(position / HIDDEN)}’s weight from hidden unit ${position % HIDDEN}`;
    case "output.bias":
      return `digit ${position}’s bias`;
    case "hidden.weight":
      return `hidden unit ${Math.floor(position / PIXELS)}’s weight from pixel ${position % PIXELS}`;
    default:
      return `hidden unit ${position}’s bias`;
  }
}

const width = (from: number | null, to: number | null) => (from === null || to === null ? Infinity : to - from);

export function SearchResults({
  published,
  disabled,
  setState,
}: {
  published: Float64Array;
  disabled: boolean;
  setState: (update: (state: WidgetState) => WidgetState) => void;
}) {
  const best = searches.singleNumber.best;
  const unit = searches.singleUnit.best;
  const passingAll = searches.singleNumber.passingAll;
  const narrow = passingAll.filter((e) => width(e.from, e.to) < 0.05).length;
  // Where the numbers that pass everything sit: how many in each digit's row of the output layer.
  const byDigit = new Map<number, number>();
  for (const e of passingAll)
    if (e.tensor === "output.weight")
      byDigit.set(Math.floor(e.position / HIDDEN), (byDigit.get(Math.floor(e.position / HIDDEN)) ?? 0) + 1);
  const inOutput = [...byDigit.values()].reduce((a, b) => a + b, 0);
  const rows = [...byDigit.entries()]
    .sort(([a], [b]) => a - b)
    .map(([digit, count]) => `${count} in the row for ${digit}`)
    .join(", ");
  const apply = (edits: WeightEdit[]) => setState((s) => ({ ...s, weightEdits: edits }));
  const unitEdits = (): WeightEdit[] => {
    const edits: WeightEdit[] = [];
    for (let digit = 0; digit < 10; digit++) {
      const index = digit * HIDDEN + unit.unit;
      const value = published[HIDDEN + HIDDEN * PIXELS + 10 + index]! * unit.factor;
      edits.push({ tensor: "output.weight", index, value });
    }
    return edits;
  };
  return (
    <section class="wc-search" aria-labelledby="wc-search-h">
      <h3 class="wc-h" id="wc-search-h">
        What a search of single edits finds
      </h3>
      <p>
        We tried every one of the {formatCount(searches.parameters)} numbers over the whole real line (not a grid: for
        each number the search finds every value where some image of either test set changes its answer). The published
        weights pass {searches.baseline} of {searches.testCount} tests.{" "}
        <strong>
          {passingAll.length} single numbers have a range of values that passes all {searches.testCount}
        </strong>
        {narrow > 0 && <> ({narrow} of those ranges are narrower than 0.05)</>}. The one that reads the most test images
        right:{" "}
        <code>
          {best.tensor}[{best.position}]
        </code>
        , {describeParameter(best.tensor, best.position)}, from {best.original.toFixed(3)} to {best.value}. It passes{" "}
        {best.passed} of {searches.testCount}; it changes the answer for {best.effect.answersChanged} test images, and{" "}
        {best.effect.nowWrong} that the published weights read right now read wrong (the tests allow {REGRESSION_LIMIT}
        ).
      </p>
      <p>
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            apply([{ tensor: best.tensor as WeightEdit["tensor"], index: best.position, value: best.value }])
          }
        >
          Apply the best one-number edit
        </button>{" "}
        <span class="wc-small">(replaces your weight edits; the tests above re-run on it)</span>
      </p>
      <p>
        Scaling one hidden unit by any factor (0 silences it, −1 flips its vote), on its input or its negated input,
        does less: the best, unit {unit.unit}
        {unit.sign === -1 ? " with its input negated" : ""} scaled by {unit.factor}, passes {unit.passed} of{" "}
        {searches.testCount}
        {unit.effect.failing.length > 0 && (
          <>: it still fails {unit.effect.failing.map((name) => `“${name}”`).join(" and ")}</>
        )}
        .{" "}
        <button type="button" disabled={disabled || unit.sign === -1} onClick={() => apply(unitEdits())}>
          Apply the best one-unit edit
        </button>
      </p>
      <p class="wc-small">
        So one number can repair this bug, given labelled images to score the tries. {inOutput} of the{" "}
        {passingAll.length} are in the output layer: {rows}, the digits the bug report names
        {passingAll.length > inOutput && <>; the other {passingAll.length - inOutput} are first-layer weights</>}. Which
        of a row’s {HIDDEN} numbers to change, and to what, the search found by scoring every try against the labelled
        images of both test sets, the one the page never shows included.
      </p>
    </section>
  );
}
