/**
 * Retraining off the main thread, so the page stays responsive while 740 SGD steps run. The
 * worker runs the same core trainer as `npm run train`, so the hash it reports is the one the
 * command prints for the same data. Losses are posted in small batches, not per step, to keep
 * the main thread's message handling cheap.
 */
/// <reference lib="webworker" />
import { trainGenerator, type Recipe } from "../../core/nn/index.ts";
import type { ChallengeData } from "./rows.ts";
import { resultOf } from "./outcome.ts";
import type { WorkerReply } from "./trainer.ts";

const POST_EVERY = 15;

self.onmessage = (event: MessageEvent<{ recipe: Recipe; data: ChallengeData }>) => {
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
      const result = resultOf(next.value, event.data.data);
      if (result.kind === "trained") {
        const values = Float64Array.from(result.params.values);
        post(
          { kind: "trained", values, hiddenUnits: result.params.hiddenUnits, sha256: result.sha256, rows: result.rows },
          [values.buffer],
        );
      } else post(result);
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
