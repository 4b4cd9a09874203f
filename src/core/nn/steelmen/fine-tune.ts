/**
 * "Just fine-tune it", done as a practitioner would: start from the published weights; train on
 * the corrected examples mixed with a replay sample of every digit (so the model keeps what it
 * knew); choose the learning rate and the step count by accuracy on a hand-labelled validation
 * set from the training split (never the test set). Mini-batch SGD with momentum, the same
 * `trainStep` the training program uses; batches drawn from a seeded shuffle.
 */
import { createRng } from "../../rng/xoshiro128.ts";
import { shuffleInPlace } from "../../rng/shuffle.ts";
import type { DigitsData } from "../digits-data.ts";
import { cloneParams, type MlpParams } from "../mlp.ts";
import { createTrainState, DIVERGENCE_LOSS, trainStep } from "../train.ts";
import { validationScore } from "./score.ts";
import { concatSets, setOf, type SteelmanSets } from "./sets.ts";

export const FINE_TUNE_LEARNING_RATES = [0.003, 0.01, 0.03, 0.1] as const;
/** Checkpoints (steps of 32 examples) at which the validation set is scored. */
export const FINE_TUNE_STEPS = [5, 10, 20, 40, 80, 160] as const;
export const FINE_TUNE_BATCH = 32;
export const FINE_TUNE_MOMENTUM = 0.9;

export interface FineTuneTrial {
  readonly learningRate: number;
  readonly steps: number;
  /** Validation images right, or −1 if the run diverged before this checkpoint. */
  readonly validationCorrect: number;
}

export interface FineTuneOutcome {
  readonly params: MlpParams;
  readonly learningRate: number;
  readonly steps: number;
  readonly trials: readonly FineTuneTrial[];
  /** Examples it trained on: corrections + replay. */
  readonly trainingExamples: number;
}

/** One fine-tuning run, scored at each checkpoint; returns the checkpoints' weights too. */
function runFineTune(
  published: MlpParams,
  data: DigitsData,
  sets: SteelmanSets,
  learningRate: number,
  seed: number,
  onCheckpoint: (steps: number, params: MlpParams) => void,
): void {
  const training = concatSets(setOf(data.train, sets.corrections, "true"), setOf(data.train, sets.replay, "shipped"));
  const state = createTrainState(cloneParams(published));
  const rng = createRng(seed);
  const order = Int32Array.from({ length: training.count }, (_, i) => i);
  const last = FINE_TUNE_STEPS[FINE_TUNE_STEPS.length - 1]!;
  let position = training.count;
  for (let step = 1; step <= last; step++) {
    if (position + FINE_TUNE_BATCH > training.count) {
      shuffleInPlace(order, rng);
      position = 0;
    }
    const loss = trainStep(
      state,
      training,
      order,
      position,
      position + FINE_TUNE_BATCH,
      learningRate,
      FINE_TUNE_MOMENTUM,
    );
    position += FINE_TUNE_BATCH;
    if (loss !== loss || loss > DIVERGENCE_LOSS) return;
    if ((FINE_TUNE_STEPS as readonly number[]).includes(step)) onCheckpoint(step, state.params);
  }
}

export function fineTuneSteelman(
  published: MlpParams,
  data: DigitsData,
  sets: SteelmanSets,
  seed = 1,
): FineTuneOutcome {
  const validation = setOf(data.train, sets.validation, "true");
  const trials: FineTuneTrial[] = [];
  let best: { correct: number; learningRate: number; steps: number; params: MlpParams } | null = null;
  for (const learningRate of FINE_TUNE_LEARNING_RATES) {
    const reached = new Set<number>();
    runFineTune(published, data, sets, learningRate, seed, (steps, params) => {
      const correct = validationScore(params, validation);
      reached.add(steps);
      trials.push({ learningRate, steps, validationCorrect: correct });
      if (!best || correct > best.correct) best = { correct, learningRate, steps, params: cloneParams(params) };
    });
    for (const steps of FINE_TUNE_STEPS)
      if (!reached.has(steps)) trials.push({ learningRate, steps, validationCorrect: -1 });
  }
  const chosen = best ?? { learningRate: 0, steps: 0, params: cloneParams(published) };
  return {
    params: chosen.params,
    learningRate: chosen.learningRate,
    steps: chosen.steps,
    trials,
    trainingExamples: sets.corrections.length + sets.replay.length,
  };
}
