/** Number formatting for the report: units always written out, one decimal where it matters. */
import type { Bytes } from "./page-weight.ts";
import type { Summary } from "./stats.ts";

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const ms = (value: number): string =>
  value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
export const cls = (value: number): string => value.toFixed(3);
export const millions = (value: number): string => `${(value / 1e6).toFixed(1)} M`;

/** "raw / gzip / brotli" in KB. */
export const bytesTriple = (b: Bytes): string => `${kb(b.raw)} / ${kb(b.gzip)} / ${kb(b.brotli)}`;

/** "median (min–max)", or a single value when there was one run or no spread. */
export function spread(summary: Summary | null, unit: (value: number) => string): string {
  if (!summary) return "—";
  if (summary.runs === 1 || summary.min === summary.max) return unit(summary.median);
  return `${unit(summary.median)} (${unit(summary.min)}–${unit(summary.max)})`;
}
