/**
 * The backward pass, each step beside the forward quantity it differentiates (see forward.ts).
 * `backward` adds the gradient of the summed next-token loss of one sequence to `gradient`
 * (laid out like `params.values`), in a fixed order, so a batch's gradient is the sum over its
 * sequences in batch order.
 */
import { detSqrt } from "../nn/det-math.ts";
import type { Activations } from "./forward.ts";
import type { LmParams } from "./params.ts";

export interface BackwardScratch {
  readonly dResidual: Float64Array; // [T, d]
  readonly dNormed: Float64Array; // [T, d]
  readonly dA: Float64Array; // [T, d]
  readonly dHidden: Float64Array; // [T, m]
  readonly dHeads: Float64Array; // [T, d]
  readonly dQ: Float64Array;
  readonly dK: Float64Array;
  readonly dV: Float64Array;
  readonly dScores: Float64Array; // [T]
  readonly dLogits: Float64Array; // [T, vocab]
  /** Gradient of the loss with respect to each block's output residual, [layers][T, d] (for rank-one edits). */
  readonly blockOutput: Float64Array[];
}

export function createScratch(params: LmParams): BackwardScratch {
  const { context: c, width: d, mlpWidth: m, vocabSize: v, layers } = params.config;
  return {
    dResidual: new Float64Array(c * d),
    dNormed: new Float64Array(c * d),
    dA: new Float64Array(c * d),
    dHidden: new Float64Array(c * m),
    dHeads: new Float64Array(c * d),
    dQ: new Float64Array(c * d),
    dK: new Float64Array(c * d),
    dV: new Float64Array(c * d),
    dScores: new Float64Array(c),
    dLogits: new Float64Array(c * v),
    blockOutput: Array.from({ length: layers }, () => new Float64Array(c * d)),
  };
}

interface BlockOffsets {
  readonly mlpOutWeight: number;
  readonly mlpOutBias: number;
  readonly mlpInWeight: number;
  readonly mlpInBias: number;
  readonly norm2Weight: number;
  readonly norm2Bias: number;
  readonly attnOutput: number;
  readonly query: number;
  readonly key: number;
  readonly value: number;
  readonly norm1Weight: number;
  readonly norm1Bias: number;
}

interface Offsets {
  readonly outputBias: number;
  readonly token: number;
  readonly position: number;
  readonly finalWeight: number;
  readonly finalBias: number;
  readonly blocks: readonly BlockOffsets[];
}

/**
 * Offset of each tensor inside `values`/`gradient`, worked out once per layout: looking names up
 * per sequence (template strings, a Map) cost a tenth of a retrain's time in the profile.
 */
const offsetCache = new WeakMap<object, Offsets>();
function offsetsOf(params: LmParams): Offsets {
  const cached = offsetCache.get(params.tensors);
  if (cached) return cached;
  const byName = new Map(params.tensors.map((t) => [t.name, t.offset]));
  const at = (name: string): number => {
    const offset = byName.get(name);
    if (offset === undefined) throw new Error(`internal: no tensor ${name}`);
    return offset;
  };
  const offsets: Offsets = {
    outputBias: at("output.bias"),
    token: at("token.weight"),
    position: at("position.weight"),
    finalWeight: at("final_norm.weight"),
    finalBias: at("final_norm.bias"),
    blocks: Array.from({ length: params.config.layers }, (_, l) => {
      const p = `blocks.${l}.`;
      return {
        mlpOutWeight: at(`${p}mlp.out.weight`),
        mlpOutBias: at(`${p}mlp.out.bias`),
        mlpInWeight: at(`${p}mlp.in.weight`),
        mlpInBias: at(`${p}mlp.in.bias`),
        norm2Weight: at(`${p}norm2.weight`),
        norm2Bias: at(`${p}norm2.bias`),
        attnOutput: at(`${p}attn.output`),
        query: at(`${p}attn.query`),
        key: at(`${p}attn.key`),
        value: at(`${p}attn.value`),
        norm1Weight: at(`${p}norm1.weight`),
        norm1Bias: at(`${p}norm1.bias`),
      };
    }),
  };
  offsetCache.set(params.tensors, offsets);
  return offsets;
}

/**
 * Adds dLoss/dParams to `gradient`, where loss = Σ_t weight[t]·(−log p(targets[t] | tokens[0…t])).
 * `targets[t] < 0` skips position t. Returns the (weighted) loss of this sequence.
 */
export function backward(
  params: LmParams,
  acts: Activations,
  targets: ArrayLike<number>,
  gradient: Float64Array,
  scratch: BackwardScratch,
): number {
  const config = params.config;
  const { width: d, mlpWidth: m, heads, vocabSize: vocab, context: c } = config;
  const length = acts.length;
  const headWidth = d / heads;

  // Loss and dLogits = softmax − onehot.
  let loss = 0;
  const dLogits = scratch.dLogits;
  for (let t = 0; t < length; t++) {
    const target = targets[t]!;
    const row = t * vocab;
    if (target < 0) {
      dLogits.fill(0, row, row + vocab);
      continue;
    }
    loss += acts.logNormaliser[t]! - acts.logits[row + target]!;
    for (let v = 0; v < vocab; v++) dLogits[row + v] = acts.probs[row + v]!;
    dLogits[row + target] = dLogits[row + target]! - 1;
  }

  // logits = finalOut · tokenᵀ + output.bias
  const offsets = offsetsOf(params);
  const outputBias = offsets.outputBias;
  const tokenOffset = offsets.token;
  for (let v = 0; v < vocab; v++) {
    let sum = 0;
    for (let t = 0; t < length; t++) sum += dLogits[t * vocab + v]!;
    gradient[outputBias + v] = gradient[outputBias + v]! + sum;
  }
  const dFinal = scratch.dNormed;
  // dFinal[t, i] = Σ_v dLogits[t, v]·token[v, i], v ascending (written row by row for memory order).
  for (let t = 0; t < length; t++) {
    const row = t * d;
    for (let i = 0; i < d; i++) dFinal[row + i] = 0;
    for (let v = 0; v < vocab; v++) {
      const dl = dLogits[t * vocab + v]!;
      const eRow = v * d;
      for (let i = 0; i < d; i++) dFinal[row + i] = dFinal[row + i]! + dl * params.token[eRow + i]!;
    }
  }
  for (let v = 0; v < vocab; v++) {
    for (let i = 0; i < d; i++) {
      let sum = 0;
      for (let t = 0; t < length; t++) sum += dLogits[t * vocab + v]! * acts.finalOut[t * d + i]!;
      gradient[tokenOffset + v * d + i] = gradient[tokenOffset + v * d + i]! + sum;
    }
  }
  const dx = scratch.dResidual;
  dx.fill(0, 0, length * d);
  layerNormBackward(
    dFinal,
    acts.finalNorm,
    acts.finalInverse,
    params.finalWeight,
    length,
    d,
    gradient,
    offsets.finalWeight,
    offsets.finalBias,
    dx,
  );

  const attnScale = 1 / detSqrt(headWidth);
  for (let l = config.layers - 1; l >= 0; l--) {
    const b = acts.blocks[l]!;
    const w = params.blocks[l]!;
    const o = offsets.blocks[l]!;
    scratch.blockOutput[l]!.set(dx.subarray(0, length * d));

    // next = middle + hidden·mlpOut + bias: the residual passes dx on to `middle` unchanged.
    const mlpOutW = o.mlpOutWeight;
    const mlpOutB = o.mlpOutBias;
    for (let i = 0; i < d; i++) {
      let sum = 0;
      for (let t = 0; t < length; t++) sum += dx[t * d + i]!;
      gradient[mlpOutB + i] = gradient[mlpOutB + i]! + sum;
    }
    linearBackward(b.hidden, dx, w.mlpOutWeight, length, m, d, gradient, mlpOutW, scratch.dHidden);
    // relu
    for (let i = 0; i < length * m; i++) if (!(b.hiddenPre[i]! > 0)) scratch.dHidden[i] = 0;
    const mlpInW = o.mlpInWeight;
    const mlpInB = o.mlpInBias;
    for (let j = 0; j < m; j++) {
      let sum = 0;
      for (let t = 0; t < length; t++) sum += scratch.dHidden[t * m + j]!;
      gradient[mlpInB + j] = gradient[mlpInB + j]! + sum;
    }
    linearBackward(b.mlpIn, scratch.dHidden, w.mlpInWeight, length, d, m, gradient, mlpInW, scratch.dA);
    layerNormBackward(
      scratch.dA,
      b.norm2,
      b.norm2Inverse,
      w.ln2Weight,
      length,
      d,
      gradient,
      o.norm2Weight,
      o.norm2Bias,
      dx,
    );

    // middle = input + heads·attnOut
    linearBackward(b.heads, dx, w.attnOut, length, d, d, gradient, o.attnOutput, scratch.dHeads);
    const { dQ, dK, dV, dScores } = scratch;
    dQ.fill(0, 0, length * d);
    dK.fill(0, 0, length * d);
    dV.fill(0, 0, length * d);
    for (let h = 0; h < heads; h++) {
      const offset = h * headWidth;
      for (let t = 0; t < length; t++) {
        const pRow = (h * c + t) * c;
        // heads[t] = Σ_u P[t,u]·v[u]
        let weighted = 0;
        for (let u = 0; u <= t; u++) {
          let dp = 0;
          for (let i = 0; i < headWidth; i++) {
            dp += scratch.dHeads[t * d + offset + i]! * b.v[u * d + offset + i]!;
            dV[u * d + offset + i] = dV[u * d + offset + i]! + b.probs[pRow + u]! * scratch.dHeads[t * d + offset + i]!;
          }
          dScores[u] = dp;
          weighted += b.probs[pRow + u]! * dp;
        }
        // softmax: dS = P·(dP − Σ P·dP); scores = scale·q·k
        for (let u = 0; u <= t; u++) {
          const ds = b.probs[pRow + u]! * (dScores[u]! - weighted) * attnScale;
          for (let i = 0; i < headWidth; i++) {
            dQ[t * d + offset + i] = dQ[t * d + offset + i]! + ds * b.k[u * d + offset + i]!;
            dK[u * d + offset + i] = dK[u * d + offset + i]! + ds * b.q[t * d + offset + i]!;
          }
        }
      }
    }
    linearBackward(b.attnIn, dQ, w.query, length, d, d, gradient, o.query, scratch.dA);
    linearBackward(b.attnIn, dK, w.key, length, d, d, gradient, o.key, scratch.dNormed);
    for (let i = 0; i < length * d; i++) scratch.dA[i] = scratch.dA[i]! + scratch.dNormed[i]!;
    linearBackward(b.attnIn, dV, w.value, length, d, d, gradient, o.value, scratch.dNormed);
    for (let i = 0; i < length * d; i++) scratch.dA[i] = scratch.dA[i]! + scratch.dNormed[i]!;
    layerNormBackward(
      scratch.dA,
      b.norm1,
      b.norm1Inverse,
      w.ln1Weight,
      length,
      d,
      gradient,
      o.norm1Weight,
      o.norm1Bias,
      dx,
    );
  }

  // x = token[tokens[t]] + position[t]
  const positionOffset = offsets.position;
  for (let t = 0; t < length; t++) {
    const token = acts.tokens[t]!;
    for (let i = 0; i < d; i++) {
      gradient[tokenOffset + token * d + i] = gradient[tokenOffset + token * d + i]! + dx[t * d + i]!;
      gradient[positionOffset + t * d + i] = gradient[positionOffset + t * d + i]! + dx[t * d + i]!;
    }
  }
  return loss;
}

/**
 * y = x·W (x [T, in], W [in, out]): adds Σ_t x[t,i]·dy[t,j] to dW[i,j] and writes dx = dy·Wᵀ.
 */
function linearBackward(
  x: Float64Array,
  dy: Float64Array,
  w: Float64Array,
  length: number,
  inWidth: number,
  outWidth: number,
  gradient: Float64Array,
  wOffset: number,
  dx: Float64Array,
): void {
  for (let i = 0; i < inWidth; i++) {
    const gRow = wOffset + i * outWidth;
    for (let t = 0; t < length; t++) {
      const xi = x[t * inWidth + i]!;
      if (xi === 0) continue; // exact: adding 0·dy changes nothing (dy is finite here)
      const dRow = t * outWidth;
      for (let j = 0; j < outWidth; j++) gradient[gRow + j] = gradient[gRow + j]! + xi * dy[dRow + j]!;
    }
  }
  for (let t = 0; t < length; t++) {
    const dRow = t * outWidth;
    for (let i = 0; i < inWidth; i++) {
      const wRow = i * outWidth;
      let sum = 0;
      for (let j = 0; j < outWidth; j++) sum += dy[dRow + j]! * w[wRow + j]!;
      dx[t * inWidth + i] = sum;
    }
  }
}

/**
 * y = n·g + b with n = (x − mean)·inv: adds to dg, db and adds dx to `dxOut`:
 * dx = inv·(dn − mean(dn) − n·mean(dn·n)), dn = dy·g.
 */
function layerNormBackward(
  dy: Float64Array,
  normalised: Float64Array,
  inverse: Float64Array,
  weight: Float64Array,
  length: number,
  d: number,
  gradient: Float64Array,
  weightOffset: number,
  biasOffset: number,
  dxOut: Float64Array,
): void {
  for (let i = 0; i < d; i++) {
    let dg = 0;
    let db = 0;
    for (let t = 0; t < length; t++) {
      dg += dy[t * d + i]! * normalised[t * d + i]!;
      db += dy[t * d + i]!;
    }
    gradient[weightOffset + i] = gradient[weightOffset + i]! + dg;
    gradient[biasOffset + i] = gradient[biasOffset + i]! + db;
  }
  for (let t = 0; t < length; t++) {
    const row = t * d;
    let meanDn = 0;
    let meanDnN = 0;
    for (let i = 0; i < d; i++) {
      const dn = dy[row + i]! * weight[i]!;
      meanDn += dn;
      meanDnN += dn * normalised[row + i]!;
    }
    meanDn /= d;
    meanDnN /= d;
    const inv = inverse[t]!;
    for (let i = 0; i < d; i++) {
      const dn = dy[row + i]! * weight[i]!;
      dxOut[row + i] = dxOut[row + i]! + inv * (dn - meanDn - normalised[row + i]! * meanDnN);
    }
  }
}
