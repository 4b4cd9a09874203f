/**
 * The only file that knows the neural-network core's names (src/core/nn) and where the digits set
 * lives: rename here when the core's API changes. Bundled into the engine bench page and its
 * worker; never imported by Node-side code.
 *
 * The retrain measured is the one a reader of the weights challenge runs: the published recipe on
 * the fixed labels (batch-07's mislabelled 7s relabelled), then the hash and the behaviour tests
 * of the new weights, which is what the widget's training worker does (outcome.ts) before it
 * answers. A retrain on the shipped labels checks, once, that Chromium gives the published hash.
 */
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import published from "../../../content/data/published-weights.json" with { type: "json" };
import {
  behaviourSuite,
  DEFAULT_RECIPE,
  decodeDigits,
  fixedLabelEdits,
  testPredictions,
  train,
  weightsSha256,
  type DigitsData,
  type Recipe,
} from "../../../src/core/nn/index.ts";

export interface Digits {
  data: DigitsData;
  /** The fixed-labels recipe: the published one with every wrong label corrected. */
  fixed: Recipe;
  /** The published weights' test predictions, the regression test's baseline; set by `checkPublished`. */
  reference: Uint8Array | null;
}

/** The SHA-256 the published weights were trained to: a retrain in the browser should match it. */
export const PUBLISHED_SHA256: string = published.sha256;

/** What the measured retrain is, for the report. */
export const RETRAIN_DESCRIPTION = "the weights challenge's retrain: published recipe on the fixed labels";

export function loadDigits(): Digits {
  const decoded = decodeDigits(digitsJson);
  if (!decoded.ok)
    throw new Error(`digits.json: ${decoded.problems.map((p) => `${p.where}: ${p.message}`).join("; ")}`);
  const data = decoded.value;
  return { data, fixed: { ...DEFAULT_RECIPE, edits: fixedLabelEdits(data.train) }, reference: null };
}

export interface RetrainOutcome {
  status: string;
  steps: number;
  /** Data edits in the recipe (the relabelled examples). */
  edits: number;
  sha256: string | null;
  testsPassed: number;
  testCount: number;
}

/** The published recipe on the shipped labels, untimed: its hash, to compare with the published one. */
export function checkPublished(digits: Digits): string | null {
  const outcome = train(DEFAULT_RECIPE, digits.data);
  if (outcome.status !== "trained") return null;
  digits.reference = testPredictions(outcome.params, digits.data);
  return weightsSha256(outcome.params);
}

/** A full retrain on the fixed labels, hashed and tested, as the widget's "Retrain" does. */
export function retrain(digits: Digits): RetrainOutcome {
  const outcome = train(digits.fixed, digits.data);
  const edits = digits.fixed.edits.length;
  if (outcome.status !== "trained")
    return { status: outcome.status, steps: 0, edits, sha256: null, testsPassed: 0, testCount: 0 };
  const sha256 = weightsSha256(outcome.params);
  const reference = digits.reference ?? testPredictions(outcome.params, digits.data);
  const tests = behaviourSuite(outcome.params, digits.data, reference);
  return {
    status: outcome.status,
    steps: outcome.steps,
    edits,
    sha256,
    testsPassed: tests.filter((t) => t.pass).length,
    testCount: tests.length,
  };
}
