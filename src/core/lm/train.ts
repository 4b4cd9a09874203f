/**
 * The training program: Adam on the mean next-token cross-entropy of mini-batches of sentences.
 *
 *   rng = createRng(seed); params = initParams(config, rng)
 *   each epoch: Fisher–Yates shuffle (same rng) of the sentence order;
 *     each batch of `batchSize` sentences: g = Σ gradients / predicted tokens in the batch;
 *       m = β1·m + (1−β1)·g; v = β2·v + (1−β2)·g²; w −= lr_t·m̂ / (√v̂ + ε)   (√ is detSqrt, as lmSqrt)
 *       with lr_t = lr·(1 − (1 − f)·t/T) for step t = 0…T−1 (linear decay to lr·f; f = 1 is constant)
 *
 * The generator yields after every step (a Web Worker posts progress and stays cancellable).
 */
import { fail, ok, type Result } from "../nn/result.ts";
import { shuffleInPlace } from "../rng/shuffle.ts";
import { createRng } from "../rng/xoshiro128.ts";
import { backward, createScratch, type BackwardScratch } from "./backward.ts";
import { trainingSequences, validateEdits, type Corpus, type DataEdit } from "./corpus.ts";
import { createActivations, forward, type Activations } from "./forward.ts";
import { initParams, type LmConfig, type LmParams } from "./params.ts";
import { lmSqrt } from "./sqrt.ts";

export interface LmRecipe {
  readonly seed: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  /** Where the linear decay ends, as a fraction of learningRate (1: no decay). */
  readonly finalFraction: number;
  readonly edits: readonly DataEdit[];
}

export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.99;
export const ADAM_EPSILON = 1e-8;

/** Adam's state and the per-sequence buffers of one run. */
export interface Optimiser {
  readonly params: LmParams;
  readonly gradient: Float64Array;
  readonly m: Float64Array;
  readonly v: Float64Array;
  /** β1^t and β2^t, by repeated multiplication (exact everywhere, unlike Math.pow). */
  beta1Power: number;
  beta2Power: number;
  readonly acts: Activations;
  readonly scratch: BackwardScratch;
}

export function createOptimiser(params: LmParams): Optimiser {
  const n = params.values.length;
  return {
    params,
    gradient: new Float64Array(n),
    m: new Float64Array(n),
    v: new Float64Array(n),
    beta1Power: 1,
    beta2Power: 1,
    acts: createActivations(params.config),
    scratch: createScratch(params),
  };
}

/** Adds one sequence's gradient; returns [summed loss, predicted tokens]. */
export function accumulate(opt: Optimiser, sequence: Int32Array): [number, number] {
  const input = sequence.subarray(0, sequence.length - 1);
  forward(opt.params, input, opt.acts);
  const loss = backward(opt.params, opt.acts, sequence.subarray(1), opt.gradient, opt.scratch);
  return [loss, input.length];
}

/** One Adam step on `sequences[order[start…end)]`; returns the batch's mean loss per token (NaN if anything is non-finite). */
export function adamStep(
  opt: Optimiser,
  sequences: readonly Int32Array[],
  order: ArrayLike<number>,
  start: number,
  end: number,
  learningRate: number,
): number {
  opt.gradient.fill(0);
  let loss = 0;
  let tokens = 0;
  for (let i = start; i < end; i++) {
    const [l, n] = accumulate(opt, sequences[order[i]!]!);
    loss += l;
    tokens += n;
  }
  return applyAdam(opt, tokens, learningRate) ? loss / tokens : NaN;
}

/** Applies the accumulated gradient divided by `tokens`. False if a value became non-finite. */
export function applyAdam(opt: Optimiser, tokens: number, learningRate: number): boolean {
  opt.beta1Power *= ADAM_BETA1;
  opt.beta2Power *= ADAM_BETA2;
  return adamUpdate(opt, tokens, learningRate, 1 - opt.beta1Power, 1 - opt.beta2Power) === 0;
}

/**
 * The update itself, returning Σ updated·0 (0, or NaN if any value is not finite). A separate
 * function with nothing after its loop: V8 compiled applyAdam's loop on stack replacement without
 * feedback for the comparison after it and threw that code away at the end of every step, so each
 * step ran its 14,731 updates half in the interpreter (a quarter of a retrain's time).
 */
function adamUpdate(
  opt: Optimiser,
  tokens: number,
  learningRate: number,
  correction1: number,
  correction2: number,
): number {
  const { gradient, m, v } = opt;
  const values = opt.params.values;
  let probe = 0;
  for (let i = 0; i < values.length; i++) {
    const g = gradient[i]! / tokens;
    const mi = ADAM_BETA1 * m[i]! + (1 - ADAM_BETA1) * g;
    const vi = ADAM_BETA2 * v[i]! + (1 - ADAM_BETA2) * g * g;
    m[i] = mi;
    v[i] = vi;
    const updated = values[i]! - (learningRate * (mi / correction1)) / (lmSqrt(vi / correction2) + ADAM_EPSILON);
    values[i] = updated;
    probe += updated * 0;
  }
  return probe;
}

export type LmTrainEvent =
  | { readonly kind: "step"; readonly step: number; readonly totalSteps: number; readonly loss: number }
  | { readonly kind: "epoch"; readonly epoch: number; readonly meanLoss: number };

export type LmTrainOutcome =
  | { readonly status: "trained"; readonly params: LmParams; readonly steps: number; readonly epochLosses: number[] }
  | { readonly status: "diverged"; readonly atStep: number }
  | { readonly status: "empty" };

export function* trainLmGenerator(
  config: LmConfig,
  corpus: Corpus,
  recipe: LmRecipe,
): Generator<LmTrainEvent, LmTrainOutcome, void> {
  const sequences = trainingSequences(corpus, recipe.edits);
  if (sequences.length === 0) return { status: "empty" };
  const rng = createRng(recipe.seed);
  const opt = createOptimiser(initParams(config, rng));
  const order = Int32Array.from({ length: sequences.length }, (_, i) => i);
  const stepsPerEpoch = Math.ceil(sequences.length / recipe.batchSize);
  const totalSteps = stepsPerEpoch * recipe.epochs;
  const epochLosses: number[] = [];
  let step = 0;
  for (let epoch = 1; epoch <= recipe.epochs; epoch++) {
    shuffleInPlace(order, rng);
    let sum = 0;
    for (let start = 0; start < sequences.length; start += recipe.batchSize) {
      const end = Math.min(start + recipe.batchSize, sequences.length);
      // Linear decay from lr to lr·finalFraction: large steps early, finer ones at the end.
      const learningRate = recipe.learningRate * (1 - ((1 - recipe.finalFraction) * step) / totalSteps);
      const loss = adamStep(opt, sequences, order, start, end, learningRate);
      step++;
      if (loss !== loss) return { status: "diverged", atStep: step };
      sum += loss;
      yield { kind: "step", step, totalSteps, loss };
    }
    const meanLoss = sum / stepsPerEpoch;
    epochLosses.push(meanLoss);
    yield { kind: "epoch", epoch, meanLoss };
  }
  return { status: "trained", params: opt.params, steps: step, epochLosses };
}

export function trainLm(
  config: LmConfig,
  corpus: Corpus,
  recipe: LmRecipe,
  onEvent?: (event: LmTrainEvent) => void,
): LmTrainOutcome {
  const run = trainLmGenerator(config, corpus, recipe);
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
    onEvent?.(next.value);
  }
}

/** Checks a recipe that came from outside (a share link, the CLI). */
export function validateRecipe(corpus: Corpus, recipe: LmRecipe, context: number): Result<LmRecipe> {
  const problems = [];
  if (!Number.isInteger(recipe.seed) || recipe.seed < 0 || recipe.seed > 0xffffffff)
    problems.push({ where: "seed", message: "expected a whole number from 0 to 4294967295" });
  if (!Number.isInteger(recipe.epochs) || recipe.epochs < 1 || recipe.epochs > 400)
    problems.push({ where: "epochs", message: "expected 1 to 400" });
  if (!Number.isInteger(recipe.batchSize) || recipe.batchSize < 1 || recipe.batchSize > 512)
    problems.push({ where: "batchSize", message: "expected 1 to 512" });
  if (!(recipe.finalFraction >= 0 && recipe.finalFraction <= 1))
    problems.push({ where: "finalFraction", message: "expected a number from 0 to 1" });
  if (!(recipe.learningRate > 0 && recipe.learningRate <= 1))
    problems.push({ where: "learningRate", message: "expected a number in (0, 1]" });
  const edits = validateEdits(corpus, recipe.edits, context);
  if (!edits.ok) problems.push(...edits.problems);
  return problems.length > 0 ? fail(problems) : ok(recipe);
}
