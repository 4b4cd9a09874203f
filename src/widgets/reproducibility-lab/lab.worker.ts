/**
 * Rebuilds off the main thread, so the page stays responsive for the second or two that 740 SGD
 * steps take. Progress is posted every few steps, not every step, to keep the page's message
 * handling cheap. The decoded data is cached between rebuilds of the same files.
 */
/// <reference lib="webworker" />
import type { LabRecipe } from "../../core/nn/lab/index.ts";
import { prepare, rebuildSteps, type Inputs, type Prepared } from "./pipeline.ts";
import type { WorkerReply } from "./runner.ts";

const POST_EVERY = 20;
let cached: { inputs: Inputs; prepared: Prepared } | null = null;

self.onmessage = (event: MessageEvent<{ recipe: LabRecipe; inputs: Inputs }>) => {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const post = (reply: WorkerReply) => scope.postMessage(reply);
  try {
    const { recipe, inputs } = event.data;
    if (cached?.inputs.digitsText !== inputs.digitsText) cached = { inputs, prepared: prepare(inputs) };
    const prepared = cached.prepared;
    if (!prepared.ok) {
      post({ kind: "failed", message: prepared.message });
      return;
    }
    const run = rebuildSteps(recipe, prepared);
    for (let next = run.next(); ; next = run.next()) {
      if (next.done) {
        post({ kind: "done", report: next.value });
        return;
      }
      if (next.value.step % POST_EVERY === 0) post({ kind: "progress", ...next.value });
    }
  } catch (error) {
    post({ kind: "failed", message: error instanceof Error ? error.message : "the rebuild failed" });
  }
};
