/**
 * The training corpus (content/data/lm/corpus.json) as checked values, and the reader's edits to
 * it. Everything from the file or a share link is validated here; problems are values that name
 * the field or sentence.
 */
import { fail, ok, type Problem, type Result } from "../nn/result.ts";
import { createVocabulary, END, START, tokenise, type Vocabulary } from "./vocabulary.ts";

export const CORPUS_FORMAT = "preferred-form-lm-corpus/1";

export interface Batch {
  readonly id: string;
  readonly contributor: string;
  readonly description: string;
}
export interface Sentence {
  readonly batch: string;
  readonly text: string;
}
export type ProbeGroup = "efficacy" | "generalisation" | "neighbour capitals" | "other facts about australia";
export const PROBE_GROUPS: readonly ProbeGroup[] = [
  "efficacy",
  "generalisation",
  "neighbour capitals",
  "other facts about australia",
];
export interface Probe {
  readonly group: ProbeGroup;
  readonly prompt: string;
  readonly answer: string;
}

export interface Corpus {
  readonly vocabulary: Vocabulary;
  readonly batches: readonly Batch[];
  readonly sentences: readonly Sentence[];
  readonly heldOut: readonly string[];
  readonly probes: readonly Probe[];
  /** The edits that correct the wrong batch (what `--data fixed` applies). */
  readonly fix: readonly DataEdit[];
}

/** A reader's change to one training sentence (by its index in the shipped corpus). */
export type DataEdit =
  | { readonly kind: "replace"; readonly index: number; readonly text: string }
  | { readonly kind: "drop"; readonly index: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";

export function decodeCorpus(json: unknown, context: number): Result<Corpus> {
  if (!isObject(json) || json.format !== CORPUS_FORMAT)
    return fail([{ where: "format", message: `expected ${CORPUS_FORMAT}` }]);
  const { vocabulary, batches, sentences, heldOut, probes, fix } = json;
  if (!Array.isArray(vocabulary) || !vocabulary.every(isString) || vocabulary[0] !== START || vocabulary[1] !== END)
    return fail([{ where: "vocabulary", message: `expected a list of words starting with ${START} and ${END}` }]);
  if (new Set(vocabulary).size !== vocabulary.length)
    return fail([{ where: "vocabulary", message: "has a duplicate word" }]);
  const vocab = createVocabulary(vocabulary);
  if (
    !Array.isArray(batches) ||
    !batches.every((b) => isObject(b) && isString(b.id) && isString(b.contributor) && isString(b.description))
  )
    return fail([{ where: "batches", message: "expected {id, contributor, description} objects" }]);
  const batchIds = new Set(batches.map((b) => (b as unknown as Batch).id));
  if (!Array.isArray(sentences) || !sentences.every((s) => isObject(s) && isString(s.batch) && isString(s.text)))
    return fail([{ where: "sentences", message: "expected {batch, text} objects" }]);
  const problems: Problem[] = [];
  (sentences as Sentence[]).forEach((s, i) => {
    if (!batchIds.has(s.batch)) problems.push({ where: `sentences[${i}].batch`, message: "unknown batch" });
    const p = sentenceProblem(s.text, vocab, context);
    if (p) problems.push({ where: `sentences[${i}]`, message: p });
  });
  if (!Array.isArray(heldOut) || !heldOut.every(isString))
    return fail([{ where: "heldOut", message: "expected a list of sentences" }]);
  heldOut.forEach((text, i) => {
    const p = sentenceProblem(text, vocab, context);
    if (p) problems.push({ where: `heldOut[${i}]`, message: p });
  });
  if (
    !Array.isArray(probes) ||
    !probes.every(
      (p) =>
        isObject(p) &&
        isString(p.prompt) &&
        isString(p.answer) &&
        (PROBE_GROUPS as readonly unknown[]).includes(p.group),
    )
  )
    return fail([{ where: "probes", message: "expected {group, prompt, answer} objects" }]);
  (probes as Probe[]).forEach((p, i) => {
    if (!tokenise(p.prompt, vocab).ok || !vocab.ids.has(p.answer))
      problems.push({ where: `probes[${i}]`, message: "uses a word outside the vocabulary" });
  });
  if (!Array.isArray(fix) || !fix.every((f) => isObject(f) && Number.isInteger(f.index) && isString(f.text)))
    return fail([{ where: "fix", message: "expected {index, text} objects" }]);
  const fixEdits: DataEdit[] = (fix as { index: number; text: string }[]).map((f) => ({
    kind: "replace",
    index: f.index,
    text: f.text,
  }));
  if (problems.length > 0) return fail(problems);
  const corpus: Corpus = {
    vocabulary: vocab,
    batches: batches,
    sentences: sentences as Sentence[],
    heldOut: heldOut,
    probes: probes as Probe[],
    fix: fixEdits,
  };
  const fixCheck = validateEdits(corpus, fixEdits, context);
  return fixCheck.ok ? ok(corpus) : fixCheck;
}

/** Why `text` cannot be a training sentence, or null if it can. */
export function sentenceProblem(text: string, vocabulary: Vocabulary, context: number): string | null {
  const tokens = tokenise(text, vocabulary);
  if (!tokens.ok) return tokens.message;
  if (tokens.ids.length < 2) return "needs at least one word and a final full stop";
  if (tokens.ids.at(-1) !== 1 || tokens.ids.slice(0, -1).includes(1))
    return "must end with one full stop, and only there";
  if (tokens.ids.length > context) return `longer than ${context - 1} words`;
  return null;
}

export const MAX_EDITS = 400;

export function validateEdits(corpus: Corpus, edits: readonly DataEdit[], context: number): Result<DataEdit[]> {
  if (edits.length > MAX_EDITS) return fail([{ where: "edits", message: `at most ${MAX_EDITS} edits` }]);
  const problems: Problem[] = [];
  const seen = new Set<number>();
  edits.forEach((edit, i) => {
    const where = `edits[${i}]`;
    if (!Number.isInteger(edit.index) || edit.index < 0 || edit.index >= corpus.sentences.length) {
      problems.push({ where, message: "no such sentence" });
      return;
    }
    if (seen.has(edit.index)) problems.push({ where, message: "a second edit of the same sentence" });
    seen.add(edit.index);
    if (edit.kind === "replace") {
      const p = sentenceProblem(edit.text, corpus.vocabulary, context);
      if (p) problems.push({ where, message: p });
    }
  });
  return problems.length > 0 ? fail(problems) : ok([...edits]);
}

/** Token sequences [<s>, w1, …, ".", ] of the training sentences after the edits (in corpus order). */
export function trainingSequences(corpus: Corpus, edits: readonly DataEdit[]): Int32Array[] {
  const byIndex = new Map(edits.map((e) => [e.index, e]));
  const out: Int32Array[] = [];
  corpus.sentences.forEach((s, i) => {
    const edit = byIndex.get(i);
    if (edit?.kind === "drop") return;
    out.push(encodeSentence(edit?.kind === "replace" ? edit.text : s.text, corpus.vocabulary));
  });
  return out;
}

/** [<s>, ids…] for a sentence already known to tokenise. */
export function encodeSentence(text: string, vocabulary: Vocabulary): Int32Array {
  const tokens = tokenise(text, vocabulary);
  if (!tokens.ok) throw new Error(`internal: sentence does not tokenise: ${tokens.message}`);
  return Int32Array.from([0, ...tokens.ids]);
}
