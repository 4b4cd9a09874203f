/**
 * What an engine bench page leaves on `window.__benchResult` for the Node side to read: figures
 * already summarized in the browser (timings never cross the process boundary one by one).
 */
import type { Summary } from "../stats.ts";

export interface AsmBenchResult {
  engine: "asm";
  loop: { iterationsPerRun: number; instructionsPerRun: number; instructionsPerSecond: Summary; runMs: Summary };
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

export type EngineBenchResult = AsmBenchResult | NnBenchResult | { engine: string; error: string };

export interface BenchWindow {
  __benchResult?: EngineBenchResult;
  __benchRepeats?: number;
}
