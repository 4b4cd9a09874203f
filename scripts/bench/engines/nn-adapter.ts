/**
 * The only file that knows the neural-network core's names (src/core/nn) and where the digits set
 * lives: rename here when the core's API changes. Bundled into the engine bench page and its
 * worker; never imported by Node-side code.
 */
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import published from "../../../content/data/published-weights.json" with { type: "json" };
import { DEFAULT_RECIPE, decodeDigits, train, weightsSha256, type DigitsData } from "../../../src/core/nn/index.ts";

export type Digits = DigitsData;

/** The SHA-256 the published weights were trained to: a retrain in the browser should match it. */
export const PUBLISHED_SHA256: string = published.sha256;

export function loadDigits(): Digits {
  const decoded = decodeDigits(digitsJson);
  if (!decoded.ok)
    throw new Error(`digits.json: ${decoded.problems.map((p) => `${p.where}: ${p.message}`).join("; ")}`);
  return decoded.value;
}

export interface RetrainOutcome {
  status: string;
  steps: number;
  sha256: string | null;
}

/** A full retrain with the published recipe, as the widget's "Retrain" does. */
export function retrain(data: Digits): RetrainOutcome {
  const outcome = train(DEFAULT_RECIPE, data);
  if (outcome.status !== "trained") return { status: outcome.status, steps: 0, sha256: null };
  return { status: outcome.status, steps: outcome.steps, sha256: weightsSha256(outcome.params) };
}
