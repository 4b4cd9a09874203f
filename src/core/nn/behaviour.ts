/**
 * The behaviour tests (suite.ts) run on a model: its predictions on the test and held-out sets,
 * with the published model's test predictions as the regression baseline.
 */
import type { DigitsSplit } from "./digits-data.ts";
import type { MlpParams } from "./mlp.ts";
import { buildCache } from "./search/sweep.ts";
import { passCount, runSuite, type TestResult } from "./suite.ts";

export interface HeldOut {
  readonly test: DigitsSplit;
  readonly holdout: DigitsSplit;
}

/** The published model's predicted digit for each test image: what "keeps what worked" compares with. */
export function testPredictions(params: MlpParams, data: HeldOut): Uint8Array {
  return buildCache(params, data.test, data.holdout).predicted.slice(0, data.test.count);
}

export function behaviourSuite(params: MlpParams, data: HeldOut, publishedPredictions: Uint8Array): TestResult[] {
  return runSuite(buildCache(params, data.test, data.holdout, publishedPredictions).tally);
}

export function testsPassed(params: MlpParams, data: HeldOut, publishedPredictions: Uint8Array): number {
  return passCount(buildCache(params, data.test, data.holdout, publishedPredictions).tally);
}
