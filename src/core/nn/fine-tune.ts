/**
 * The steelman: "just fine-tune the published weights". Starting from them, a few full-batch SGD
 * steps on a handful of correctly labelled 7s from the training set. Returns the new weights and
 * their test evaluation next to the starting one, so the widget can show what the patch fixed
 * and what it broke (a model shown only 7s learns to say 7 more often, also for other digits).
 */
import { createRng } from "../rng/xoshiro128.ts";
import { shuffleInPlace } from "../rng/shuffle.ts";
import type { DigitsData } from "./digits-data.ts";
import { applyEdits } from "./edits.ts";
import { evaluate, type Evaluation } from "./evaluate.ts";
import { cloneParams, type MlpParams } from "./mlp.ts";
import { fail, ok, type Problem, type Result } from "./result.ts";
import { createTrainState, DIVERGENCE_LOSS, trainStep } from "./train.ts";

export interface FineTuneOptions {
  /** Which digit to show the model more of. Default 7. */
  readonly digit: number;
  /** How many correctly labelled training examples of `digit`. Default 10. */
  readonly examples: number;
  /** Full-batch SGD steps on them. Default 2 (1 step already fixes the 7s on the published model; each further one breaks more 1s). */
  readonly steps: number;
  readonly learningRate: number;
  readonly momentum: number;
  /** Chooses which examples (a seeded shuffle of the candidates). Default 1. */
  readonly seed: number;
}

export const DEFAULT_FINE_TUNE: FineTuneOptions = Object.freeze({
  digit: 7,
  examples: 10,
  steps: 2,
  learningRate: 0.05,
  momentum: 0.9,
  seed: 1,
});

export type FineTuneOutcome =
  | {
      readonly status: "tuned";
      readonly params: MlpParams;
      /** Indices in the shipped training split of the examples used. */
      readonly examplesUsed: readonly number[];
      /** `lossPerStep[step]`: mean loss on the chosen examples before that step. */
      readonly lossPerStep: readonly number[];
      readonly before: Evaluation;
      readonly after: Evaluation;
    }
  | { readonly status: "diverged"; readonly atStep: number };

/** Fine-tunes a copy of `published`; the argument is left untouched. */
export function fineTune(
  published: MlpParams,
  data: DigitsData,
  options: Partial<FineTuneOptions> = {},
): Result<FineTuneOutcome> {
  const settings = { ...DEFAULT_FINE_TUNE, ...options };
  const problems: Problem[] = [];
  const integerIn = (name: keyof FineTuneOptions, min: number, max: number) => {
    const value = settings[name];
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push({ where: name, message: `expected an integer in [${min}, ${max}]` });
  };
  integerIn("digit", 0, 9);
  integerIn("examples", 1, 1000);
  integerIn("steps", 0, 1000);
  integerIn("seed", 0, 4294967295);
  if (!(settings.learningRate > 0 && settings.learningRate <= 1e300))
    problems.push({ where: "learningRate", message: "expected a number in (0, 1e300]" });
  if (!(settings.momentum >= 0 && settings.momentum < 1))
    problems.push({ where: "momentum", message: "expected a number in [0, 1)" });
  if (problems.length > 0) return fail(problems);

  // Candidates: examples whose shipped label is right and is the digit — what a careful
  // fine-tuner would collect. A seeded shuffle picks `examples` of them.
  const { train } = data;
  const candidates: number[] = [];
  for (let i = 0; i < train.count; i++) {
    if (train.fixedLabels[i] === settings.digit && train.labels[i] === settings.digit) candidates.push(i);
  }
  const chosen = shuffleInPlace(candidates, createRng(settings.seed))
    .slice(0, settings.examples)
    .sort((a, b) => a - b);
  const keepOnlyChosen = new Set(chosen);
  const drops = [];
  for (let i = 0; i < train.count; i++) if (!keepOnlyChosen.has(i)) drops.push({ op: "drop" as const, example: i });
  const set = applyEdits(train, data.batchNames, drops);
  if (!set.ok) return set;

  const state = createTrainState(cloneParams(published));
  const order = Int32Array.from({ length: set.value.count }, (_, i) => i);
  const lossPerStep: number[] = [];
  for (let step = 1; step <= settings.steps; step++) {
    const loss = trainStep(state, set.value, order, 0, order.length, settings.learningRate, settings.momentum);
    if (loss !== loss || loss > DIVERGENCE_LOSS) return ok({ status: "diverged", atStep: step });
    lossPerStep.push(loss);
  }
  return ok({
    status: "tuned",
    params: state.params,
    examplesUsed: chosen,
    lossPerStep,
    before: evaluate(published, data.test),
    after: evaluate(state.params, data.test),
  });
}
