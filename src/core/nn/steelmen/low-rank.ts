/**
 * "Fine-tune it cheaply, with LoRA": the fine-tune of fine-tune.ts with the published weights
 * frozen and a low-rank update trained instead (Hu et al., 2022), on both weight matrices:
 * W = W₀ + B·A, with A (rank × inputs) small and random, B (outputs × rank) zero at the start, so
 * the model starts as the published one. The biases stay frozen. Same data (corrections + replay),
 * same batches and momentum, and the rank, learning rate and step count are chosen on the same
 * validation set, never the test sets.
 *
 * The gradient with respect to A and B comes from the full one (backprop.ts) by the chain rule:
 * with G = ∂loss/∂W, ∂loss/∂B = G·Aᵀ and ∂loss/∂A = Bᵀ·G.
 */
import { createRng } from "../../rng/xoshiro128.ts";
import { shuffleInPlace } from "../../rng/shuffle.ts";
import { accumulateGradient, createWorkspace } from "../backprop.ts";
import type { DigitsData } from "../digits-data.ts";
import { cloneParams, type MlpParams } from "../mlp.ts";
import { tensorLayout } from "../shape.ts";
import { DIVERGENCE_LOSS } from "../train.ts";
import { FINE_TUNE_BATCH, FINE_TUNE_MOMENTUM, FINE_TUNE_STEPS } from "./fine-tune.ts";
import { validationScore } from "./score.ts";
import { concatSets, setOf, type SteelmanSets } from "./sets.ts";

export const LOW_RANK_RANKS = [1, 4] as const;
/** Higher than the full fine-tune's: B starts at zero, so the first steps move little. */
export const LOW_RANK_LEARNING_RATES = [0.01, 0.03, 0.1, 0.3] as const;
/** A's entries start uniform in ±INIT_SCALE. */
const INIT_SCALE = 0.1;

export interface LowRankTrial {
  readonly rank: number;
  readonly learningRate: number;
  readonly steps: number;
  /** Validation score (score.ts), or −1 if the run diverged before this checkpoint. */
  readonly validationCorrect: number;
}

export interface LowRankOutcome {
  /** The published weights plus the chosen B·A. */
  readonly params: MlpParams;
  readonly rank: number;
  readonly learningRate: number;
  readonly steps: number;
  /** Numbers trained: rank × (rows + cols) for each weight matrix. */
  readonly trainedNumbers: number;
  readonly trials: readonly LowRankTrial[];
  readonly trainingExamples: number;
}

interface Adapter {
  /** Offset of the matrix in `MlpParams.values`. */
  readonly offset: number;
  readonly rows: number;
  readonly cols: number;
  /** rank × cols */
  readonly a: Float64Array;
  /** rows × rank */
  readonly b: Float64Array;
  readonly velocityA: Float64Array;
  readonly velocityB: Float64Array;
}

function adapters(params: MlpParams, rank: number, seed: number): Adapter[] {
  const rng = createRng(seed);
  return tensorLayout(params.hiddenUnits)
    .filter((t) => t.rows > 1)
    .map((t) => {
      const a = new Float64Array(rank * t.cols);
      for (let i = 0; i < a.length; i++) a[i] = INIT_SCALE * (2 * rng.nextFloat() - 1);
      return {
        offset: t.offset,
        rows: t.rows,
        cols: t.cols,
        a,
        b: new Float64Array(t.rows * rank),
        velocityA: new Float64Array(a.length),
        velocityB: new Float64Array(t.rows * rank),
      };
    });
}

/** Writes W₀ + B·A into `target` for every adapted matrix (sums in a fixed order). */
function materialise(base: MlpParams, target: MlpParams, list: readonly Adapter[], rank: number): void {
  for (const { offset, rows, cols, a, b } of list)
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        let sum = base.values[offset + r * cols + c]!;
        for (let k = 0; k < rank; k++) sum += b[r * rank + k]! * a[k * cols + c]!;
        target.values[offset + r * cols + c] = sum;
      }
}

function runLowRank(
  published: MlpParams,
  data: DigitsData,
  sets: SteelmanSets,
  rank: number,
  learningRate: number,
  seed: number,
  onCheckpoint: (steps: number, params: MlpParams) => void,
): void {
  const training = concatSets(setOf(data.train, sets.corrections, "true"), setOf(data.train, sets.replay, "shipped"));
  const list = adapters(published, rank, seed);
  const current = cloneParams(published);
  const workspace = createWorkspace(current);
  const rng = createRng(seed + 1);
  const order = Int32Array.from({ length: training.count }, (_, i) => i);
  const last = FINE_TUNE_STEPS[FINE_TUNE_STEPS.length - 1]!;
  const gradA = new Float64Array(rank * Math.max(...list.map((m) => m.cols)));
  const gradB = new Float64Array(rank * Math.max(...list.map((m) => m.rows)));
  let position = training.count;
  for (let step = 1; step <= last; step++) {
    if (position + FINE_TUNE_BATCH > training.count) {
      shuffleInPlace(order, rng);
      position = 0;
    }
    const lossSum = accumulateGradient(current, training, order, position, position + FINE_TUNE_BATCH, workspace);
    const loss = lossSum / FINE_TUNE_BATCH;
    position += FINE_TUNE_BATCH;
    if (!(loss <= DIVERGENCE_LOSS)) return;
    const g = workspace.gradient;
    let finite = 0;
    for (const m of list) {
      // ∂/∂B = G·Aᵀ and ∂/∂A = Bᵀ·G, both from the same G and the same (old) A and B.
      gradB.fill(0, 0, m.rows * rank);
      gradA.fill(0, 0, rank * m.cols);
      for (let r = 0; r < m.rows; r++)
        for (let c = 0; c < m.cols; c++) {
          const gw = g[m.offset + r * m.cols + c]! / FINE_TUNE_BATCH;
          for (let k = 0; k < rank; k++) {
            gradB[r * rank + k] = gradB[r * rank + k]! + gw * m.a[k * m.cols + c]!;
            gradA[k * m.cols + c] = gradA[k * m.cols + c]! + m.b[r * rank + k]! * gw;
          }
        }
      for (let i = 0; i < m.rows * rank; i++) {
        const v = FINE_TUNE_MOMENTUM * m.velocityB[i]! + gradB[i]!;
        m.velocityB[i] = v;
        m.b[i] = m.b[i]! - learningRate * v;
        finite += m.b[i]! * 0;
      }
      for (let i = 0; i < rank * m.cols; i++) {
        const v = FINE_TUNE_MOMENTUM * m.velocityA[i]! + gradA[i]!;
        m.velocityA[i] = v;
        m.a[i] = m.a[i]! - learningRate * v;
        finite += m.a[i]! * 0;
      }
    }
    if (finite !== 0) return;
    materialise(published, current, list, rank);
    if ((FINE_TUNE_STEPS as readonly number[]).includes(step)) onCheckpoint(step, current);
  }
}

export function lowRankSteelman(published: MlpParams, data: DigitsData, sets: SteelmanSets, seed = 1): LowRankOutcome {
  const validation = setOf(data.train, sets.validation, "true");
  const trials: LowRankTrial[] = [];
  let best: { correct: number; rank: number; learningRate: number; steps: number; params: MlpParams } | null = null;
  for (const rank of LOW_RANK_RANKS)
    for (const learningRate of LOW_RANK_LEARNING_RATES) {
      const reached = new Set<number>();
      runLowRank(published, data, sets, rank, learningRate, seed, (steps, params) => {
        const correct = validationScore(params, validation);
        reached.add(steps);
        trials.push({ rank, learningRate, steps, validationCorrect: correct });
        if (!best || correct > best.correct) best = { correct, rank, learningRate, steps, params: cloneParams(params) };
      });
      for (const steps of FINE_TUNE_STEPS)
        if (!reached.has(steps)) trials.push({ rank, learningRate, steps, validationCorrect: -1 });
    }
  const chosen = best ?? { rank: 0, learningRate: 0, steps: 0, params: cloneParams(published) };
  const matrices = tensorLayout(published.hiddenUnits).filter((t) => t.rows > 1);
  return {
    params: chosen.params,
    rank: chosen.rank,
    learningRate: chosen.learningRate,
    steps: chosen.steps,
    trainedNumbers: matrices.reduce((sum, t) => sum + chosen.rank * (t.rows + t.cols), 0),
    trials,
    trainingExamples: sets.corrections.length + sets.replay.length,
  };
}
