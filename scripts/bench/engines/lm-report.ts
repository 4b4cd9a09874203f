/**
 * The language model's lines in BENCHMARKS.md and its budget checks (issue 17: a full retrain
 * ≤ 20 s median in Chromium, no main-thread task > 50 ms during it), kept here so the shared
 * budgets.ts and markdown.ts only dispatch to them.
 */
import { ms, spread } from "../format.ts";
import type { BudgetCheck } from "../report.ts";
import type { LmBenchResult } from "./protocol.ts";

export const LM_BUDGETS = { retrainMedianMs: 20_000, longestTaskMs: 50 };

const RETRAIN = `Language-model retrain ≤ ${ms(LM_BUDGETS.retrainMedianMs)} median`;
const LONG_TASK = `No main-thread task > ${LM_BUDGETS.longestTaskMs} ms during a language-model retrain`;

export function lmNotMeasured(reason: string): BudgetCheck[] {
  return [RETRAIN, LONG_TASK].map((budget) => ({
    budget,
    scope: "engine lm",
    figure: "—",
    anchor: null,
    status: "not measured",
    cause: reason,
  }));
}

export function lmChecks(r: LmBenchResult): BudgetCheck[] {
  const fast = r.retrainMs.median <= LM_BUDGETS.retrainMedianMs;
  const free = r.longestMainThreadTaskMs <= LM_BUDGETS.longestTaskMs;
  return [
    {
      budget: RETRAIN,
      scope: "src/core/lm through the widget's worker in Chromium, request to answer",
      figure: `${spread(r.retrainMs, ms)}, p95 ${ms(r.retrainMs.p95)}`,
      anchor: null,
      status: fast ? "met" : "not met",
      cause: fast ? null : `${r.steps} Adam steps take too long in this run; weigh the machine's load average`,
    },
    {
      budget: LONG_TASK,
      scope: "bench page rendering the widget's loss curve while the widget's worker retrains",
      figure:
        r.longTasks === 0
          ? `none over ${ms(LM_BUDGETS.longestTaskMs)}`
          : `${r.longTasks} over ${ms(LM_BUDGETS.longestTaskMs)}, longest ${ms(r.longestMainThreadTaskMs)}`,
      anchor: null,
      status: free ? "met" : "not met",
      cause: free
        ? null
        : `the main thread is busy while the worker trains: ${r.longTaskList
            .map(
              (t) =>
                `${ms(t.durationMs)} at ${ms(t.atMs)}${t.scriptMs === null ? "" : ` (script ${ms(t.scriptMs)} of it)`}`,
            )
            .join(", ")}; weigh the machine's load average`,
    },
  ];
}

export function lmLines(r: LmBenchResult): string[] {
  const same = r.sha256s.length === 1 && r.sha256s[0] === r.publishedSha256;
  return [
    `**Language-model retrain** (src/core/lm, ${r.parameters.toLocaleString("en")} parameters), published recipe, ${r.steps} Adam steps, through the widget's own worker while the main thread redraws the widget's loss curve at each of its ${r.progressMessages} progress messages: **${spread(r.retrainMs, ms)}, p95 ${ms(r.retrainMs.p95)}** over ${r.retrainMs.runs} runs, request to answer (the worker's own clock: ${spread(r.workerMs, ms)}); main-thread tasks over ${ms(LM_BUDGETS.longestTaskMs)} meanwhile: ${r.longTasks === 0 ? "none" : `${r.longTasks}, longest ${ms(r.longestMainThreadTaskMs)}`}.`,
    "",
    `Weights SHA-256 after each retrain in Chromium: ${r.sha256s.map((s) => `\`${s}\``).join(", ")}, ${same ? "identical to" : "**different from**"} the published \`${r.publishedSha256}\`.`,
  ];
}
