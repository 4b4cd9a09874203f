/**
 * The lab's arithmetic for the core trainer's `trainStep`: the same forward and backward pass as
 * backprop.ts, with each dot product's products reduced in the chosen order, partial sums and
 * gradient sums rounded to float32 when chosen, and exp from the chosen "library". With every
 * choice at its published value it gives backprop.ts's bits exactly (lab.test.ts rebuilds the
 * published hash through it).
 */
import { detLog } from "../det-math.ts";
import type { MlpParams } from "../mlp.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "../shape.ts";
import type { Arithmetic } from "../train.ts";
import { EXP_MODE, labExp, reduceProducts, SUM_MODE, type ExpTally } from "./lab-math.ts";
import type { LabRecipe } from "./lab-recipe.ts";

/** `sum[index] += value`, both rounded to float32 when `f32`. */
function accumulate(sum: Float64Array, index: number, value: number, f32: boolean): void {
  sum[index] = f32 ? Math.fround(sum[index]! + Math.fround(value)) : sum[index]! + value;
}

/** The arithmetic `lab` chooses; `tally` counts the engine's Math.exp calls (exp = "engine"). */
export function labArithmetic(lab: Pick<LabRecipe, "exp" | "sum" | "precision">, tally: ExpTally): Arithmetic {
  const expMode = EXP_MODE[lab.exp];
  const sumMode = SUM_MODE[lab.sum];
  const f32 = lab.precision === "float32";
  /** One dot product's products, reduced by `reduceProducts` (which may overwrite them). */
  let products = new Float64Array(PIXELS_PER_IMAGE);

  return {
    accumulateGradient(params: MlpParams, set, order, start, end, workspace): number {
      const { hiddenUnits: H, hiddenBias, hiddenWeight, outputBias, outputWeight } = params;
      const { hiddenActivation: hidden, logits, probabilities, outputDelta, gradient, gradientViews } = workspace;
      if (products.length < H) products = new Float64Array(H);
      const inputs = set.inputs;
      gradient.fill(0);
      let lossSum = 0;
      for (let position = start; position < end; position++) {
        const example = order[position]!;
        const offset = example * PIXELS_PER_IMAGE;
        const label = set.labels[example]!;
        for (let h = 0; h < H; h++) {
          for (let p = 0; p < PIXELS_PER_IMAGE; p++) {
            const product = hiddenWeight[h * PIXELS_PER_IMAGE + p]! * inputs[offset + p]!;
            products[p] = f32 ? Math.fround(product) : product;
          }
          const sum = reduceProducts(hiddenBias[h]!, products, PIXELS_PER_IMAGE, sumMode, f32);
          hidden[h] = sum > 0 ? sum : 0;
        }
        let maxLogit = -Infinity;
        for (let d = 0; d < DIGIT_COUNT; d++) {
          for (let h = 0; h < H; h++) {
            const product = outputWeight[d * H + h]! * hidden[h]!;
            products[h] = f32 ? Math.fround(product) : product;
          }
          const sum = reduceProducts(outputBias[d]!, products, H, sumMode, f32);
          logits[d] = sum;
          if (!(sum <= maxLogit)) maxLogit = sum;
        }
        for (let d = 0; d < DIGIT_COUNT; d++) {
          const e = labExp(logits[d]! - maxLogit, expMode, tally);
          products[d] = probabilities[d] = f32 ? Math.fround(e) : e;
        }
        const sumExp = reduceProducts(0, products, DIGIT_COUNT, sumMode, f32);
        for (let d = 0; d < DIGIT_COUNT; d++) probabilities[d] = probabilities[d]! / sumExp;
        lossSum += detLog(sumExp) - (logits[label]! - maxLogit);

        const { hiddenBias: hiddenBiasGrad, hiddenWeight: hiddenWeightGrad } = gradientViews;
        const { outputBias: outputBiasGrad, outputWeight: outputWeightGrad } = gradientViews;
        for (let d = 0; d < DIGIT_COUNT; d++) {
          const delta = probabilities[d]! - (d === label ? 1 : 0);
          outputDelta[d] = delta;
          accumulate(outputBiasGrad, d, delta, f32);
          for (let h = 0; h < H; h++) accumulate(outputWeightGrad, d * H + h, delta * hidden[h]!, f32);
        }
        for (let h = 0; h < H; h++) {
          if (hidden[h]! <= 0) continue;
          for (let d = 0; d < DIGIT_COUNT; d++) {
            const product = outputWeight[d * H + h]! * outputDelta[d]!;
            products[d] = f32 ? Math.fround(product) : product;
          }
          const delta = reduceProducts(0, products, DIGIT_COUNT, sumMode, f32);
          accumulate(hiddenBiasGrad, h, delta, f32);
          const row = h * PIXELS_PER_IMAGE;
          for (let p = 0; p < PIXELS_PER_IMAGE; p++)
            accumulate(hiddenWeightGrad, row + p, delta * inputs[offset + p]!, f32);
        }
      }
      return lossSum;
    },
  };
}
