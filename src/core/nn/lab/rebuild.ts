/**
 * One rebuild as the lab shows it: train the lab recipe, then set the result beside the published
 * weights — the hash (bits), which weights moved and by how much, and what the model does
 * differently on the 359 held-out images (behaviour). A generator, so the Web Worker and the
 * main-thread fallback both drive it and report progress; the report is plain data for postMessage.
 */
import type { DigitsData } from "../digits-data.ts";
import { evaluate } from "../evaluate.ts";
import { predict, type MlpParams } from "../mlp.ts";
import { weightsSha256 } from "../weights.ts";
import type { ExpTally } from "./lab-math.ts";
import type { LabRecipe } from "./lab-recipe.ts";
import { labTrainGenerator } from "./lab-train.ts";

import { DIFF_EDGES } from "./choices.ts";

export { DIFF_EDGES };

export interface RebuildProgress {
  readonly step: number;
  readonly totalSteps: number;
}

export interface RebuildReport {
  readonly status: "trained" | "diverged" | "invalid" | "empty";
  /** Why there are no weights, when status is not "trained". */
  readonly message: string;
  readonly hash: string | null;
  readonly publishedHash: string;
  readonly match: boolean;
  readonly hiddenUnits: number;
  /** Same shape as the published weights: only then can weights be compared one by one. */
  readonly sameShape: boolean;
  /** `bins[i]` for parameter i in canonical order (empty unless sameShape). */
  readonly bins: Uint8Array;
  readonly differingWeights: number;
  readonly totalWeights: number;
  readonly maxAbsDelta: number;
  /** `perDigit[digit]`: correct answers of the rebuilt and published models, and the image count. */
  readonly perDigit: readonly { rebuilt: number; published: number; total: number }[];
  readonly rebuiltCorrect: number;
  readonly publishedCorrect: number;
  /** Test images the two models classify differently. */
  readonly differentPredictions: number;
  readonly testCount: number;
  readonly expTally: ExpTally;
}

export function diffBin(rebuilt: number, published: number): number {
  if (rebuilt === published || (rebuilt !== rebuilt && published !== published)) return 0;
  const delta = Math.abs(rebuilt - published);
  let bin = 1;
  for (const edge of DIFF_EDGES) if (delta >= edge) bin++;
  return bin;
}

export function* rebuildGenerator(
  lab: LabRecipe,
  data: DigitsData,
  published: MlpParams,
): Generator<RebuildProgress, RebuildReport, void> {
  const run = labTrainGenerator(lab, data);
  let next = run.next();
  for (; !next.done; next = run.next()) {
    if (next.value.kind === "step") yield { step: next.value.step, totalSteps: next.value.totalSteps };
  }
  const { outcome, expTally } = next.value;
  const message =
    outcome.status === "diverged"
      ? `Training diverged at step ${outcome.atStep} (epoch ${outcome.epoch}): no weights to compare.`
      : outcome.status === "invalid"
        ? `The recipe is not valid: ${outcome.problems.map((p) => `${p.where}: ${p.message}`).join("; ")}`
        : outcome.status === "empty"
          ? "Every training example was left out: there is nothing to train on."
          : "";
  const rebuilt = outcome.status === "trained" ? outcome.params : null;
  return compareWithPublished(rebuilt, published, data, { status: outcome.status, message, expTally });
}

/** The comparison half of a rebuild (exported for tests that bring their own weights). */
export function compareWithPublished(
  rebuilt: MlpParams | null,
  published: MlpParams,
  data: DigitsData,
  run: Pick<RebuildReport, "status" | "message" | "expTally">,
): RebuildReport {
  const publishedHash = weightsSha256(published);
  const publishedEval = evaluate(published, data.test);
  const hash = rebuilt ? weightsSha256(rebuilt) : null;
  const sameShape = rebuilt !== null && rebuilt.hiddenUnits === published.hiddenUnits;
  const bins = new Uint8Array(sameShape ? published.values.length : 0);
  let differingWeights = 0;
  let maxAbsDelta = 0;
  if (rebuilt && sameShape) {
    for (let i = 0; i < bins.length; i++) {
      const bin = diffBin(rebuilt.values[i]!, published.values[i]!);
      bins[i] = bin;
      if (bin > 0) {
        differingWeights++;
        maxAbsDelta = Math.max(maxAbsDelta, Math.abs(rebuilt.values[i]! - published.values[i]!));
      }
    }
  }
  const rebuiltEval = rebuilt ? evaluate(rebuilt, data.test) : null;
  let differentPredictions = 0;
  if (rebuilt) {
    const pixels = new Float64Array(64);
    for (let example = 0; example < data.test.count; example++) {
      for (let p = 0; p < 64; p++) pixels[p] = data.test.pixels[example * 64 + p]!;
      if (predict(rebuilt, pixels).digit !== predict(published, pixels).digit) differentPredictions++;
    }
  }
  return {
    ...run,
    hash,
    publishedHash,
    match: hash === publishedHash,
    hiddenUnits: rebuilt?.hiddenUnits ?? 0,
    sameShape,
    bins,
    differingWeights,
    totalWeights: rebuilt?.values.length ?? 0,
    maxAbsDelta,
    perDigit: publishedEval.perDigit.map((row, digit) => ({
      rebuilt: rebuiltEval?.perDigit[digit]?.correct ?? 0,
      published: row.correct,
      total: row.total,
    })),
    rebuiltCorrect: rebuiltEval?.correct ?? 0,
    publishedCorrect: publishedEval.correct,
    differentPredictions,
    testCount: data.test.count,
  };
}
