/**
 * Starts a rebuild where the page allows it: in a module Web Worker, or, where workers are refused
 * (an embed sandboxed without allow-same-origin), on the main thread in slices of a few
 * milliseconds, so the page keeps handling input. The fallback loads the trainer on demand, so the
 * island's own bundle does not carry it.
 */
import type { LabRecipe, RebuildProgress, RebuildReport } from "../../core/nn/lab/index.ts";
import type { Inputs } from "./pipeline.ts";
import { yieldToMain } from "../shared/yield.ts";

export type WorkerReply =
  | ({ kind: "progress" } & RebuildProgress)
  | { kind: "done"; report: RebuildReport }
  | { kind: "failed"; message: string };

export type RunResult = { kind: "done"; report: RebuildReport } | { kind: "failed"; message: string };

export interface RunningRebuild {
  readonly result: Promise<RunResult>;
  readonly cancel: () => void;
}

const SLICE_MS = 12;

export function startRebuild(
  recipe: LabRecipe,
  inputs: Inputs,
  useWorker: boolean,
  onProgress: (progress: RebuildProgress) => void,
): RunningRebuild {
  return useWorker ? inWorker(recipe, inputs, onProgress) : onMainThread(recipe, inputs, onProgress);
}

function inWorker(recipe: LabRecipe, inputs: Inputs, onProgress: (p: RebuildProgress) => void): RunningRebuild {
  const worker = new Worker(new URL("./lab.worker.ts", import.meta.url), { type: "module" });
  let settle: (result: RunResult) => void = () => undefined;
  const result = new Promise<RunResult>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.kind === "progress") onProgress(reply);
    else {
      settle(reply);
      worker.terminate();
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ kind: "failed", message: "The background worker stopped with an error." });
    worker.terminate();
  };
  worker.postMessage({ recipe, inputs });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle({ kind: "failed", message: "cancelled" });
    },
  };
}

function onMainThread(recipe: LabRecipe, inputs: Inputs, onProgress: (p: RebuildProgress) => void): RunningRebuild {
  let cancelled = false;
  const result = (async (): Promise<RunResult> => {
    const { prepare, rebuildSteps } = await import("./pipeline.ts");
    const prepared = prepare(inputs);
    if (!prepared.ok) return { kind: "failed", message: prepared.message };
    const run = rebuildSteps(recipe, prepared);
    for (;;) {
      const sliceEnd = performance.now() + SLICE_MS;
      let next = run.next();
      while (!next.done && performance.now() < sliceEnd) next = run.next();
      if (next.done) return { kind: "done", report: next.value };
      onProgress(next.value);
      await yieldToMain();
      if (cancelled) return { kind: "failed", message: "cancelled" };
    }
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
    },
  };
}
