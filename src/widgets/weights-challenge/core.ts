/**
 * The parts of the core the island needs when it first hydrates, imported from their modules
 * rather than through src/core/nn/index.ts: the bundler treats everything a barrel re-exports as
 * reachable from the first chunk, which put the trainer and the safetensors writer (needed only
 * by panels that load later) into the code every reader downloads. Same functions, same names.
 */
export { decodeDigits, PIXELS_PER_IMAGE } from "../../core/nn/digits-data.ts";
export type { DigitsData, DigitsSplit } from "../../core/nn/digits-data.ts";
export { validateEdits } from "../../core/nn/edits.ts";
export type { DataEdit } from "../../core/nn/edits.ts";
export { DEFAULT_RECIPE } from "../../core/nn/recipe.ts";
export { testPredictions } from "../../core/nn/behaviour.ts";
export { cloneParams, predict } from "../../core/nn/mlp.ts";
export type { MlpParams } from "../../core/nn/mlp.ts";
export { weightsFromSafetensors, weightsSha256 } from "../../core/nn/weights.ts";
