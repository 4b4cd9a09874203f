/**
 * The transformer's shape and its parameters: one Float64Array, laid out tensor by tensor in
 * sorted-name order (the order a .safetensors file stores them), each tensor row-major.
 *
 * Matrices are stored [in, out]: `y[j] = Σ_i x[i]·W[i·out + j]`. The output layer is tied to the
 * token embedding (logits = final-norm(x) · token.weightᵀ + output.bias), which halves the size of
 * what the page downloads; output.bias is the per-word knob a sceptic reaches for first.
 */
import { detSqrt } from "../nn/det-math.ts";
import type { Rng } from "../rng/xoshiro128.ts";

export interface LmConfig {
  readonly vocabSize: number;
  /** Width of the residual stream (d). */
  readonly width: number;
  readonly heads: number;
  readonly layers: number;
  /** Hidden units of each MLP block. */
  readonly mlpWidth: number;
  /** Longest input (tokens, counting the start token). */
  readonly context: number;
}

export interface TensorInfo {
  readonly name: string;
  readonly shape: readonly number[];
  readonly offset: number;
  readonly length: number;
}

export interface BlockViews {
  readonly ln1Weight: Float64Array;
  readonly ln1Bias: Float64Array;
  readonly query: Float64Array;
  readonly key: Float64Array;
  readonly value: Float64Array;
  readonly attnOut: Float64Array;
  readonly ln2Weight: Float64Array;
  readonly ln2Bias: Float64Array;
  readonly mlpInWeight: Float64Array;
  readonly mlpInBias: Float64Array;
  readonly mlpOutWeight: Float64Array;
  readonly mlpOutBias: Float64Array;
}

export interface LmParams {
  readonly config: LmConfig;
  readonly values: Float64Array;
  readonly tensors: readonly TensorInfo[];
  readonly token: Float64Array;
  readonly position: Float64Array;
  readonly blocks: readonly BlockViews[];
  readonly finalWeight: Float64Array;
  readonly finalBias: Float64Array;
  readonly outputBias: Float64Array;
}

function tensorShapes(config: LmConfig): { name: string; shape: number[] }[] {
  const { vocabSize: v, width: d, mlpWidth: m, context } = config;
  const shapes = [
    { name: "token.weight", shape: [v, d] },
    { name: "position.weight", shape: [context, d] },
    { name: "final_norm.weight", shape: [d] },
    { name: "final_norm.bias", shape: [d] },
    { name: "output.bias", shape: [v] },
  ];
  for (let l = 0; l < config.layers; l++) {
    const p = `blocks.${l}.`;
    shapes.push(
      { name: `${p}norm1.weight`, shape: [d] },
      { name: `${p}norm1.bias`, shape: [d] },
      { name: `${p}attn.query`, shape: [d, d] },
      { name: `${p}attn.key`, shape: [d, d] },
      { name: `${p}attn.value`, shape: [d, d] },
      { name: `${p}attn.output`, shape: [d, d] },
      { name: `${p}norm2.weight`, shape: [d] },
      { name: `${p}norm2.bias`, shape: [d] },
      { name: `${p}mlp.in.weight`, shape: [d, m] },
      { name: `${p}mlp.in.bias`, shape: [m] },
      { name: `${p}mlp.out.weight`, shape: [m, d] },
      { name: `${p}mlp.out.bias`, shape: [d] },
    );
  }
  return shapes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function tensorLayout(config: LmConfig): TensorInfo[] {
  let offset = 0;
  return tensorShapes(config).map(({ name, shape }) => {
    const length = shape.reduce((a, b) => a * b, 1);
    const info = { name, shape, offset, length };
    offset += length;
    return info;
  });
}

export function parameterCount(config: LmConfig): number {
  return tensorLayout(config).reduce((sum, t) => sum + t.length, 0);
}

/** Named views onto `values` (which is kept, not copied). */
export function paramsFromValues(config: LmConfig, values: Float64Array): LmParams {
  const tensors = tensorLayout(config);
  const view = (name: string) => {
    const t = tensors.find((x) => x.name === name);
    if (!t) throw new Error(`internal: no tensor ${name}`);
    return values.subarray(t.offset, t.offset + t.length);
  };
  const blocks: BlockViews[] = [];
  for (let l = 0; l < config.layers; l++) {
    const p = `blocks.${l}.`;
    blocks.push({
      ln1Weight: view(`${p}norm1.weight`),
      ln1Bias: view(`${p}norm1.bias`),
      query: view(`${p}attn.query`),
      key: view(`${p}attn.key`),
      value: view(`${p}attn.value`),
      attnOut: view(`${p}attn.output`),
      ln2Weight: view(`${p}norm2.weight`),
      ln2Bias: view(`${p}norm2.bias`),
      mlpInWeight: view(`${p}mlp.in.weight`),
      mlpInBias: view(`${p}mlp.in.bias`),
      mlpOutWeight: view(`${p}mlp.out.weight`),
      mlpOutBias: view(`${p}mlp.out.bias`),
    });
  }
  return {
    config,
    values,
    tensors,
    token: view("token.weight"),
    position: view("position.weight"),
    blocks,
    finalWeight: view("final_norm.weight"),
    finalBias: view("final_norm.bias"),
    outputBias: view("output.bias"),
  };
}

export function cloneParams(params: LmParams): LmParams {
  return paramsFromValues(params.config, Float64Array.from(params.values));
}

/**
 * Initial parameters: norm weights 1, every bias 0, every other number 0.02·(2u − 1)·√3 (uniform
 * with standard deviation 0.02, GPT-2's choice), drawn in layout order from `rng`. The residual
 * output projections (attn.output, mlp.out.weight) are scaled by 1/√(2·layers), also as GPT-2 does
 * (with detSqrt: no engine's Math.sqrt shapes the weights).
 */
export function initParams(config: LmConfig, rng: Rng): LmParams {
  const inverseSqrt2Layers = 1 / detSqrt(2 * config.layers);
  const params = paramsFromValues(config, new Float64Array(parameterCount(config)));
  const SQRT3 = 1.7320508075688772;
  for (const t of params.tensors) {
    const values = params.values.subarray(t.offset, t.offset + t.length);
    if (t.name.endsWith("norm1.weight") || t.name.endsWith("norm2.weight") || t.name === "final_norm.weight") {
      values.fill(1);
    } else if (t.shape.length === 1) {
      values.fill(0);
    } else {
      const scale = t.name.endsWith("attn.output") || t.name.endsWith("mlp.out.weight") ? inverseSqrt2Layers : 1;
      for (let i = 0; i < values.length; i++) values[i] = 0.02 * SQRT3 * scale * (2 * rng.nextFloat() - 1);
    }
  }
  return params;
}
