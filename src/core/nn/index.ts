/**
 * Public API of the neural-network core, for the "patch the weights" widget and its Web Worker.
 * Everything here is pure: no DOM, no I/O, randomness from seeds. Load digits.json and the
 * published .safetensors yourself (fetch/import), then:
 *
 *   const data = decodeDigits(json)                     // Result<DigitsData>
 *   for (const event of trainGenerator(recipe, data))   // live loss curve; returns TrainOutcome
 *   const outcome = train(recipe, data, onEvent)        // or all at once
 *   weightsSha256(outcome.params)                       // the hash readers compare
 *   behaviourSuite(params, data, testPredictions(published, data)) // the 13 behaviour tests
 */
export { DIGITS_FORMAT, DIGIT_COUNT, PIXELS_PER_IMAGE, decodeDigits } from "./digits-data.ts";
export type { DigitsData, DigitsSplit, TrainingSplit } from "./digits-data.ts";
export { MAX_EDITS, applyEdits, fixedLabelEdits, validateEdits } from "./edits.ts";
export type { DataEdit, TrainingSet } from "./edits.ts";
export { DEFAULT_RECIPE, validateRecipe } from "./recipe.ts";
export type { Recipe } from "./recipe.ts";
export { train, trainGenerator } from "./train.ts";
export type { TrainEvent, TrainOutcome } from "./train.ts";
export { BEHAVIOUR_THRESHOLD, behaviourTable, evaluate } from "./evaluate.ts";
export type { BehaviourRow, DigitAccuracy, Evaluation } from "./evaluate.ts";
export { argmax, cloneParams, initParams, parameterCount, paramsFromValues, predict } from "./mlp.ts";
export type { MlpParams, Prediction } from "./mlp.ts";
export {
  WEIGHTS_FORMAT,
  weightsFromBytes,
  weightsFromSafetensors,
  weightsSha256,
  weightsToBytes,
  weightsToSafetensors,
} from "./weights.ts";
export { encodeSafetensors, parseSafetensors } from "./safetensors.ts";
export type { SafetensorsFile, SafetensorsTensor } from "./safetensors.ts";
export { behaviourSuite, testPredictions, testsPassed } from "./behaviour.ts";
export { TEST_COUNT, passCount, runSuite } from "./suite.ts";
export type { TestKind, TestResult } from "./suite.ts";
export { CORRECTION_COUNTS, fineTuneReport, lowRankReport, rankOneReport } from "./steelmen/run.ts";
export type { Judged } from "./steelmen/run.ts";
export type { FineTuneOutcome } from "./steelmen/fine-tune.ts";
export type { LowRankOutcome } from "./steelmen/low-rank.ts";
export type { RankOneOutcome } from "./steelmen/rank-one.ts";
export { detExp, detLog, detSqrt } from "./det-math.ts";
export type { Problem, Result } from "./result.ts";
export { sha256, sha256Hex, bytesToHex } from "../hash/sha256.ts";
export { createRng, rngFromState } from "../rng/xoshiro128.ts";
export type { Rng, RngState } from "../rng/xoshiro128.ts";
