/**
 * Loss and gradient of the mean cross-entropy over a list of examples, each backward step written
 * next to the forward quantity it uses. The order of every sum is fixed (examples in list order,
 * indices ascending), which is what makes the gradient — and so training — bit-reproducible.
 */
import { detLog } from "./det-math.ts";
import type { TrainingSet } from "./edits.ts";
import { forwardExample, paramsFromValues, type MlpParams } from "./mlp.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "./shape.ts";

/** Scratch buffers for one network size, reused across steps to keep the hot loop allocation-free. */
export interface Workspace {
  readonly hiddenActivation: Float64Array;
  readonly logits: Float64Array;
  readonly probabilities: Float64Array;
  /** `outputDelta[digit]` = ∂loss/∂logit for the current example. */
  readonly outputDelta: Float64Array;
  /** Sum of per-example gradients, laid out like `MlpParams.values`. */
  readonly gradient: Float64Array;
  /** Named views of `gradient`, placed by the layout table as the parameters' views are. */
  readonly gradientViews: MlpParams;
}

export function createWorkspace(params: MlpParams): Workspace {
  const gradientViews = paramsFromValues(params.hiddenUnits);
  return {
    hiddenActivation: new Float64Array(params.hiddenUnits),
    logits: new Float64Array(DIGIT_COUNT),
    probabilities: new Float64Array(DIGIT_COUNT),
    outputDelta: new Float64Array(DIGIT_COUNT),
    gradient: gradientViews.values,
    gradientViews,
  };
}

/**
 * Sets `workspace.gradient` to the SUM over examples `order[start … end)` of ∂loss/∂params and
 * returns the summed loss. Callers divide by the example count.
 */
export function accumulateGradient(
  params: MlpParams,
  set: TrainingSet,
  order: Int32Array,
  start: number,
  end: number,
  workspace: Workspace,
): number {
  const { hiddenUnits, outputWeight } = params;
  const { hiddenActivation, logits, probabilities, outputDelta, gradient, gradientViews } = workspace;
  gradient.fill(0);
  const hiddenBiasGrad = gradientViews.hiddenBias;
  const hiddenWeightGrad = gradientViews.hiddenWeight;
  const outputBiasGrad = gradientViews.outputBias;
  const outputWeightGrad = gradientViews.outputWeight;
  const inputs = set.inputs;
  let lossSum = 0;

  for (let position = start; position < end; position++) {
    const example = order[position]!;
    const inputOffset = example * PIXELS_PER_IMAGE;
    const label = set.labels[example]!;
    const { maxLogit, sumExp } = forwardExample(params, inputs, inputOffset, hiddenActivation, logits, probabilities);
    // Cross-entropy −log p[label], written so it stays finite when p[label] underflows to 0.
    lossSum += detLog(sumExp) - (logits[label]! - maxLogit);

    // Softmax + cross-entropy: ∂loss/∂logit = p − onehot(label).
    for (let digit = 0; digit < DIGIT_COUNT; digit++) {
      const delta = probabilities[digit]! - (digit === label ? 1 : 0);
      outputDelta[digit] = delta;
      outputBiasGrad[digit]! += delta;
      const row = digit * hiddenUnits;
      for (let hidden = 0; hidden < hiddenUnits; hidden++)
        outputWeightGrad[row + hidden]! += delta * hiddenActivation[hidden]!;
    }
    // Back through the output layer and the ReLU (derivative 0 where the unit was off).
    for (let hidden = 0; hidden < hiddenUnits; hidden++) {
      if (hiddenActivation[hidden]! <= 0) continue;
      let delta = 0;
      for (let digit = 0; digit < DIGIT_COUNT; digit++)
        delta += outputWeight[digit * hiddenUnits + hidden]! * outputDelta[digit]!;
      hiddenBiasGrad[hidden]! += delta;
      const row = hidden * PIXELS_PER_IMAGE;
      for (let pixel = 0; pixel < PIXELS_PER_IMAGE; pixel++)
        hiddenWeightGrad[row + pixel]! += delta * inputs[inputOffset + pixel]!;
    }
  }
  return lossSum;
}

/** Mean loss and mean gradient over the given examples (all of `set` if `examples` is omitted). */
export function lossAndGradient(
  params: MlpParams,
  set: TrainingSet,
  examples?: Int32Array,
): { loss: number; gradient: Float64Array } {
  const order = examples ?? Int32Array.from({ length: set.count }, (_, i) => i);
  const workspace = createWorkspace(params);
  const lossSum = accumulateGradient(params, set, order, 0, order.length, workspace);
  const gradient = workspace.gradient.map((g) => g / order.length);
  return { loss: lossSum / order.length, gradient };
}

/** Mean loss only (the finite-difference check's function). */
export function meanLoss(params: MlpParams, set: TrainingSet, examples?: Int32Array): number {
  return lossAndGradient(params, set, examples).loss;
}
