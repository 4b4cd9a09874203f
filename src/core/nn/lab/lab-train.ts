/**
 * The lab's training program: the core trainer (train.ts) with each "program" ingredient made a
 * choice — initialisation script, exp, summation order, accumulation precision, file order.
 * With every choice at its published value this code gives the published hash too (the test
 * proves it), so any hash change the lab shows comes from the one ingredient changed. When no
 * program variant is chosen, `labTrainGenerator` simply runs the core trainer.
 */
import { shuffleInPlace } from "../../rng/shuffle.ts";
import { createRng, type Rng } from "../../rng/xoshiro128.ts";
import { detLog as importedDetLog, detSqrt } from "../det-math.ts";
import {
  DIGIT_COUNT as IMPORTED_DIGIT_COUNT,
  PIXELS_PER_IMAGE as IMPORTED_PIXELS_PER_IMAGE,
  type DigitsData,
} from "../digits-data.ts";
import { applyEdits, type TrainingSet } from "../edits.ts";
import { paramsFromValues, type MlpParams } from "../mlp.ts";
import { validateRecipe } from "../recipe.ts";
import { DIVERGENCE_LOSS, trainGenerator, type TrainEvent, type TrainOutcome } from "../train.ts";
import {
  EXP_MODE,
  labExp as importedLabExp,
  reduceProducts as importedReduceProducts,
  SUM_MODE,
  type ExpTally,
} from "./lab-math.ts";
import { coreRecipe, isCoreRecipe, type LabRecipe, type OrderChoice, type ScriptChoice } from "./lab-recipe.ts";

// Hot loops read module-local copies of imported bindings (as mlp.ts does): Vitest turns imports
// into getter calls, which slows training several-fold under test.
const detLog = importedDetLog;
const labExp = importedLabExp;
const reduceProducts = importedReduceProducts;
const DIGIT_COUNT = IMPORTED_DIGIT_COUNT;
const PIXELS_PER_IMAGE = IMPORTED_PIXELS_PER_IMAGE;

export interface LabOutcome {
  readonly outcome: TrainOutcome;
  /** Math.exp calls and how many differed from detExp (only counted when exp = "engine"). */
  readonly expTally: ExpTally;
}

/**
 * Trains the lab recipe, yielding the core's step/epoch events. `useLabProgram` forces this
 * module's program even for the published recipe (the test that it matches the core bit for bit).
 */
export function* labTrainGenerator(
  lab: LabRecipe,
  data: DigitsData,
  useLabProgram = false,
): Generator<TrainEvent, LabOutcome, void> {
  const expTally: ExpTally = { calls: 0, differing: 0 };
  const recipeInput = coreRecipe(lab, data);
  if (isCoreRecipe(lab) && !useLabProgram) return { outcome: yield* trainGenerator(recipeInput, data), expTally };

  const checked = validateRecipe(recipeInput, data.train.count, data.batchNames);
  if (!checked.ok) return { outcome: { status: "invalid", problems: checked.problems }, expTally };
  const recipe = checked.value;
  const edited = applyEdits(data.train, data.batchNames, recipe.edits);
  if (!edited.ok) return { outcome: { status: "invalid", problems: edited.problems }, expTally };
  const set = reorder(edited.value, lab.order, data);
  if (set.count === 0) return { outcome: { status: "empty", recipe }, expTally };

  const rng = createRng(recipe.seed);
  const params = initialise(lab.script, recipe.hiddenUnits, rng);
  const step = makeStep(params, lab, expTally);
  const stepsPerEpoch = Math.ceil(set.count / recipe.batchSize);
  const totalSteps = stepsPerEpoch * recipe.epochs;
  const order = Int32Array.from({ length: set.count }, (_, i) => i);
  const epochLosses: number[] = [];
  let stepNumber = 0;
  for (let epoch = 1; epoch <= recipe.epochs; epoch++) {
    shuffleInPlace(order, rng);
    let epochLossSum = 0;
    for (let start = 0; start < set.count; start += recipe.batchSize) {
      const end = Math.min(start + recipe.batchSize, set.count);
      const batchLoss = step(set, order, start, end, recipe.learningRate, recipe.momentum);
      stepNumber++;
      if (batchLoss !== batchLoss || batchLoss > DIVERGENCE_LOSS) {
        const reason = batchLoss !== batchLoss ? "non-finite" : "loss-exploded";
        return { outcome: { status: "diverged", recipe, atStep: stepNumber, epoch, reason }, expTally };
      }
      epochLossSum += batchLoss * (end - start);
      yield { kind: "step", step: stepNumber, totalSteps, epoch, batchLoss };
    }
    const meanLoss = epochLossSum / set.count;
    epochLosses.push(meanLoss);
    yield { kind: "epoch", epoch, step: stepNumber, meanLoss };
  }
  const outcome: TrainOutcome = {
    status: "trained",
    recipe,
    params,
    steps: stepNumber,
    epochLosses,
    trainingExamples: set.count,
  };
  return { outcome, expTally };
}

/** The same examples in another file order (the trainer's shuffles then start from it). */
export function reorder(set: TrainingSet, order: OrderChoice, data: DigitsData): TrainingSet {
  if (order === "shipped") return set;
  const positions = Array.from({ length: set.count }, (_, i) => i);
  if (order === "reversed") positions.reverse();
  else {
    const batchOf = (i: number) => data.train.batches[set.sourceExample[i]!]!;
    positions.sort((a, b) => batchOf(a) - batchOf(b) || a - b);
  }
  const out = {
    count: set.count,
    inputs: new Float64Array(set.inputs.length),
    labels: new Uint8Array(set.count),
    sourceExample: new Int32Array(set.count),
  };
  positions.forEach((from, to) => {
    out.inputs.set(set.inputs.subarray(from * PIXELS_PER_IMAGE, (from + 1) * PIXELS_PER_IMAGE), to * PIXELS_PER_IMAGE);
    out.labels[to] = set.labels[from]!;
    out.sourceExample[to] = set.sourceExample[from]!;
  });
  return out;
}

/** v1 is mlp.ts's He-uniform init; v2 draws the same numbers but scales them Glorot-uniform. */
export function initialise(script: ScriptChoice, hiddenUnits: number, rng: Rng): MlpParams {
  const params = paramsFromValues(hiddenUnits);
  const hiddenBound = detSqrt(script === "v1" ? 6 / PIXELS_PER_IMAGE : 6 / (PIXELS_PER_IMAGE + hiddenUnits));
  for (let i = 0; i < params.hiddenWeight.length; i++) params.hiddenWeight[i] = hiddenBound * (2 * rng.nextFloat() - 1);
  const outputBound = detSqrt(script === "v1" ? 6 / hiddenUnits : 6 / (hiddenUnits + DIGIT_COUNT));
  for (let i = 0; i < params.outputWeight.length; i++) params.outputWeight[i] = outputBound * (2 * rng.nextFloat() - 1);
  return params;
}

type Step = (
  set: TrainingSet,
  order: Int32Array,
  start: number,
  end: number,
  learningRate: number,
  momentum: number,
) => number;

/** One SGD-with-momentum step, as train.ts's trainStep, with the chosen arithmetic. */
function makeStep(params: MlpParams, lab: LabRecipe, tally: ExpTally): Step {
  const expMode = EXP_MODE[lab.exp];
  const sumMode = SUM_MODE[lab.sum];
  const f32 = lab.precision === "float32";
  const { hiddenUnits: H, hiddenBias, hiddenWeight, outputBias, outputWeight, values } = params;
  const products = new Float64Array(Math.max(PIXELS_PER_IMAGE, H));
  const hidden = new Float64Array(H);
  const logits = new Float64Array(DIGIT_COUNT);
  const probabilities = new Float64Array(DIGIT_COUNT);
  const outputDelta = new Float64Array(DIGIT_COUNT);
  const gradient = new Float64Array(values.length);
  const velocity = new Float64Array(values.length);
  const outputBiasGrad = H + H * PIXELS_PER_IMAGE;
  const outputWeightGrad = outputBiasGrad + DIGIT_COUNT;
  const round = (x: number) => (f32 ? Math.fround(x) : x);
  const reduce = (init: number, n: number) => reduceProducts(init, products, n, sumMode, f32);
  const add = (index: number, value: number) => {
    gradient[index] = round(gradient[index]! + round(value));
  };

  return (set, order, start, end, learningRate, momentum) => {
    gradient.fill(0);
    let lossSum = 0;
    for (let position = start; position < end; position++) {
      const example = order[position]!;
      const offset = example * PIXELS_PER_IMAGE;
      const label = set.labels[example]!;
      for (let h = 0; h < H; h++) {
        for (let p = 0; p < PIXELS_PER_IMAGE; p++)
          products[p] = round(hiddenWeight[h * PIXELS_PER_IMAGE + p]! * set.inputs[offset + p]!);
        const sum = reduce(hiddenBias[h]!, PIXELS_PER_IMAGE);
        hidden[h] = sum > 0 ? sum : 0;
      }
      let maxLogit = -Infinity;
      for (let d = 0; d < DIGIT_COUNT; d++) {
        for (let h = 0; h < H; h++) products[h] = round(outputWeight[d * H + h]! * hidden[h]!);
        const sum = reduce(outputBias[d]!, H);
        logits[d] = sum;
        if (!(sum <= maxLogit)) maxLogit = sum;
      }
      for (let d = 0; d < DIGIT_COUNT; d++)
        products[d] = probabilities[d] = round(labExp(logits[d]! - maxLogit, expMode, tally));
      const sumExp = reduce(0, DIGIT_COUNT);
      for (let d = 0; d < DIGIT_COUNT; d++) probabilities[d] = probabilities[d]! / sumExp;
      lossSum += detLog(sumExp) - (logits[label]! - maxLogit);

      for (let d = 0; d < DIGIT_COUNT; d++) {
        const delta = probabilities[d]! - (d === label ? 1 : 0);
        outputDelta[d] = delta;
        add(outputBiasGrad + d, delta);
        for (let h = 0; h < H; h++) add(outputWeightGrad + d * H + h, delta * hidden[h]!);
      }
      for (let h = 0; h < H; h++) {
        if (hidden[h]! <= 0) continue;
        for (let d = 0; d < DIGIT_COUNT; d++) products[d] = round(outputWeight[d * H + h]! * outputDelta[d]!);
        const delta = reduce(0, DIGIT_COUNT);
        add(h, delta);
        const row = H + h * PIXELS_PER_IMAGE;
        for (let p = 0; p < PIXELS_PER_IMAGE; p++) add(row + p, delta * set.inputs[offset + p]!);
      }
    }
    const batchCount = end - start;
    let nonFiniteProbe = lossSum * 0;
    for (let i = 0; i < values.length; i++) {
      const v = momentum * velocity[i]! + gradient[i]! / batchCount;
      velocity[i] = v;
      const updated = values[i]! - learningRate * v;
      values[i] = updated;
      nonFiniteProbe += updated * 0;
    }
    return nonFiniteProbe === 0 ? lossSum / batchCount : NaN;
  };
}
