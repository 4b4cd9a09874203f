/**
 * A rank-one model edit in the manner of ROME (Meng, Bau, Andonian & Belinkov, "Locating and
 * Editing Factual Associations in GPT", NeurIPS 2022): treat one MLP's output matrix W as a
 * linear associative memory from keys k (the MLP's hidden activations) to values W·k, and insert
 * a new pair (k*, v*) while disturbing other keys as little as possible:
 *
 *   W' = W + (v* − W·k*) · (C⁻¹k*)ᵀ / (k*ᵀ·C⁻¹k*),   C = E[k·kᵀ] over the training text's positions
 *
 * k* is the hidden activation at the chosen position of the prompt (ROME: the subject's last
 * token); v* = W·k* + δ, where δ is found by gradient descent on −log p(target | prompt) + λ‖δ‖²,
 * δ being added to that MLP's output at that position. Simplifications, said plainly: one prompt
 * (ROME also averages over random prefixes) and no KL term keeping the subject's other facts.
 */
import { detSqrt } from "../../nn/det-math.ts";
import { backward, createScratch } from "../backward.ts";
import { encodeSentence, type Corpus } from "../corpus.ts";
import { createActivations, forward } from "../forward.ts";
import { cloneParams, type LmParams } from "../params.ts";
import { solve } from "./linear-solve.ts";

export interface RomeRequest {
  readonly promptIds: readonly number[];
  /** Index into the prompt's words (0-based, not counting the start token). */
  readonly position: number;
  readonly layer: number;
  readonly target: number;
  readonly steps?: number;
  readonly learningRate?: number;
  readonly decay?: number;
  /** Added to C's diagonal (C can be singular: dead ReLU units give zero rows). */
  readonly ridge?: number;
}

export interface RomeResult {
  readonly params: LmParams;
  /** p(target | prompt) after the edit. */
  readonly targetProbability: number;
  /** p(target | prompt) with δ added to the MLP's output directly (what the edit aims for). */
  readonly nudgedProbability: number;
  /** ‖δ‖ and ‖ΔW‖_F, the size of the edit. */
  readonly deltaNorm: number;
  readonly updateNorm: number;
}

/** C = (1/N)·Σ k·kᵀ over every position of every training sentence, in corpus order. */
export function keyCovariance(params: LmParams, corpus: Corpus, layer: number): Float64Array {
  const m = params.config.mlpWidth;
  const acts = createActivations(params.config);
  const c = new Float64Array(m * m);
  let count = 0;
  for (const s of corpus.sentences) {
    const seq = encodeSentence(s.text, corpus.vocabulary);
    forward(params, seq.subarray(0, seq.length - 1), acts);
    const hidden = acts.blocks[layer]!.hidden;
    for (let t = 0; t < seq.length - 1; t++) {
      for (let i = 0; i < m; i++) {
        const ki = hidden[t * m + i]!;
        if (ki === 0) continue;
        for (let j = 0; j < m; j++) c[i * m + j] = c[i * m + j]! + ki * hidden[t * m + j]!;
      }
      count++;
    }
  }
  for (let i = 0; i < m * m; i++) c[i] = c[i]! / count;
  return c;
}

export function romeEdit(params: LmParams, covariance: Float64Array, request: RomeRequest): RomeResult {
  const { width: d, mlpWidth: m, vocabSize: vocab } = params.config;
  const steps = request.steps ?? 300;
  const learningRate = request.learningRate ?? 0.3;
  const decay = request.decay ?? 1e-4;
  const ridge = request.ridge ?? 1e-3;
  const input = [0, ...request.promptIds];
  const position = request.position + 1; // after the start token
  const last = input.length - 1;
  const acts = createActivations(params.config);
  const scratch = createScratch(params);
  const ignored = new Float64Array(params.values.length);
  const targets = input.map((_, t) => (t === last ? request.target : -1));

  // δ by Adam on −log p(target) + decay·‖δ‖².
  const delta = new Float64Array(d);
  const mom = new Float64Array(d);
  const vel = new Float64Array(d);
  let b1 = 1;
  let b2 = 1;
  for (let step = 0; step < steps; step++) {
    forward(params, input, acts, { layer: request.layer, position, delta });
    backward(params, acts, targets, ignored, scratch);
    const g = scratch.blockOutput[request.layer]!;
    b1 *= 0.9;
    b2 *= 0.999;
    for (let i = 0; i < d; i++) {
      const grad = g[position * d + i]! + 2 * decay * delta[i]!;
      mom[i] = 0.9 * mom[i]! + 0.1 * grad;
      vel[i] = 0.999 * vel[i]! + 0.001 * grad * grad;
      delta[i] = delta[i]! - (learningRate * (mom[i]! / (1 - b1))) / (detSqrt(vel[i]! / (1 - b2)) + 1e-8);
    }
  }

  // What δ itself achieves (the edit can do no better at this prompt).
  forward(params, input, acts, { layer: request.layer, position, delta });
  const nudgedProbability = acts.probs[last * vocab + request.target]!;

  // k* at that layer and position, without the nudge.
  forward(params, input, acts);
  const key = acts.blocks[request.layer]!.hidden.slice(position * m, (position + 1) * m);
  const c = Float64Array.from(covariance);
  for (let i = 0; i < m; i++) c[i * m + i] = c[i * m + i]! + ridge;
  const cInvKey = solve(c, m, key);
  let denominator = 0;
  for (let i = 0; i < m; i++) denominator += key[i]! * cInvKey[i]!;

  const edited = cloneParams(params);
  const w = edited.blocks[request.layer]!.mlpOutWeight; // [m, d]: row j = hidden unit, column i = residual dim
  let updateSquares = 0;
  let deltaSquares = 0;
  for (let i = 0; i < d; i++) deltaSquares += delta[i]! * delta[i]!;
  if (denominator > 0) {
    for (let j = 0; j < m; j++) {
      for (let i = 0; i < d; i++) {
        const change = (cInvKey[j]! * delta[i]!) / denominator;
        w[j * d + i] = w[j * d + i]! + change;
        updateSquares += change * change;
      }
    }
  }
  forward(edited, input, acts);
  return {
    params: edited,
    targetProbability: acts.probs[last * vocab + request.target]!,
    nudgedProbability,
    deltaNorm: detSqrt(deltaSquares),
    updateNorm: detSqrt(updateSquares),
  };
}
