/**
 * The lab's training program: the core trainer (train.ts) with each "program" ingredient made a
 * choice — initialisation script, exp, summation order, accumulation precision, file order —
 * passed to `trainGenerator` as a `TrainProgram`, so the loop, the update and the divergence
 * rules are the core's own. With every choice at its published value this program gives the
 * published hash too (the test proves it), so any hash change the lab shows comes from the one
 * ingredient changed. When no program variant is chosen, `labTrainGenerator` simply runs the
 * core trainer.
 */
import type { Rng } from "../../rng/xoshiro128.ts";
import { detSqrt } from "../det-math.ts";
import type { DigitsData } from "../digits-data.ts";
import type { TrainingSet } from "../edits.ts";
import { paramsFromValues, type MlpParams } from "../mlp.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../shape.ts";
import { trainGenerator, type TrainEvent, type TrainOutcome, type TrainProgram } from "../train.ts";
import { labArithmetic } from "./lab-arithmetic.ts";
import type { ExpTally } from "./lab-math.ts";
import { coreRecipe, isCoreRecipe, type LabRecipe, type OrderChoice, type ScriptChoice } from "./lab-recipe.ts";

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
  const program: TrainProgram =
    isCoreRecipe(lab) && !useLabProgram
      ? {}
      : {
          init: (hiddenUnits, rng) => initialise(lab.script, hiddenUnits, rng),
          arrange: (set) => reorder(set, lab.order, data),
          arithmetic: labArithmetic(lab, expTally),
        };
  const outcome = yield* trainGenerator(coreRecipe(lab, data), data, program);
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
