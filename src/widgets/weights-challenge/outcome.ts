/**
 * What a finished training run means to the widget, worked out where it trained: the worker and
 * the main-thread fallback both call `resultOf`, so they report the same hash, test rows and
 * messages.
 */
import { weightsSha256, type MlpParams, type TrainOutcome } from "../../core/nn/index.ts";
import { testRows, type ChallengeData, type Row } from "./rows.ts";

/** A trained result carries its hash and test rows, computed where it trained (off the main thread). */
export type TrainResult =
  | { kind: "trained"; params: MlpParams; sha256: string; rows: Row[] }
  | { kind: "diverged"; atStep: number }
  | { kind: "failed"; message: string };

export type Trained = Extract<TrainResult, { kind: "trained" }>;

export function resultOf(outcome: TrainOutcome, data: ChallengeData): TrainResult {
  switch (outcome.status) {
    case "trained":
      return {
        kind: "trained",
        params: outcome.params,
        sha256: weightsSha256(outcome.params),
        rows: testRows(outcome.params, data),
      };
    case "diverged":
      return { kind: "diverged", atStep: outcome.atStep };
    case "empty":
      return { kind: "failed", message: "Every example was left out: nothing to train on." };
    case "invalid":
      return { kind: "failed", message: outcome.problems.map((p) => `${p.where}: ${p.message}`).join("; ") };
  }
}
