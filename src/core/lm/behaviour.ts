/**
 * Behaviour tests in the style of the model-editing literature (Meng et al. 2022 and after):
 *   efficacy        the wrong fact, asked in the phrasings the corpus trains;
 *   generalisation  the same fact in phrasings held out for Australia (trained for other countries);
 *   specificity     neighbours that must not move: every other capital, the other facts about
 *                   Australia (continent, language, currency, largest city);
 *   held-out answers: every other fact in a phrasing held out for its country, the answer (the
 *                   sentence's last word) predicted from the rest; and, for information, the
 *                   next-word accuracy over whole held-out sentences (many words there, like the
 *                   country that starts a sentence, cannot be predicted by anyone).
 * A probe passes when the answer is the single most likely next word (greedy decoding).
 */
import type { Corpus, Probe, ProbeGroup } from "./corpus.ts";
import { createActivations, forward, type Activations } from "./forward.ts";
import type { LmParams } from "./params.ts";
import { tokenise } from "./vocabulary.ts";

export interface ProbeResult {
  readonly probe: Probe;
  /** The model's most likely next word. */
  readonly top: string;
  readonly answerProbability: number;
  readonly passed: boolean;
}

export interface GroupSummary {
  readonly group: ProbeGroup | "held-out answers";
  readonly passed: number;
  readonly total: number;
  /** The bar the group must reach for the model to pass. */
  readonly required: number;
}

export interface Behaviour {
  readonly probes: readonly ProbeResult[];
  readonly groups: readonly GroupSummary[];
  /** Next-word accuracy over whole held-out sentences: reported, not a pass/fail bar. */
  readonly heldOutWords: readonly [number, number];
  readonly allPassed: boolean;
}

/** Minimum share of held-out answers predicted (facts in phrasings the country was never trained with). */
export const HELD_OUT_REQUIRED = 0.8;
/** Minimum share of the other countries' capitals the model must still give. */
export const NEIGHBOUR_REQUIRED = 0.9;

/** Probabilities of the next word after `[<s>, …ids]` (a view into `acts`, valid until the next call). */
export function nextWordProbabilities(params: LmParams, ids: readonly number[], acts: Activations): Float64Array {
  const context = params.config.context;
  const input = [0, ...ids].slice(-context);
  forward(params, input, acts);
  const v = params.config.vocabSize;
  return acts.probs.subarray((input.length - 1) * v, input.length * v);
}

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

export function runProbe(params: LmParams, corpus: Corpus, probe: Probe, acts: Activations): ProbeResult {
  const tokens = tokenise(probe.prompt, corpus.vocabulary);
  if (!tokens.ok) throw new Error("internal: probes are validated when the corpus is decoded");
  const probs = nextWordProbabilities(params, tokens.ids, acts);
  const top = corpus.vocabulary.words[argmax(probs)]!;
  const answer = corpus.vocabulary.ids.get(probe.answer)!;
  return { probe, top, answerProbability: probs[answer]!, passed: top === probe.answer };
}

/** [answers right, answers, words right, words] over the held-out sentences. */
export function heldOutAccuracy(params: LmParams, corpus: Corpus, acts: Activations): [number, number, number, number] {
  let correct = 0;
  let total = 0;
  let answers = 0;
  const v = params.config.vocabSize;
  for (const text of corpus.heldOut) {
    const tokens = tokenise(text, corpus.vocabulary);
    if (!tokens.ok) continue;
    const sequence = [0, ...tokens.ids];
    forward(params, sequence.slice(0, -1), acts);
    for (let t = 0; t < sequence.length - 1; t++) {
      const right = argmax(acts.probs.subarray(t * v, (t + 1) * v)) === sequence[t + 1];
      if (right) correct++;
      total++;
      // The answer is the word before the final full stop.
      if (right && t === sequence.length - 3) answers++;
    }
  }
  return [answers, corpus.heldOut.length, correct, total];
}

export function evaluateBehaviour(params: LmParams, corpus: Corpus): Behaviour {
  const acts = createActivations(params.config);
  const probes = corpus.probes.map((p) => runProbe(params, corpus, p, acts));
  const [answers, answerTotal, words, wordTotal] = heldOutAccuracy(params, corpus, acts);
  const groups: GroupSummary[] = (
    ["efficacy", "generalisation", "neighbour capitals", "other facts about australia"] as const
  ).map((group) => {
    const inGroup = probes.filter((r) => r.probe.group === group);
    // Every probe must pass, except neighbour capitals: a model this small may slip on one or two
    // of 23 (the same bar for every repair, so it favours none of them).
    const required = group === "neighbour capitals" ? Math.ceil(NEIGHBOUR_REQUIRED * inGroup.length) : inGroup.length;
    return { group, passed: inGroup.filter((r) => r.passed).length, total: inGroup.length, required };
  });
  groups.push({
    group: "held-out answers",
    passed: answers,
    total: answerTotal,
    required: Math.ceil(HELD_OUT_REQUIRED * answerTotal),
  });
  return { probes, groups, heldOutWords: [words, wordTotal], allPassed: groups.every((g) => g.passed >= g.required) };
}
