/**
 * In-browser bench of the neural-network core: the weights challenge's retrain (the published
 * recipe on the fixed labels, hashed and tested, see nn-adapter.ts), timed on the main thread
 * (median and p95), then again in a Web Worker while a long-task observer watches the main
 * thread, which is what a reader's page would feel. One untimed retrain on the shipped labels
 * first checks that Chromium reproduces the published hash.
 */
import { summarize } from "../stats.ts";
import {
  checkPublished,
  loadDigits,
  PUBLISHED_SHA256,
  RETRAIN_DESCRIPTION,
  retrain,
  type RetrainOutcome,
} from "./nn-adapter.ts";
import type { WorkerAnswer } from "./nn-worker.ts";
import { nextTask, publish, requestedRepeats } from "./page-helpers.ts";
import type { NnBenchResult } from "./protocol.ts";

/** Worker retrains are few: they show the main thread stays free, not a second timing. */
const WORKER_RUNS = 3;

function watchLongTasks(): { longestMs: () => number; stop: () => void } {
  let longestMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestMs = Math.max(longestMs, entry.duration);
  });
  observer.observe({ type: "longtask" });
  return { longestMs: () => longestMs, stop: () => observer.disconnect() };
}

/** Long-task entries arrive asynchronously, after the task ends: give them time to land. */
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 200));

async function retrainInWorker(runs: number): Promise<NnBenchResult["workerRetrain"]> {
  const worker = new Worker(new URL("./nn-worker.js", import.meta.url), { type: "module" });
  const once = (): Promise<WorkerAnswer> =>
    new Promise((done, fail) => {
      worker.onmessage = (event: MessageEvent<WorkerAnswer>) => done(event.data);
      worker.onerror = (event) => fail(new Error(`worker: ${event.message}`));
      worker.postMessage("retrain");
    });
  await once(); // the first message also decodes the data set: not part of a retrain
  const watch = watchLongTasks();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await once()).retrainMs);
  await settle();
  watch.stop();
  worker.terminate();
  return { retrainMs: summarize(samples), longestMainThreadTaskMs: watch.longestMs() };
}

async function bench(): Promise<NnBenchResult> {
  const repeats = requestedRepeats();
  const data = loadDigits();
  const publishedRetrainSha256 = checkPublished(data);
  const watch = watchLongTasks();
  const samples: number[] = [];
  let outcome: RetrainOutcome = { status: "not run", steps: 0, edits: 0, sha256: null, testsPassed: 0, testCount: 0 };
  for (let i = 0; i < repeats; i++) {
    await nextTask();
    const started = performance.now();
    outcome = retrain(data);
    samples.push(performance.now() - started);
  }
  await settle();
  watch.stop();
  return {
    engine: "nn",
    retrain: RETRAIN_DESCRIPTION,
    retrainMs: summarize(samples),
    steps: outcome.steps,
    edits: outcome.edits,
    sha256: outcome.sha256,
    testsPassed: outcome.testsPassed,
    testCount: outcome.testCount,
    publishedRetrainSha256,
    publishedSha256: PUBLISHED_SHA256,
    workerRetrain: await retrainInWorker(Math.min(WORKER_RUNS, repeats)),
    mainThreadRetrainLongestTaskMs: watch.longestMs(),
  };
}

publish("nn", bench);
