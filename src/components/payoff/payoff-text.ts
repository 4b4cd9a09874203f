/**
 * The words for one card of the payoff panel, from the reader's stored results: a big figure and
 * a line of detail. Numbers only, formatted here; nothing stored is shown as text except the
 * validated hash (hex digits).
 */
import type { Payoff } from "../../widgets/shared/payoff.ts";

export interface PayoffLines {
  figure: string;
  detail: string;
}

const plural = (count: number, one: string, many: string): string =>
  `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;

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
      return payoff.weights
        ? {
            figure: plural(payoff.weights.numbers, "number", "numbers"),
            detail: `of 2,410 changed by hand; ${payoff.weights.passed} of ${payoff.weights.total} tests pass.`,
          }
        : null;
    case "data":
      return payoff.data
        ? {
            figure: plural(payoff.data.examples, "example", "examples"),
            detail: `relabelled, retrained in ${(payoff.data.retrainMs / 1000).toFixed(1)} s; ${payoff.data.passed} of ${payoff.data.total} tests pass; SHA-256 ${payoff.data.hash.slice(0, 12)}…`,
          }
        : null;
    default:
      return null;
  }
}
