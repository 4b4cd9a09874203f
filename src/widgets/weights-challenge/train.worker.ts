/**
 * Retraining off the main thread, so the page stays responsive while 900 SGD steps run. The
 * worker runs the same core trainer as `npm run train`, so the hash it reports is the one the
 * command prints for the same data. Losses are posted in small batches, not per step, to keep
 * the main thread's message handling cheap.
 */
/// <reference lib="webworker" />
import { trainGenerator, weightsSha256, type DigitsData, type Recipe } from "../../core/nn/index.ts";
import { testRows } from "./rows.ts";
import type { WorkerReply } from "./trainer.ts";

const POST_EVERY = 15;

self.onmessage = (event: MessageEvent<{ recipe: Recipe; data: DigitsData }>) => {
  const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);
  const run = trainGenerator(event.data.recipe, event.data.data);
  let losses: number[] = [];
  let step = 0;
  let totalSteps = 0;
  for (;;) {
    const next = run.next();
    if (next.done) {
      if (losses.length > 0) post({ kind: "progress", step, totalSteps, losses });
      const outcome = next.value;
      if (outcome.status === "trained") {
        const values = Float64Array.from(outcome.params.values);
        post(
          {
            kind: "trained",
            values,
            hiddenUnits: outcome.params.hiddenUnits,
            sha256: weightsSha256(outcome.params),
            rows: testRows(outcome.params, event.data.data.test),
          },
          [values.buffer],
        );
      } else if (outcome.status === "diverged") post({ kind: "diverged", atStep: outcome.atStep });
      else if (outcome.status === "empty")
        post({ kind: "failed", message: "Every example was left out: nothing to train on." });
      else post({ kind: "failed", message: outcome.problems.map((p) => `${p.where}: ${p.message}`).join("; ") });
      return;
    }
    if (next.value.kind !== "step") continue;
    step = next.value.step;
    totalSteps = next.value.totalSteps;
    losses.push(next.value.batchLoss);
    if (losses.length >= POST_EVERY) {
      post({ kind: "progress", step, totalSteps, losses });
      losses = [];
    }
  }
};
