/**
 * Weight edits applied to real weights. Apart from model.ts because it needs the network's
 * parameter code, which the island's first chunk must not carry.
 */
import { cloneParams, type MlpParams } from "./core.ts";
import { tensorInfo, type WeightEdit } from "./model.ts";

/** A copy of `base` with the edits written in. */
export function withWeightEdits(base: MlpParams, edits: readonly WeightEdit[]): MlpParams {
  const params = cloneParams(base);
  for (const edit of edits) params.values[tensorInfo(edit.tensor).offset + edit.index] = edit.value;
  return params;
}
