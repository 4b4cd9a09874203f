/**
 * The behaviour table's rows for some weights: what the build renders for the published weights,
 * what the training worker sends back with a retrained model (so the main thread only draws it),
 * and what the view computes after a weight edit. One function, so all three agree.
 */
import { behaviourSuite } from "../../core/nn/behaviour.ts";
import type { DigitsData } from "../../core/nn/digits-data.ts";
import type { MlpParams } from "../../core/nn/mlp.ts";
import type { TestResult } from "../../core/nn/suite.ts";

export type Row = TestResult;

/** The data with the published model's test predictions, the baseline of "keeps what worked". */
export interface ChallengeData extends DigitsData {
  readonly reference: Uint8Array;
}

/** The 13 behaviour tests (src/core/nn/suite.ts) on the test and second held-out sets. */
export function testRows(params: MlpParams, data: ChallengeData): Row[] {
  return behaviourSuite(params, data, data.reference);
}
