/**
 * The words for one card of the payoff panel, from the reader's stored results: a big figure and
 * a line of detail. Numbers only, formatted here; nothing stored is shown as text except the
 * validated hash (hex digits). This runs inline in every page that shows the panel, so it imports
 * no model code: the two weight counts are written out, and payoff-text.test.ts checks them
 * against the cores.
 */
import type { DataPayoff, Payoff, WeightsPayoff } from "../../widgets/shared/payoff.ts";
import { formatCount } from "../../core/format/count.ts";

export interface PayoffLines {
  figure: string;
  detail: string;
}

/** Weights in the digits classifier (src/core/nn) and in the language model (src/core/lm). */
export const WEIGHT_COUNTS = { digits: 2410, lm: 14731 } as const;

const plural = (count: number, one: string, many: string): string =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

const weightLines = (edit: WeightsPayoff, of: number, tests: string): PayoffLines => ({
  figure: plural(edit.numbers, "number", "numbers"),
  detail: `of ${formatCount(of)} changed by hand; ${edit.passed} of ${edit.total} ${tests} pass.`,
});

const dataLines = (fix: DataPayoff, unit: [string, string], verb: string, tests: string): PayoffLines => ({
  figure: plural(fix.examples, ...unit),
  detail: `${verb}, retrained in ${(fix.retrainMs / 1000).toFixed(1)} s; ${fix.passed} of ${fix.total} ${tests} pass; SHA-256 ${fix.hash.slice(0, 12)}…`,
});

export function payoffLines(part: string, payoff: Payoff): PayoffLines | null {
  switch (part) {
    case "binary":
      return payoff.binary
        ? {
            figure: plural(payoff.binary.bytes, "byte", "bytes"),
            detail: `changed on ${plural(payoff.binary.lines, "line", "lines")} of the listing (level ${payoff.binary.level}); the tests pass.`,
          }
        : null;
    case "source":
      return payoff.source
        ? {
            figure: plural(payoff.source.chars, "character", "characters"),
            detail: `changed in the C (level ${payoff.source.level}), rebuilt; the tests pass.`,
          }
        : null;
    case "weights":
      return payoff.weights ? weightLines(payoff.weights, WEIGHT_COUNTS.digits, "tests") : null;
    case "data":
      return payoff.data ? dataLines(payoff.data, ["example", "examples"], "relabelled", "tests") : null;
    case "lmWeights":
      return payoff.lmWeights ? weightLines(payoff.lmWeights, WEIGHT_COUNTS.lm, "test groups") : null;
    case "lmData":
      return payoff.lmData ? dataLines(payoff.lmData, ["sentence", "sentences"], "edited", "test groups") : null;
    default:
      return null;
  }
}
