/**
 * The test images behind one row of the behaviour table, for the current weights: what a reader
 * reaches by choosing a test. Computed from the predicted digits only, by the same rules as the
 * tests themselves (src/core/nn/suite.ts), so a row's images are exactly what it counted. The
 * second held-out set is never listed: a held-out set you can look at is no longer held out.
 */
import { DIGIT_COUNT } from "../../core/nn/shape.ts";
import { LOOKALIKE_LIMIT } from "../../core/nn/suite.ts";
import type { Row } from "./rows.ts";
import { formatCount } from "../../core/format/count.ts";

export interface Example {
  /** Index in the test set. */
  readonly image: number;
  readonly label: number;
  readonly predicted: number;
}

export type RowExamples =
  | { readonly kind: "images"; readonly summary: string; readonly images: readonly Example[] }
  | { readonly kind: "hidden"; readonly summary: string };

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * `labels`: the test set's true labels; `predicted`: the current weights' digit for each test
 * image; `reference`: the published weights' digit for each (the regression test's baseline).
 */
export function rowExamples(row: Row, labels: Uint8Array, predicted: Uint8Array, reference: Uint8Array): RowExamples {
  const wrong = (keep: (label: number, predicted: number, image: number) => boolean): Example[] => {
    const out: Example[] = [];
    for (let image = 0; image < labels.length; image++) {
      const label = labels[image]!;
      const p = predicted[image]!;
      if (p !== label && keep(label, p, image)) out.push({ image, label, predicted: p });
    }
    return out;
  };
  switch (row.kind) {
    case "digit": {
      const images = wrong((label) => label === row.digit);
      const total = labels.filter((label) => label === row.digit).length;
      return {
        kind: "images",
        summary: `${plural(images.length, "image", "images")} of the test set’s ${total} ${row.digit}s read as another digit.`,
        images,
      };
    }
    case "lookalike": {
      const counts = new Int32Array(DIGIT_COUNT * DIGIT_COUNT);
      for (let image = 0; image < labels.length; image++)
        if (predicted[image] !== labels[image]) counts[labels[image]! * DIGIT_COUNT + predicted[image]!]! += 1;
      let worst = 0;
      for (const count of counts) worst = Math.max(worst, count);
      // Failing: every pair over the limit. Passing: the worst pairs, the closest to failing.
      const limit = worst > LOOKALIKE_LIMIT ? LOOKALIKE_LIMIT + 1 : Math.max(1, worst);
      const images = wrong((label, p) => counts[label * DIGIT_COUNT + p]! >= limit);
      const pairs: string[] = [];
      for (let from = 0; from < DIGIT_COUNT; from++)
        for (let to = 0; to < DIGIT_COUNT; to++) {
          const count = counts[from * DIGIT_COUNT + to]!;
          if (count >= limit) pairs.push(`${from} read as ${to}, ${plural(count, "time", "times")}`);
        }
      return {
        kind: "images",
        summary:
          worst === 0
            ? "No test image is read as another digit."
            : worst > LOOKALIKE_LIMIT
              ? `Over the limit of ${LOOKALIKE_LIMIT}: ${pairs.join("; ")}.`
              : `Within the limit of ${LOOKALIKE_LIMIT}; the most frequent: ${pairs.join("; ")}.`,
        images,
      };
    }
    case "regression": {
      const images = wrong((label, _p, image) => reference[image] === label);
      return {
        kind: "images",
        summary: `${plural(images.length, "image", "images")} the published weights read right, now read wrong.`,
        images,
      };
    }
    case "holdout":
      return {
        kind: "hidden",
        summary:
          "The second held-out set is never shown in the page: a held-out set you can look at, and tune against, is no longer held out. Its result is measured, not listed.",
      };
  }
}
