/**
 * In-browser bench of the language model's retrain, as the widget runs it: the widget's worker
 * (lm-worker.ts) trains with the published recipe while the main thread does what the widget's
 * Fix-the-data panel does with each progress message (appends the losses and re-renders the
 * widget's own LossCurve component with Preact). A long-task observer watches the main thread the
 * whole time. Runs are timed from the main thread, request to answer (what the reader waits for,
 * behaviour tests and hash included); the worker's own figure is kept beside it.
 */
import { h, render } from "preact";
import { LossCurve } from "../../../src/widgets/lm-challenge/LossCurve.tsx";
import { summarize } from "../stats.ts";
import { CORPUS_MESSAGE, PARAMETERS, PUBLISHED_SHA256, retrainRequest, type LmReply } from "./lm-adapter.ts";
import { nextTask, publish, requestedRepeats } from "./page-helpers.ts";
import type { LmBenchResult } from "./protocol.ts";

/** A retrain is ~10–30 s here: 3 runs give a median within the engine timeout (2 in a quick run). */
const MAX_RUNS = 3;

/** Long-task entries arrive asynchronously, after the task ends: give them time to land. */
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 200));

interface Run {
  endMs: number;
  wallMs: number;
  workerMs: number;
  sha256: string;
  steps: number;
  progressMessages: number;
}

function retrainOnce(worker: Worker, id: number, curve: HTMLElement): Promise<Run> {
  return new Promise((done, fail) => {
    const losses: number[] = [];
    let steps = 0;
    let progressMessages = 0;
    const started = performance.now();
    worker.onerror = (event) => fail(new Error(`worker: ${event.message}`));
    worker.onmessage = (event: MessageEvent<LmReply>) => {
      const { body } = event.data;
      if (event.data.id !== id) return;
      if (body.kind === "progress") {
        progressMessages++;
        losses.push(...body.losses);
        steps = body.step;
        render(h(LossCurve, { losses: [...losses], totalSteps: body.totalSteps }), curve);
      } else if (body.kind === "trained") {
        const endMs = performance.now();
        done({
          endMs,
          wallMs: endMs - started,
          workerMs: body.milliseconds,
          sha256: body.sha256,
          steps,
          progressMessages,
        });
      } else fail(new Error(`retrain answered ${body.kind}${"message" in body ? `: ${body.message}` : ""}`));
    };
    worker.postMessage(retrainRequest(id));
  });
}

async function bench(): Promise<LmBenchResult> {
  const runs = Math.max(1, Math.min(MAX_RUNS, requestedRepeats()));
  const curve = document.body.appendChild(document.createElement("div"));
  const worker = new Worker(new URL("./lm-worker.js", import.meta.url), { type: "module" });
  worker.postMessage(CORPUS_MESSAGE);
  // Only tasks that start once the first retrain is requested count: the page's own script
  // (parsing the bundled corpus, starting the worker) is not part of a retrain.
  await nextTask();
  const retrainsStart = performance.now();
  let longestMs = 0;
  let over50 = 0;
  const longTaskList: { atMs: number; durationMs: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime < retrainsStart) continue;
      longestMs = Math.max(longestMs, entry.duration);
      over50++;
      longTaskList.push({ atMs: entry.startTime - retrainsStart, durationMs: entry.duration });
    }
  });
  observer.observe({ type: "longtask", buffered: true });
  // Long animation frames say how much of a long stretch was script: on a loaded machine a task
  // that needs a few milliseconds of CPU can last 100 ms of wall time while its thread waits.
  const frames: { atMs: number; durationMs: number; scriptMs: number }[] = [];
  const frameObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { scripts?: { duration: number }[] })[]) {
      if (entry.startTime < retrainsStart) continue;
      const scriptMs = (entry.scripts ?? []).reduce((sum, script) => sum + script.duration, 0);
      frames.push({ atMs: entry.startTime - retrainsStart, durationMs: entry.duration, scriptMs });
    }
  });
  if (PerformanceObserver.supportedEntryTypes.includes("long-animation-frame"))
    frameObserver.observe({ type: "long-animation-frame", buffered: true });
  const samples: Run[] = [];
  for (let i = 0; i < runs; i++) samples.push(await retrainOnce(worker, i + 1, curve));
  await settle();
  observer.disconnect();
  frameObserver.disconnect();
  worker.terminate();
  const hashes = [...new Set(samples.map((s) => s.sha256))];
  return {
    engine: "lm",
    parameters: PARAMETERS,
    steps: samples[0]!.steps,
    retrainMs: summarize(samples.map((s) => s.wallMs)),
    workerMs: summarize(samples.map((s) => s.workerMs)),
    progressMessages: samples[0]!.progressMessages,
    sha256s: hashes,
    publishedSha256: PUBLISHED_SHA256,
    longestMainThreadTaskMs: longestMs,
    longTasks: over50,
    longTaskList: longTaskList.map((task) => ({
      ...task,
      // The script time of the long animation frame that contains the task, if any.
      scriptMs:
        frames.find((f) => f.atMs <= task.atMs + 1 && task.atMs + task.durationMs <= f.atMs + f.durationMs + 1)
          ?.scriptMs ?? null,
    })),
    runEndsMs: samples.map((s) => s.endMs - retrainsStart),
  };
}

publish("lm", bench);
