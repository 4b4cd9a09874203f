/**
 * What a rebuild does once the files are in memory, shared by the Web Worker and the main-thread
 * fallback (so both give the same bits): decode the data and the published weights, then drive
 * the core's rebuild generator. Kept out of the island's first bundle: it pulls in the trainer.
 */
import { decodeDigits, weightsFromSafetensors, type DigitsData, type MlpParams } from "../../core/nn/index.ts";
import { rebuildGenerator, type LabRecipe, type RebuildProgress, type RebuildReport } from "../../core/nn/lab/index.ts";

export interface Inputs {
  readonly digitsText: string;
  readonly weightsBytes: Uint8Array;
}

export type Prepared = { ok: true; data: DigitsData; published: MlpParams } | { ok: false; message: string };

export function prepare(inputs: Inputs): Prepared {
  let json: unknown;
  try {
    json = JSON.parse(inputs.digitsText);
  } catch {
    return { ok: false, message: "The digits data is not valid JSON." };
  }
  const digits = decodeDigits(json);
  if (!digits.ok) return { ok: false, message: `The digits data is damaged (${digits.problems[0]?.where ?? "?"}).` };
  const weights = weightsFromSafetensors(inputs.weightsBytes);
  if (!weights.ok)
    return { ok: false, message: `The published weights are damaged (${weights.problems[0]?.message}).` };
  return { ok: true, data: digits.value, published: weights.value };
}

export function rebuildSteps(
  recipe: LabRecipe,
  prepared: Extract<Prepared, { ok: true }>,
): Generator<RebuildProgress, RebuildReport, void> {
  return rebuildGenerator(recipe, prepared.data, prepared.published);
}
