/**
 * What the weights challenge tells the payoff panel (src/widgets/shared/payoff.ts): after hand
 * edits to the weights, how many numbers changed and how many tests pass; after a retrain on
 * edited data, how many examples changed, how long it took, the new hash and the tests.
 */
import { recordPayoff } from "../shared/payoff.ts";
import type { Row } from "./rows.ts";

const passing = (rows: readonly Row[]): number => rows.filter((row) => row.pass).length;

export function recordWeightEdits(numbers: number, rows: readonly Row[]): void {
  if (numbers > 0) recordPayoff("weights", { numbers, passed: passing(rows), total: rows.length });
}

export function recordRetrain(examples: number, seconds: number, hash: string, rows: readonly Row[]): void {
  if (examples === 0) return;
  recordPayoff("data", {
    examples,
    retrainMs: Math.round(seconds * 1000),
    hash,
    passed: passing(rows),
    total: rows.length,
  });
}
