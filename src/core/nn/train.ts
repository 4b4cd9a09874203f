/**
 * The training program: mini-batch SGD with heavy-ball momentum on the mean cross-entropy.
 *
 *   rng = createRng(recipe.seed); params = initParams(hiddenUnits, rng)
 *   each epoch: order = a Fisher–Yates shuffle (same rng) of the kept examples;
 *     each batch of `batchSize` in that order (the last may be smaller):
 *       g = mean gradient; velocity = momentum·velocity + g; params −= learningRate·velocity
 *
 * `trainGenerator` yields after every step so a Web Worker can post a live loss curve and stay
 * interruptible; `train` runs it to the end. A non-finite loss or parameter, or a batch loss above
 * DIVERGENCE_LOSS, stops the run with `{status: "diverged", atStep}` — NaN never reaches the
 * returned weights.
 */
import { createRng, type Rng } from "../rng/xoshiro128.ts";
import { shuffleInPlace } from "../rng/shuffle.ts";
import { accumulateGradient, createWorkspace, type Workspace } from "./backprop.ts";
import type { DigitsData } from "./digits-data.ts";
import { applyEdits, type TrainingSet } from "./edits.ts";
import { initParams, type MlpParams } from "./mlp.ts";
import { validateRecipe, type Recipe } from "./recipe.ts";
import type { Problem } from "./result.ts";

/**
 * A batch mean loss above this (in nats) counts as diverged. Guessing uniformly costs ln 10 ≈ 2.3;
 * at 100 the model gives the right answers probability e^−100. With ReLU a huge learning rate
 * often kills every hidden unit and then grows the output biases without ever overflowing, so
 * "non-finite" alone would let lr = 1e6 "train" into a useless model with astronomically large
 * weights (measured: loss 1e28 with all values still finite).
 */
export const DIVERGENCE_LOSS = 100;

export type TrainEvent =
  /** After each SGD step (1-based `step`). `batchLoss` is that batch's mean loss before the update. */
  | {
      readonly kind: "step";
      readonly step: number;
      readonly totalSteps: number;
      readonly epoch: number;
      readonly batchLoss: number;
    }
  /** After each epoch (1-based): the mean of that epoch's per-example losses. */
  | { readonly kind: "epoch"; readonly epoch: number; readonly step: number; readonly meanLoss: number };

export type TrainOutcome =
  | {
      readonly status: "trained";
      readonly recipe: Recipe;
      readonly params: MlpParams;
      readonly steps: number;
      /** `epochLosses[epoch − 1]`: mean training loss during that epoch. */
      readonly epochLosses: readonly number[];
      readonly trainingExamples: number;
    }
  | {
      readonly status: "diverged";
      readonly recipe: Recipe;
      /** The 1-based step whose result was non-finite or exceeded DIVERGENCE_LOSS. */
      readonly atStep: number;
      readonly epoch: number;
      readonly reason: "non-finite" | "loss-exploded";
    }
  | { readonly status: "invalid"; readonly problems: readonly Problem[] }
  /** Every example was dropped by the edits: there is nothing to train on. */
  | { readonly status: "empty"; readonly recipe: Recipe };

/**
 * How a step computes the loss and gradient: the arithmetic (which exp, the order of sums, the
 * precision). `accumulateGradient` sets `workspace.gradient` to the sum over examples
 * `order[start … end)` of ∂loss/∂params and returns the summed loss.
 */
export interface Arithmetic {
  readonly accumulateGradient: (
    params: MlpParams,
    set: TrainingSet,
    order: Int32Array,
    start: number,
    end: number,
    workspace: Workspace,
  ) => number;
}

/** The published weights' arithmetic: float64, sums in index order, detExp (backprop.ts). */
export const EXACT_ARITHMETIC: Arithmetic = { accumulateGradient };

/** Mutable state of a run in progress; `trainStep` owns and updates it. */
export interface TrainState {
  readonly params: MlpParams;
  /** Momentum buffer, laid out like `params.values`. */
  readonly velocity: Float64Array;
  readonly workspace: Workspace;
  readonly arithmetic: Arithmetic;
}

export function createTrainState(params: MlpParams, arithmetic: Arithmetic = EXACT_ARITHMETIC): TrainState {
  return { params, velocity: new Float64Array(params.values.length), workspace: createWorkspace(params), arithmetic };
}

/**
 * The parts of the training program a variant may replace (the reproducibility lab's
 * ingredients); each default is the published program's.
 */
export interface TrainProgram {
  /** The starting weights, drawn from the run's generator (default: He-uniform, `initParams`). */
  readonly init?: (hiddenUnits: number, rng: Rng) => MlpParams;
  /** The edited training set in the order the shuffles start from (default: as shipped). */
  readonly arrange?: (set: TrainingSet) => TrainingSet;
  readonly arithmetic?: Arithmetic;
}

/**
 * One SGD-with-momentum step on examples `order[start … end)`. Updates `state` in place (the hot
 * loop must not allocate) and returns the batch's mean loss, or NaN if the loss or any updated
 * parameter is not finite.
 */
export function trainStep(
  state: TrainState,
  set: TrainingSet,
  order: Int32Array,
  start: number,
  end: number,
  learningRate: number,
  momentum: number,
): number {
  const lossSum = state.arithmetic.accumulateGradient(state.params, set, order, start, end, state.workspace);
  const batchCount = end - start;
  const gradient = state.workspace.gradient;
  const velocity = state.velocity;
  const values = state.params.values;
  // x·0 is 0 for finite x and NaN for ±Infinity/NaN: one cheap running check over all parameters.
  let nonFiniteProbe = lossSum * 0;
  for (let i = 0; i < values.length; i++) {
    const v = momentum * velocity[i]! + gradient[i]! / batchCount;
    velocity[i] = v;
    const updated = values[i]! - learningRate * v;
    values[i] = updated;
    nonFiniteProbe += updated * 0;
  }
  return nonFiniteProbe === 0 ? lossSum / batchCount : NaN;
}

/**
 * Trains step by step; see the module comment. `recipe` may be partial (defaults fill the rest);
 * `program` replaces parts of the training program (omitted: the published program).
 */
export function* trainGenerator(
  recipeInput: unknown,
  data: DigitsData,
  program: TrainProgram = {},
): Generator<TrainEvent, TrainOutcome, void> {
  const checked = validateRecipe(recipeInput, data.train.count, data.batchNames);
  if (!checked.ok) return { status: "invalid", problems: checked.problems };
  const recipe = checked.value;
  const edited = applyEdits(data.train, data.batchNames, recipe.edits);
  if (!edited.ok) return { status: "invalid", problems: edited.problems };
  const set = program.arrange ? program.arrange(edited.value) : edited.value;
  if (set.count === 0) return { status: "empty", recipe };

  const rng = createRng(recipe.seed);
  const state = createTrainState((program.init ?? initParams)(recipe.hiddenUnits, rng), program.arithmetic);
  const stepsPerEpoch = Math.ceil(set.count / recipe.batchSize);
  const totalSteps = stepsPerEpoch * recipe.epochs;
  const order = Int32Array.from({ length: set.count }, (_, i) => i);
  const epochLosses: number[] = [];
  let step = 0;
  for (let epoch = 1; epoch <= recipe.epochs; epoch++) {
    // Reshuffle the previous order (not the identity): the documented, reproducible sequence.
    shuffleInPlace(order, rng);
    let epochLossSum = 0;
    for (let start = 0; start < set.count; start += recipe.batchSize) {
      const end = Math.min(start + recipe.batchSize, set.count);
      const batchLoss = trainStep(state, set, order, start, end, recipe.learningRate, recipe.momentum);
      step++;
      if (batchLoss !== batchLoss) return { status: "diverged", recipe, atStep: step, epoch, reason: "non-finite" };
      if (batchLoss > DIVERGENCE_LOSS)
        return { status: "diverged", recipe, atStep: step, epoch, reason: "loss-exploded" };
      epochLossSum += batchLoss * (end - start);
      yield { kind: "step", step, totalSteps, epoch, batchLoss };
    }
    const meanLoss = epochLossSum / set.count;
    epochLosses.push(meanLoss);
    yield { kind: "epoch", epoch, step, meanLoss };
  }
  return { status: "trained", recipe, params: state.params, steps: step, epochLosses, trainingExamples: set.count };
}

/** Runs `trainGenerator` to the end, passing each event to `onEvent`. */
export function train(recipeInput: unknown, data: DigitsData, onEvent?: (event: TrainEvent) => void): TrainOutcome {
  const run = trainGenerator(recipeInput, data);
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
    onEvent?.(next.value);
  }
}
