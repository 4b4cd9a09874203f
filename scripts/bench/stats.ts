/**
 * Summaries of repeated measurements. Every timing figure in the report is a median with its
 * min and max (and p95 where the issue asks for it), so one noisy run cannot make a headline.
 * Pure and DOM-free: the in-browser engine benches bundle it too.
 */

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  /** Nearest-rank 95th percentile: with 10 runs it is the 10th value, i.e. the max; with 20, the 19th. */
  p95: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error("summarize: no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const rank = Math.ceil(0.95 * sorted.length) - 1;
  return { runs: sorted.length, median, min: sorted[0]!, max: sorted.at(-1)!, p95: sorted[rank]! };
}

/** Summarizes one numeric field across runs, skipping runs where it is missing. */
export function summarizeField<T>(runs: readonly T[], pick: (run: T) => number | null | undefined): Summary | null {
  const values = runs.map(pick).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  return values.length > 0 ? summarize(values) : null;
}
