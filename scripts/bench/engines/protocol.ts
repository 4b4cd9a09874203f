/**
 * What an engine bench page leaves on `window.__benchResult` for the Node side to read: figures
 * already summarized in the browser (timings never cross the process boundary one by one).
 */
import type { Summary } from "../stats.ts";

/** One benchmark loop of the x86-64 interpreter (asm-adapter.ts: "register" and "memory"). */
export interface AsmLoopFigures {
  id: "register" | "memory";
  description: string;
  instructionsPerRun: number;
  instructionsPerSecond: Summary;
  runMs: Summary;
}

export interface AsmBenchResult {
  engine: "asm";
  loops: AsmLoopFigures[];
  testTables: { id: string; rows: number; passed: number; instructions: number; runMs: Summary }[];
}

export interface NnBenchResult {
  engine: "nn";
  /** What was retrained, in words. */
  retrain: string;
  retrainMs: Summary;
  steps: number;
  /** Data edits in the retrained recipe. */
  edits: number;
  /** Of the timed retrain's weights, and the behaviour tests they pass. */
  sha256: string | null;
  testsPassed: number;
  testCount: number;
  /** The untimed retrain on the shipped labels, which should give the published weights. */
  publishedRetrainSha256: string | null;
  publishedSha256: string;
  /** Longest main-thread task while the retrain ran in a Web Worker (0: none over 50 ms). */
  workerRetrain: { retrainMs: Summary; longestMainThreadTaskMs: number };
  /** The same retrain on the main thread is one task: how long the page would freeze. */
  mainThreadRetrainLongestTaskMs: number;
}

/** The language model's retrain through the widget's own worker (lm-page.ts). */
export interface LmBenchResult {
  engine: "lm";
  parameters: number;
  steps: number;
  /** Request to answer, seen from the main thread (behaviour tests and hash included). */
  retrainMs: Summary;
  /** The worker's own figure for the same runs. */
  workerMs: Summary;
  progressMessages: number;
  /** Every distinct SHA-256 the runs gave: one, the published one, when training is deterministic. */
  sha256s: string[];
  publishedSha256: string;
  /** Longest main-thread task over all runs (0: none over 50 ms) and how many there were. */
  longestMainThreadTaskMs: number;
  longTasks: number;
  /**
   * Each long task: when it started (ms after the first request), how long it took, and the script
   * time of the long animation frame around it (null if none was reported).
   */
  longTaskList: { atMs: number; durationMs: number; scriptMs: number | null }[];
  /** When each run's answer arrived (ms after the first request), to place the long tasks. */
  runEndsMs: number[];
}

export type EngineBenchResult = AsmBenchResult | NnBenchResult | LmBenchResult | { engine: string; error: string };

export interface BenchWindow {
  __benchResult?: EngineBenchResult;
  __benchRepeats?: number;
}
