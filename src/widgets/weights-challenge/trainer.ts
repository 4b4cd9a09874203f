/**
 * Runs a retrain where the page allows it: in a module Web Worker, or, where workers are refused
 * (an embed sandboxed without allow-same-origin), on the main thread in slices of a few
 * milliseconds with a yield between them, so input still gets handled. Both run the same core
 * generator, so they give the same bits.
 */
import { paramsFromValues, trainGenerator, type DataEdit, type Recipe } from "../../core/nn/index.ts";
import { resultOf, type Trained, type TrainResult } from "./outcome.ts";
import type { ChallengeData, Row } from "./rows.ts";
import { afterNextPaint } from "../shared/yield.ts";

export type WorkerReply =
  | { kind: "progress"; step: number; totalSteps: number; losses: number[] }
  | { kind: "trained"; values: Float64Array<ArrayBuffer>; hiddenUnits: number; sha256: string; rows: Row[] }
  | Exclude<TrainResult, { kind: "trained" }>;

export type { Trained, TrainResult };

/** The data edits and learning rate a model was retrained on (a share link records only these). */
export interface TrainedOn {
  edits: readonly DataEdit[];
  learningRate: number;
}

export interface Progress {
  step: number;
  totalSteps: number;
  losses: number[];
}

export interface TrainJob {
  result: Promise<TrainResult>;
  cancel: () => void;
  /** Where it runs; final once `result` settles (a refused worker falls back to the main thread). */
  where: "worker" | "main thread";
}

const SLICE_MS = 8;

export function startTraining(
  recipe: Recipe,
  data: ChallengeData,
  useWorker: boolean,
  onProgress: (progress: Progress) => void,
): TrainJob {
  if (useWorker) {
    try {
      return inWorker(recipe, data, onProgress);
    } catch {
      // Constructing the worker was refused: fall through to the main thread.
    }
  }
  return onMainThread(recipe, data, onProgress);
}

/**
 * startTraining, once the browser has painted what the click changed: on a two-core phone or
 * laptop a worker busy from the first millisecond competes with painting for the CPU, and the
 * reader would wait for the "Training…" state to appear.
 */
export function startTrainingAfterPaint(
  recipe: Recipe,
  data: ChallengeData,
  useWorker: boolean,
  onProgress: (progress: Progress) => void,
): TrainJob {
  let running: TrainJob | null = null;
  let cancelled = false;
  let settle: (result: TrainResult) => void = () => undefined;
  const job: TrainJob = {
    result: new Promise<TrainResult>((resolve) => (settle = resolve)),
    cancel: () => {
      cancelled = true;
      if (running) running.cancel();
      else settle({ kind: "failed", message: "Training cancelled." });
    },
    where: useWorker ? "worker" : "main thread",
  };
  // Training starts once the click's frame is painted (and goes on in a tab that paints no frames).
  void afterNextPaint().then(() => {
    if (cancelled) return;
    running = startTraining(recipe, data, useWorker, onProgress);
    job.where = running.where;
    void running.result.then(settle);
  });
  return job;
}

function inWorker(recipe: Recipe, data: ChallengeData, onProgress: (progress: Progress) => void): TrainJob {
  const worker = new Worker(new URL("./train.worker.ts", import.meta.url), { type: "module" });
  let settle: (result: TrainResult) => void = () => undefined;
  const result = new Promise<TrainResult>((resolve) => (settle = resolve));
  const finish = (value: TrainResult) => {
    worker.terminate();
    settle(value);
  };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.kind === "progress") onProgress(reply);
    else if (reply.kind === "trained")
      finish({
        kind: "trained",
        params: paramsFromValues(reply.hiddenUnits, reply.values),
        sha256: reply.sha256,
        rows: reply.rows,
      });
    else finish(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ kind: "failed", message: "The training worker stopped unexpectedly." });
  };
  worker.postMessage({ recipe, data });
  return { result, cancel: () => finish({ kind: "failed", message: "Training cancelled." }), where: "worker" };
}

function onMainThread(recipe: Recipe, data: ChallengeData, onProgress: (progress: Progress) => void): TrainJob {
  const run = trainGenerator(recipe, data);
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stop: () => void = () => undefined;
  const result = new Promise<TrainResult>((resolve) => {
    stop = () => resolve({ kind: "failed", message: "Training cancelled." });
    const slice = () => {
      if (cancelled) return resolve({ kind: "failed", message: "Training cancelled." });
      const started = performance.now();
      const losses: number[] = [];
      let step = 0;
      let totalSteps = 0;
      while (performance.now() - started < SLICE_MS) {
        const next = run.next();
        if (next.done) {
          if (losses.length > 0) onProgress({ step, totalSteps, losses });
          return resolve(resultOf(next.value, data));
        }
        if (next.value.kind === "step") {
          step = next.value.step;
          totalSteps = next.value.totalSteps;
          losses.push(next.value.batchLoss);
        }
      }
      if (losses.length > 0) onProgress({ step, totalSteps, losses });
      timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      stop();
    },
    where: "main thread",
  };
}
