/**
 * The obvious knob: add δ to output.bias of one word (say "canberra"). It only shifts that word's
 * logit, so for each context the greedy prediction flips to the word exactly when
 * δ > (largest other logit) − (the word's logit): one threshold per context, computed from one
 * forward pass, gives the effect of every δ on every context at once. bias-knob.test.ts checks the
 * thresholds against real forward passes with the bias changed.
 */
import { encodeSentence, type Corpus } from "../corpus.ts";
import { createActivations, forward } from "../forward.ts";
import type { LmParams } from "../params.ts";
import { tokenise } from "../vocabulary.ts";

export interface Context {
  /** The words before the prediction. */
  readonly prompt: string;
  /** The word the data says comes next (the answer for a probe). */
  readonly expected: string;
  readonly source: "probe" | "training" | "held out";
  /** The δ above which the greedy prediction becomes the knob's word (−Infinity: already is). */
  readonly threshold: number;
}

function thresholdsOf(params: LmParams, sequence: Int32Array, word: number): number[] {
  const acts = createActivations(params.config);
  const input = sequence.subarray(0, sequence.length - 1);
  forward(params, input, acts);
  const v = params.config.vocabSize;
  const out: number[] = [];
  for (let t = 0; t < input.length; t++) {
    let bestOther = -Infinity;
    let bestOtherIndex = -1;
    for (let i = 0; i < v; i++) {
      if (i !== word && acts.logits[t * v + i]! > bestOther) {
        bestOther = acts.logits[t * v + i]!;
        bestOtherIndex = i;
      }
    }
    const own = acts.logits[t * v + word]!;
    // argmax keeps the first of equal values: a tie goes to the word only if it comes first.
    const gap = bestOther - own;
    out.push(word < bestOtherIndex ? gap : gap === 0 ? Number.MIN_VALUE : gap);
  }
  return out;
}

/** Every context the corpus has (every prefix of every training and held-out sentence) and every probe. */
export function knobContexts(params: LmParams, corpus: Corpus, word: string): Context[] {
  const id = corpus.vocabulary.ids.get(word);
  if (id === undefined) return [];
  const out: Context[] = [];
  const words = corpus.vocabulary.words;
  for (const probe of corpus.probes) {
    const tokens = tokenise(probe.prompt, corpus.vocabulary);
    if (!tokens.ok) continue;
    const seq = Int32Array.from([0, ...tokens.ids, corpus.vocabulary.ids.get(probe.answer)!]);
    const t = thresholdsOf(params, seq, id);
    out.push({ prompt: probe.prompt, expected: probe.answer, source: "probe", threshold: t.at(-1)! });
  }
  const addSentences = (texts: readonly string[], source: Context["source"]) => {
    for (const text of texts) {
      const seq = encodeSentence(text, corpus.vocabulary);
      thresholdsOf(params, seq, id).forEach((threshold, t) => {
        const prompt = Array.from(seq.subarray(1, t + 1), (i) => words[i]).join(" ");
        out.push({ prompt, expected: words[seq[t + 1]!]!, source, threshold });
      });
    }
  };
  addSentences(
    corpus.sentences.map((s) => s.text),
    "training",
  );
  addSentences(corpus.heldOut, "held out");
  return out;
}

export interface KnobEffect {
  readonly delta: number;
  /** Contexts whose prediction is now the word. */
  readonly flipped: number;
  /** Of those, contexts where the word is what the data says comes next. */
  readonly flippedRightly: number;
  readonly contexts: number;
}

export function knobEffect(contexts: readonly Context[], word: string, delta: number): KnobEffect {
  let flipped = 0;
  let flippedRightly = 0;
  for (const c of contexts) {
    if (c.threshold < delta) {
      flipped++;
      if (c.expected === word) flippedRightly++;
    }
  }
  return { delta, flipped, flippedRightly, contexts: contexts.length };
}

/** The smallest δ (just above the largest efficacy threshold) that makes every given prompt say the word. */
export function smallestSufficientDelta(contexts: readonly Context[], prompts: readonly string[]): number {
  let worst = -Infinity;
  for (const c of contexts)
    if (c.source === "probe" && prompts.includes(c.prompt)) worst = Math.max(worst, c.threshold);
  return worst === -Infinity ? 0 : worst + Math.max(1e-9, Math.abs(worst) * 1e-9);
}

/** A copy of the parameters with δ added to the word's output bias. */
export function withBias(params: LmParams, word: number, delta: number, clone: (p: LmParams) => LmParams): LmParams {
  const edited = clone(params);
  edited.outputBias[word] = edited.outputBias[word]! + delta;
  return edited;
}
