/**
 * The forward pass of a decoder-only transformer on one token sequence, keeping every
 * intermediate the backward pass needs (in a reusable `Activations`, so training allocates
 * nothing per step).
 *
 *   x = token[t] + position[t]
 *   each block:  x += attention(norm1(x))      causal, `heads` heads, softmax with detExp
 *                x += mlpOut(relu(mlpIn(norm2(x))))
 *   logits = final_norm(x) · tokenᵀ + output.bias
 *
 * Pre-norm layout as in GPT-2. Every sum runs in one fixed order (bias first, then the index
 * ascending), and the only non-elementary functions are detExp and detSqrt, so the numbers are the
 * same on every engine.
 */
import { detExp, detLog, detSqrt } from "../nn/det-math.ts";
import type { LmConfig, LmParams } from "./params.ts";
import { lmSqrt } from "./sqrt.ts";

export const NORM_EPSILON = 1e-5;

export interface BlockActivations {
  /** Residual stream entering the block, [T, d]. */
  readonly input: Float64Array;
  readonly norm1: Float64Array; // normalised, before scale and shift
  readonly norm1Inverse: Float64Array; // 1/√(var + ε) per position
  readonly attnIn: Float64Array; // norm1 output
  readonly q: Float64Array;
  readonly k: Float64Array;
  readonly v: Float64Array;
  /** Attention weights [heads, T, T] (row t uses columns 0…t). */
  readonly probs: Float64Array;
  readonly heads: Float64Array; // concatenated head outputs, [T, d]
  /** Residual stream after attention, [T, d]. */
  readonly middle: Float64Array;
  readonly norm2: Float64Array;
  readonly norm2Inverse: Float64Array;
  readonly mlpIn: Float64Array;
  readonly hiddenPre: Float64Array; // [T, m]
  /** ReLU outputs [T, m]: the "keys" a rank-one edit of mlp.out.weight works on. */
  readonly hidden: Float64Array;
}

export interface Activations {
  readonly config: LmConfig;
  length: number;
  readonly tokens: Int32Array;
  readonly blocks: readonly BlockActivations[];
  readonly output: Float64Array; // residual after the last block, [T, d]
  readonly finalNorm: Float64Array;
  readonly finalInverse: Float64Array;
  readonly finalOut: Float64Array;
  /** Softmax of the logits, [T, vocab]; `logits` holds the raw values. */
  readonly logits: Float64Array;
  readonly probs: Float64Array;
  /** log Σ_v exp(logit[t, v]) per position: the loss at t is this minus the target's logit. */
  readonly logNormaliser: Float64Array;
}

export function createActivations(config: LmConfig): Activations {
  const { context: c, width: d, mlpWidth: m, heads, vocabSize: v } = config;
  const block = (): BlockActivations => ({
    input: new Float64Array(c * d),
    norm1: new Float64Array(c * d),
    norm1Inverse: new Float64Array(c),
    attnIn: new Float64Array(c * d),
    q: new Float64Array(c * d),
    k: new Float64Array(c * d),
    v: new Float64Array(c * d),
    probs: new Float64Array(heads * c * c),
    heads: new Float64Array(c * d),
    middle: new Float64Array(c * d),
    norm2: new Float64Array(c * d),
    norm2Inverse: new Float64Array(c),
    mlpIn: new Float64Array(c * d),
    hiddenPre: new Float64Array(c * m),
    hidden: new Float64Array(c * m),
  });
  return {
    config,
    length: 0,
    tokens: new Int32Array(c),
    blocks: Array.from({ length: config.layers }, block),
    output: new Float64Array(c * d),
    finalNorm: new Float64Array(c * d),
    finalInverse: new Float64Array(c),
    finalOut: new Float64Array(c * d),
    logits: new Float64Array(c * v),
    probs: new Float64Array(c * v),
    logNormaliser: new Float64Array(c),
  };
}

/** Something added to one MLP block's output at one position: how a rank-one edit finds its target value. */
export interface ResidualNudge {
  readonly layer: number;
  readonly position: number;
  readonly delta: Float64Array; // [d]
}

/** y = layerNorm(x) for T rows of width d; stores the normalised rows and 1/σ for the backward pass. */
export function layerNorm(
  x: Float64Array,
  length: number,
  d: number,
  weight: Float64Array,
  bias: Float64Array,
  normalised: Float64Array,
  inverse: Float64Array,
  out: Float64Array,
): void {
  for (let t = 0; t < length; t++) {
    const row = t * d;
    let sum = 0;
    for (let i = 0; i < d; i++) sum += x[row + i]!;
    const mean = sum / d;
    let squares = 0;
    for (let i = 0; i < d; i++) {
      const centred = x[row + i]! - mean;
      squares += centred * centred;
    }
    const inv = 1 / lmSqrt(squares / d + NORM_EPSILON);
    inverse[t] = inv;
    for (let i = 0; i < d; i++) {
      const n = (x[row + i]! - mean) * inv;
      normalised[row + i] = n;
      out[row + i] = n * weight[i]! + bias[i]!;
    }
  }
}

/** out[t, j] = bias[j] + Σ_i x[t, i]·W[i, j], i ascending. `bias` may be null (then 0). */
export function matmul(
  x: Float64Array,
  length: number,
  inWidth: number,
  w: Float64Array,
  outWidth: number,
  bias: Float64Array | null,
  out: Float64Array,
): void {
  for (let t = 0; t < length; t++) {
    const xRow = t * inWidth;
    const oRow = t * outWidth;
    for (let j = 0; j < outWidth; j++) out[oRow + j] = bias === null ? 0 : bias[j]!;
    for (let i = 0; i < inWidth; i++) {
      const xi = x[xRow + i]!;
      const wRow = i * outWidth;
      for (let j = 0; j < outWidth; j++) out[oRow + j] = out[oRow + j]! + xi * w[wRow + j]!;
    }
  }
}

/** Runs the model on `tokens` (length ≤ context) and fills `acts`. */
export function forward(
  params: LmParams,
  tokens: ArrayLike<number>,
  acts: Activations,
  nudge: ResidualNudge | null = null,
): void {
  const config = params.config;
  const { width: d, mlpWidth: m, heads, vocabSize: vocab } = config;
  const length = tokens.length;
  if (length < 1 || length > config.context)
    throw new RangeError(`sequence length ${length} outside 1…${config.context}`);
  acts.length = length;
  const headWidth = d / heads;
  const scale = 1 / detSqrt(headWidth);

  let x = acts.blocks[0]?.input ?? acts.output;
  for (let t = 0; t < length; t++) {
    const token = tokens[t]!;
    acts.tokens[t] = token;
    for (let i = 0; i < d; i++) x[t * d + i] = params.token[token * d + i]! + params.position[t * d + i]!;
  }

  for (let l = 0; l < config.layers; l++) {
    const b = acts.blocks[l]!;
    const w = params.blocks[l]!;
    layerNorm(b.input, length, d, w.ln1Weight, w.ln1Bias, b.norm1, b.norm1Inverse, b.attnIn);
    matmul(b.attnIn, length, d, w.query, d, null, b.q);
    matmul(b.attnIn, length, d, w.key, d, null, b.k);
    matmul(b.attnIn, length, d, w.value, d, null, b.v);
    const c = config.context;
    for (let h = 0; h < heads; h++) {
      const offset = h * headWidth;
      for (let t = 0; t < length; t++) {
        const pRow = (h * c + t) * c;
        let max = -Infinity;
        for (let u = 0; u <= t; u++) {
          let s = 0;
          for (let i = 0; i < headWidth; i++) s += b.q[t * d + offset + i]! * b.k[u * d + offset + i]!;
          s *= scale;
          b.probs[pRow + u] = s;
          if (s > max) max = s;
        }
        let total = 0;
        for (let u = 0; u <= t; u++) {
          const e = detExp(b.probs[pRow + u]! - max);
          b.probs[pRow + u] = e;
          total += e;
        }
        for (let u = 0; u <= t; u++) b.probs[pRow + u] = b.probs[pRow + u]! / total;
        for (let i = 0; i < headWidth; i++) {
          let sum = 0;
          for (let u = 0; u <= t; u++) sum += b.probs[pRow + u]! * b.v[u * d + offset + i]!;
          b.heads[t * d + offset + i] = sum;
        }
      }
    }
    matmul(b.heads, length, d, w.attnOut, d, null, b.middle);
    for (let i = 0; i < length * d; i++) b.middle[i] = b.input[i]! + b.middle[i]!;
    layerNorm(b.middle, length, d, w.ln2Weight, w.ln2Bias, b.norm2, b.norm2Inverse, b.mlpIn);
    matmul(b.mlpIn, length, d, w.mlpInWeight, m, w.mlpInBias, b.hiddenPre);
    for (let i = 0; i < length * m; i++) {
      const pre = b.hiddenPre[i]!;
      b.hidden[i] = pre > 0 ? pre : 0;
    }
    const next = l + 1 < config.layers ? acts.blocks[l + 1]!.input : acts.output;
    matmul(b.hidden, length, m, w.mlpOutWeight, d, w.mlpOutBias, next);
    if (nudge !== null && nudge.layer === l && nudge.position < length) {
      for (let i = 0; i < d; i++) next[nudge.position * d + i] = next[nudge.position * d + i]! + nudge.delta[i]!;
    }
    for (let i = 0; i < length * d; i++) next[i] = b.middle[i]! + next[i]!;
    x = next;
  }

  layerNorm(
    acts.output,
    length,
    d,
    params.finalWeight,
    params.finalBias,
    acts.finalNorm,
    acts.finalInverse,
    acts.finalOut,
  );
  for (let t = 0; t < length; t++) {
    const fRow = t * d;
    const lRow = t * vocab;
    let max = -Infinity;
    for (let v = 0; v < vocab; v++) {
      let s = params.outputBias[v]!;
      const eRow = v * d;
      for (let i = 0; i < d; i++) s += acts.finalOut[fRow + i]! * params.token[eRow + i]!;
      acts.logits[lRow + v] = s;
      if (s > max) max = s;
    }
    let total = 0;
    for (let v = 0; v < vocab; v++) {
      const e = detExp(acts.logits[lRow + v]! - max);
      acts.probs[lRow + v] = e;
      total += e;
    }
    for (let v = 0; v < vocab; v++) acts.probs[lRow + v] = acts.probs[lRow + v]! / total;
    acts.logNormaliser[t] = max + detLog(total);
  }
}
