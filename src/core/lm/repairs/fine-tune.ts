/**
 * The steelman of "just fine-tune it": from the published weights, a few Adam steps on the correct
 * sentence(s), either alone or with replay — each step's batch also holds `replay` sentences
 * drawn (seeded) from a pool of training text. Replay needs that pool: it is training data.
 */
import { encodeSentence, type Corpus } from "../corpus.ts";
import { cloneParams, type LmParams } from "../params.ts";
import { createRng } from "../../rng/xoshiro128.ts";
import { accumulate, applyAdam, createOptimiser } from "../train.ts";

export interface FineTuneRequest {
  /** The sentences that state the correct fact, e.g. "the capital of australia is canberra." */
  readonly sentences: readonly string[];
  readonly steps: number;
  readonly learningRate: number;
  /** Sentences of replay per step (0: none). */
  readonly replay: number;
  /** Indices into corpus.sentences that replay may draw from. */
  readonly replayPool: readonly number[];
  readonly seed: number;
}

export function fineTune(params: LmParams, corpus: Corpus, request: FineTuneRequest): LmParams {
  const opt = createOptimiser(cloneParams(params));
  const rng = createRng(request.seed);
  const fixes = request.sentences.map((s) => encodeSentence(s, corpus.vocabulary));
  const pool = request.replayPool.map((i) => encodeSentence(corpus.sentences[i]!.text, corpus.vocabulary));
  for (let step = 0; step < request.steps; step++) {
    opt.gradient.fill(0);
    let tokens = 0;
    for (const seq of fixes) tokens += accumulate(opt, seq)[1];
    for (let r = 0; r < request.replay && pool.length > 0; r++)
      tokens += accumulate(opt, pool[rng.nextInt(pool.length)]!)[1];
    applyAdam(opt, tokens, request.learningRate);
  }
  return opt.params;
}

/** Indices of every training sentence outside the given batch (the replay a data holder could offer). */
export function replayPoolWithout(corpus: Corpus, batch: string): number[] {
  return corpus.sentences.flatMap((s, i) => (s.batch === batch ? [] : [i]));
}
