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
  retrainMs: Summary;
  steps: number;
  sha256: string | null;
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
