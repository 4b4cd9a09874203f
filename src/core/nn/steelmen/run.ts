/**
 * Both steelmen at full strength for one number of corrected images, judged by the behaviour
 * tests, with what the bad batch still shapes: the mislabelled training images the repaired
 * model still reads as their wrong label.
 */
import { behaviourSuite, testPredictions } from "../behaviour.ts";
import type { DigitsData } from "../digits-data.ts";
import type { MlpParams } from "../mlp.ts";
import type { TestResult } from "../suite.ts";
import { fineTuneSteelman, type FineTuneOutcome } from "./fine-tune.ts";
import { lowRankSteelman, type LowRankOutcome } from "./low-rank.ts";
import { rankOneSteelman, type RankOneOutcome } from "./rank-one.ts";
import { mislabelledReading, type MislabelledReading } from "./score.ts";
import { DEFAULT_SET_SIZES, pickSets } from "./sets.ts";

/** The choices of "how many wrong labels did you find and correct" the page offers. */
export const CORRECTION_COUNTS = [10, 20, 40] as const;

export interface Judged<T> {
  readonly outcome: T;
  readonly tests: readonly TestResult[];
  readonly mislabelled: MislabelledReading;
}

function judge<T extends { params: MlpParams }>(outcome: T, data: DigitsData, reference: Uint8Array): Judged<T> {
  return {
    outcome,
    tests: behaviourSuite(outcome.params, data, reference),
    mislabelled: mislabelledReading(outcome.params, data.train),
  };
}

export function rankOneReport(published: MlpParams, data: DigitsData, corrections: number): Judged<RankOneOutcome> {
  const sets = pickSets(data.train, { ...DEFAULT_SET_SIZES, corrections });
  return judge(rankOneSteelman(published, data, sets), data, testPredictions(published, data));
}

export function fineTuneReport(published: MlpParams, data: DigitsData, corrections: number): Judged<FineTuneOutcome> {
  const sets = pickSets(data.train, { ...DEFAULT_SET_SIZES, corrections });
  return judge(fineTuneSteelman(published, data, sets), data, testPredictions(published, data));
}

export function lowRankReport(published: MlpParams, data: DigitsData, corrections: number): Judged<LowRankOutcome> {
  const sets = pickSets(data.train, { ...DEFAULT_SET_SIZES, corrections });
  return judge(lowRankSteelman(published, data, sets), data, testPredictions(published, data));
}
