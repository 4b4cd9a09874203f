/**
 * The behaviour table's rows for some weights: what the build renders for the published weights,
 * what the training worker sends back with a retrained model (so the main thread only draws it),
 * and what the view computes after a weight edit. One function, so all three agree.
 */
import { behaviourTable, evaluate } from "../../core/nn/evaluate.ts";
import type { DigitsSplit } from "../../core/nn/digits-data.ts";
import type { MlpParams } from "../../core/nn/mlp.ts";

export interface Row {
  digit: number;
  accuracy: number;
  pass: boolean;
  confusedWith: number | null;
}

/** One row per digit on the held-out split. */
export function testRows(params: MlpParams, test: DigitsSplit): Row[] {
  return behaviourTable(evaluate(params, test)).map((row) => ({
    digit: row.digit,
    accuracy: row.accuracy,
    pass: row.pass,
    confusedWith: row.mostConfusedWith?.digit ?? null,
  }));
}
