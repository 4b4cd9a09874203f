/**
 * Opening a share link that records a retrain: the page runs the same recipe on the link's data
 * edits (in a worker where allowed, as the Retrain button does) and compares the SHA-256 it gets
 * with the one the link records, the hash the sharer's page showed. Training is deterministic, so
 * they match unless the data or the training program changed since the link was made; the page
 * says which. Loaded only for such a link.
 */
import { DEFAULT_RECIPE, validateRecipe, type DataEdit } from "../../core/nn/index.ts";
import { workersAllowed } from "../shared/environment.ts";
import type { ChallengeData } from "./rows.ts";
import { startTrainingAfterPaint, type Trained } from "./trainer.ts";
import { formatCount } from "../../core/format/count.ts";

export type LinkRun =
  | { phase: "running"; expected: string; edits: number; step: number; total: number }
  | { phase: "done"; expected: string; edits: number; got: string; seconds: number; where: string }
  | { phase: "failed"; expected: string; edits: number; message: string };

export function startLinkRetrain(
  data: ChallengeData,
  edits: readonly DataEdit[],
  learningRate: number,
  expected: string,
  onUpdate: (run: LinkRun) => void,
  onTrained: (result: Trained) => void,
): void {
  const base = { expected, edits: edits.length };
  const recipe = validateRecipe({ ...DEFAULT_RECIPE, learningRate, edits }, data.train.count, data.batchNames);
  if (!recipe.ok) {
    onUpdate({ ...base, phase: "failed", message: "Its data edits do not make a valid recipe." });
    return;
  }
  onUpdate({ ...base, phase: "running", step: 0, total: 0 });
  const startedAt = performance.now();
  const job = startTrainingAfterPaint(recipe.value, data, workersAllowed(), (p) =>
    onUpdate({ ...base, phase: "running", step: p.step, total: p.totalSteps }),
  );
  void job.result.then((outcome) => {
    if (outcome.kind !== "trained") {
      const message = outcome.kind === "diverged" ? `Training diverged at step ${outcome.atStep}.` : outcome.message;
      onUpdate({ ...base, phase: "failed", message });
      return;
    }
    const seconds = (performance.now() - startedAt) / 1000;
    onUpdate({ ...base, phase: "done", got: outcome.sha256, seconds, where: job.where });
    onTrained(outcome);
  });
}

export function LinkRetrainNotice({ run }: { run: LinkRun }) {
  const what = `${formatCount(run.edits)} data edit${run.edits === 1 ? "" : "s"}`;
  if (run.phase === "running")
    return (
      <p class="wc-notice" role="status">
        This link records a retrain: retraining from scratch on its {what} with the published recipe,{" "}
        <span class="wc-steps">{`step ${run.step} of ${run.total || "…"}`}</span>
      </p>
    );
  if (run.phase === "failed")
    return (
      <p class="wc-notice wc-error" role="status">
        This link records a retrain, but it could not be run here: {run.message} The published weights are shown.
      </p>
    );
  const same = run.got === run.expected;
  return (
    <div class="wc-notice wc-link-retrain" role="status">
      <p>
        This link records a retrain, so the page retrained from scratch on its {what} ({run.seconds.toFixed(2)} s,{" "}
        {run.where === "worker" ? "in a Web Worker" : "on the main thread"}). The tests and the hash below are of the
        weights it made.
      </p>
      <p class="wc-link-hash">
        SHA-256 here: <code class="wc-sha">{run.got}</code>{" "}
        <strong class={same ? "wc-same" : undefined}>
          {same
            ? "the same as the link records: the sharer’s weights, bit for bit"
            : "differs from the link’s, so the data or the training program has changed since the link was made"}
        </strong>
        {!same && (
          <>
            {" "}
            (the link’s: <code class="wc-sha">{run.expected}</code>)
          </>
        )}
      </p>
    </div>
  );
}
