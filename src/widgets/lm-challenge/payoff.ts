/**
 * What the language-model challenge tells the payoff panel (src/widgets/shared/payoff.ts): after
 * the reader's weight changes (typed numbers and the knob; the rank-one edit and the fine-tunes
 * report in their own panel and are not applied to the model), how many numbers differ and how
 * many behaviour groups meet their requirement; after a retrain on an edited corpus, how many
 * sentences changed, how long it took, the new hash and the groups.
 */
import { recordPayoff } from "../shared/payoff.ts";
import type { Retrained } from "./DataPanel.tsx";
import type { Report } from "./report.ts";

const meeting = (report: Report): number => report.groups.filter((g) => g.passed >= g.required).length;

/** @public used as `ready.live.recordLmWeights` (View.tsx), which knip cannot follow */
export function recordLmWeights(numbers: number, report: Report): void {
  if (numbers > 0) recordPayoff("lmWeights", { numbers, passed: meeting(report), total: report.groups.length });
}

/** @public used as `ready.live.recordLmRetrain` (View.tsx), which knip cannot follow */
export function recordLmRetrain(result: Retrained): void {
  if (result.edits === 0) return;
  recordPayoff("lmData", {
    examples: result.edits,
    retrainMs: Math.round(result.milliseconds),
    hash: result.sha256,
    passed: meeting(result.report),
    total: result.report.groups.length,
  });
}
