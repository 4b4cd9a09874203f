/**
 * The language-model challenge's state and its share-link format, as pure functions the view and
 * the tests share. The reader's work is a list of data edits on top of the shipped corpus, a
 * list of weight edits on top of the published weights, the prompt being tried and the knob's
 * setting. This file is in the island's first chunk: it imports no model code.
 */
import type { DataEdit } from "../../core/lm/corpus.ts";
import { encodeShare, MAX_FRAGMENT_CHARS, type ShareSpec } from "../../core/share/fragment.ts";
import { finiteNumber, integer, list, oneOf, record, text, type Check } from "../../core/share/schema.ts";

export const PANELS = ["try", "weights", "repairs", "data"] as const;
export type Panel = (typeof PANELS)[number];

export const PANEL_NAMES: Record<Panel, string> = {
  try: "Try it",
  weights: "The weights",
  repairs: "Patch the weights",
  data: "Fix the data",
};

export const MAX_PROMPT_CHARS = 200;
export const MAX_SENTENCE_CHARS = 120;
/** Largest sentence index a link may name (the corpus has a few hundred). */
export const MAX_SENTENCE_INDEX = 9999;
export const WEIGHT_LIMIT = 1000;
export const KNOB_LIMIT = 100;
export const DEFAULT_PROMPT = "the capital of australia is";

export interface WeightEdit {
  /** Position in the flat parameter array (sorted-name layout). */
  readonly index: number;
  readonly value: number;
}

export interface WidgetState {
  readonly panel: Panel;
  readonly prompt: string;
  readonly dataEdits: readonly DataEdit[];
  readonly weightEdits: readonly WeightEdit[];
  /** What the reader added to output.bias["canberra"]. */
  readonly knob: number;
}

export const DEFAULT_STATE: WidgetState = {
  panel: "try",
  prompt: DEFAULT_PROMPT,
  dataEdits: [],
  weightEdits: [],
  knob: 0,
};

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

export function parseWeightValue(input: string): Parsed {
  const trimmed = input.trim();
  const value = trimmed === "" ? NaN : Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: "Not a finite number." };
  if (Math.abs(value) > WEIGHT_LIMIT)
    return { ok: false, message: `Out of range: use a number from −${WEIGHT_LIMIT} to ${WEIGHT_LIMIT}.` };
  return { ok: true, value };
}

/** Sets one weight; an edit back to the published value disappears, so the count stays honest. */
export function setWeight(state: WidgetState, published: Float64Array, index: number, value: number): WidgetState {
  if (!Number.isInteger(index) || index < 0 || index >= published.length) return state;
  const rest = state.weightEdits.filter((e) => e.index !== index);
  return { ...state, weightEdits: Object.is(published[index], value) ? rest : [...rest, { index, value }] };
}

/** Replaces or drops sentence `index` (one edit per sentence: the newest wins). */
export function setDataEdit(state: WidgetState, edit: DataEdit): WidgetState {
  return { ...state, dataEdits: [...state.dataEdits.filter((e) => e.index !== edit.index), edit] };
}

export function removeDataEdit(state: WidgetState, index: number): WidgetState {
  return { ...state, dataEdits: state.dataEdits.filter((e) => e.index !== index) };
}

/** The text sentence `index` has after the edits, or null if dropped. */
export function sentenceAfterEdits(shipped: string, index: number, edits: readonly DataEdit[]): string | null {
  const edit = edits.find((e) => e.index === index);
  if (!edit) return shipped;
  return edit.kind === "drop" ? null : edit.text;
}

/** Sentences whose text contains every word of `query` (case-insensitive), as indices. */
export function searchSentences(sentences: readonly string[], query: string, limit = 60): number[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const out: number[] = [];
  sentences.forEach((s, i) => {
    const lower = s.toLowerCase();
    if (out.length < limit && words.every((w) => lower.includes(w))) out.push(i);
  });
  return out;
}

// ---- Share links -------------------------------------------------------------------------

type SharedData = ["r", number, string] | ["d", number];
export interface SharedState {
  p: Panel;
  q: string;
  k: number;
  d: SharedData[];
  w: [number, number][];
}

const sentenceIndex = integer(0, MAX_SENTENCE_INDEX);
const sharedData: Check<SharedData> = (value, path) => {
  const bad = { ok: false as const, path, message: 'expected ["r", sentence, text] or ["d", sentence]' };
  if (!Array.isArray(value)) return bad;
  if (value[0] === "d" && value.length === 2) {
    const i = sentenceIndex(value[1], `${path}[1]`);
    return i.ok ? { ok: true, value: ["d", i.value] } : i;
  }
  if (value[0] === "r" && value.length === 3) {
    const i = sentenceIndex(value[1], `${path}[1]`);
    if (!i.ok) return i;
    const t = text(MAX_SENTENCE_CHARS)(value[2], `${path}[2]`);
    return t.ok ? { ok: true, value: ["r", i.value, t.value] } : t;
  }
  return bad;
};
const sharedWeight: Check<[number, number]> = (value, path) => {
  if (!Array.isArray(value) || value.length !== 2) return { ok: false, path, message: "expected [index, value]" };
  const i = integer(0, 1_000_000)(value[0], `${path}[0]`);
  if (!i.ok) return i;
  const v = finiteNumber(-WEIGHT_LIMIT, WEIGHT_LIMIT)(value[1], `${path}[1]`);
  return v.ok ? { ok: true, value: [i.value, v.value] } : v;
};

export const SHARE_SPEC: ShareSpec<SharedState> = {
  widget: "lm-challenge",
  version: 1,
  check: record({
    p: oneOf(...PANELS),
    q: text(MAX_PROMPT_CHARS),
    k: finiteNumber(-KNOB_LIMIT, KNOB_LIMIT),
    d: list(sharedData, 400),
    w: list(sharedWeight, 300),
  }),
  migrations: {},
};

export function toShared(state: WidgetState): SharedState {
  return {
    p: state.panel,
    q: state.prompt,
    k: state.knob,
    d: state.dataEdits.map((e): SharedData => (e.kind === "drop" ? ["d", e.index] : ["r", e.index, e.text])),
    w: state.weightEdits.map((e) => [e.index, e.value]),
  };
}

/** The state a checked link describes; its edits are checked against the corpus once it has loaded. */
export function fromShared(shared: SharedState): WidgetState {
  const weights = new Map<number, WeightEdit>();
  for (const [index, value] of shared.w) weights.set(index, { index, value });
  const data = new Map<number, DataEdit>();
  for (const d of shared.d)
    data.set(d[1], d[0] === "d" ? { kind: "drop", index: d[1] } : { kind: "replace", index: d[1], text: d[2] });
  return {
    panel: shared.p,
    prompt: shared.q,
    knob: shared.k,
    dataEdits: [...data.values()],
    weightEdits: [...weights.values()],
  };
}

export function shareSize(state: WidgetState): { chars: number; fits: boolean } {
  const chars = encodeShare(SHARE_SPEC, toShared(state)).length + 1;
  return { chars, fits: chars <= MAX_FRAGMENT_CHARS };
}
