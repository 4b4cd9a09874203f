/**
 * The weights challenge's state and actions, as pure functions the view and the tests share.
 * A reader's work is two edit lists, both relative to something public: weight edits (tensor,
 * index, value) on top of the published weights, and data edits on top of the shipped labels.
 * Keeping them as lists (not as a mutated weight array) makes undo, counting and share links
 * exact, and lets "revert everything" mean "replay nothing".
 */
// The shape and the defaults only, from modules with no code: this file is in the island's first
// chunk, which must not pull in the decoder, the network or the validators.
import type { DataEdit } from "../../core/nn/edits.ts";
import { DEFAULT_RECIPE } from "../../core/nn/recipe-defaults.ts";
import {
  TENSOR_NAMES,
  tensorLayout as coreTensorLayout,
  type TensorInfo,
  type TensorName,
} from "../../core/nn/shape.ts";
import { encodeShare, MAX_FRAGMENT_CHARS, type ShareSpec } from "../../core/share/fragment.ts";
import { finiteNumber, integer, list, oneOf, record, text, type Check } from "../../core/share/schema.ts";
import { formatCount } from "../../core/format/count.ts";

export const PANELS = ["try", "weights", "data", "finetune"] as const;
export type Panel = (typeof PANELS)[number];

// The names and the one layout table are the core's (shape.ts): link numbering follows TENSOR_NAMES,
// offsets and sizes follow tensorLayout.
export { TENSOR_NAMES, type TensorInfo, type TensorName };

/** The published model's width: share links index into tensors of this shape. */
export const HIDDEN_UNITS = DEFAULT_RECIPE.hiddenUnits;

/** Canonical order and shapes: the core's table, for the published width unless told. */
export const tensorLayout = (hiddenUnits = HIDDEN_UNITS): TensorInfo[] => coreTensorLayout(hiddenUnits);

export const tensorInfo = (name: TensorName): TensorInfo => tensorLayout().find((t) => t.name === name)!;

export interface WeightEdit {
  tensor: TensorName;
  index: number;
  value: number;
}

export interface WidgetState {
  panel: Panel;
  /** At most one per (tensor, index); only values that differ from the published ones. */
  weightEdits: WeightEdit[];
  dataEdits: DataEdit[];
  learningRate: number;
}

export const DEFAULT_STATE: WidgetState = {
  panel: "try",
  weightEdits: [],
  dataEdits: [],
  learningRate: DEFAULT_RECIPE.learningRate,
};

/** Typed weights beyond this are refused: they only saturate the ReLUs and make the point nowhere. */
export const WEIGHT_LIMIT = 1000;
export const LEARNING_RATE_LIMIT = 1e300;

export type Parsed = { ok: true; value: number } | { ok: false; message: string };

export function parseWeightValue(input: string): Parsed {
  const trimmed = input.trim();
  const value = trimmed === "" ? NaN : Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: "Not a finite number." };
  if (Math.abs(value) > WEIGHT_LIMIT)
    return { ok: false, message: `Out of range: use a number from −${WEIGHT_LIMIT} to ${WEIGHT_LIMIT}.` };
  return { ok: true, value };
}

export function parseLearningRate(input: string): Parsed {
  const trimmed = input.trim();
  const value = trimmed === "" ? NaN : Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: "Not a finite number." };
  if (!(value > 0) || value > LEARNING_RATE_LIMIT)
    return { ok: false, message: "Use a number above 0 and at most 1e300." };
  return { ok: true, value };
}

/** Sets one weight; an edit back to the published value disappears, so the count stays honest. */
export function setWeight(
  state: WidgetState,
  published: Float64Array,
  tensor: TensorName,
  index: number,
  value: number,
): WidgetState {
  const info = tensorInfo(tensor);
  if (!Number.isInteger(index) || index < 0 || index >= info.rows * info.cols) return state;
  const rest = state.weightEdits.filter((e) => !(e.tensor === tensor && e.index === index));
  const same = Object.is(published[info.offset + index], value);
  return { ...state, weightEdits: same ? rest : [...rest, { tensor, index, value }] };
}

export function weightValue(state: WidgetState, published: Float64Array, tensor: TensorName, index: number): number {
  const edit = state.weightEdits.find((e) => e.tensor === tensor && e.index === index);
  return edit ? edit.value : published[tensorInfo(tensor).offset + index]!;
}

/** At most this many data edits: what a share link carries (a batch edit covers a whole batch). */
export const MAX_DATA_EDITS = 2000;

/**
 * The edit list with `edits` appended, one relabel per example: a later relabel of an example
 * replaces its earlier ones (its final label is the later one whatever came between, and no
 * other example depends on it). Refused with a message if the list would exceed the cap.
 */
export function mergeDataEdits(
  existing: readonly DataEdit[],
  edits: readonly DataEdit[],
): { ok: true; edits: DataEdit[] } | { ok: false; message: string } {
  const merged: DataEdit[] = [];
  const relabelAt = new Map<number, number>();
  for (const edit of [...existing, ...edits]) {
    if (edit.op === "relabel") {
      const earlier = relabelAt.get(edit.example);
      if (earlier !== undefined) merged[earlier] = null as unknown as DataEdit;
      relabelAt.set(edit.example, merged.length);
    }
    merged.push(edit);
  }
  const result = merged.filter((edit) => edit !== null);
  if (result.length > MAX_DATA_EDITS) {
    return {
      ok: false,
      message: `That would make ${formatCount(result.length)} data edits; the limit is ${formatCount(MAX_DATA_EDITS)}, what a link can carry. Relabel a whole batch with one batch edit instead, or undo some edits.`,
    };
  }
  return { ok: true, edits: result };
}

/** `mergeDataEdits` on a state; the state is unchanged if the edits are refused. */
export const addDataEdits = (state: WidgetState, edits: readonly DataEdit[]): WidgetState => {
  const merged = mergeDataEdits(state.dataEdits, edits);
  return merged.ok ? { ...state, dataEdits: merged.edits } : state;
};
export const undoDataEdit = (state: WidgetState): WidgetState => ({
  ...state,
  dataEdits: state.dataEdits.slice(0, -1),
});
export const removeDataEdit = (state: WidgetState, position: number): WidgetState => ({
  ...state,
  dataEdits: state.dataEdits.filter((_, i) => i !== position),
});

/** One relabel edit per selected example whose current label differs, in ascending order. */
export function relabelSelection(selected: Iterable<number>, label: number, currentLabels: Uint8Array): DataEdit[] {
  return [...selected]
    .sort((a, b) => a - b)
    .filter((example) => currentLabels[example] !== label)
    .map((example) => ({ op: "relabel", example, label }));
}

export function dropSelection(selected: Iterable<number>, kept: Uint8Array): DataEdit[] {
  return [...selected]
    .sort((a, b) => a - b)
    .filter((example) => kept[example] === 1)
    .map((example) => ({ op: "drop", example }));
}

/** Each example's label and whether it is kept after the edits, by the same rules as `applyEdits`. */
export function labelsAfterEdits(
  shipped: Uint8Array,
  batches: Uint8Array,
  batchNames: readonly string[],
  edits: readonly DataEdit[],
): { labels: Uint8Array; kept: Uint8Array } {
  const labels = Uint8Array.from(shipped);
  const kept = new Uint8Array(shipped.length).fill(1);
  for (const edit of edits) {
    if (edit.op === "relabel") labels[edit.example] = edit.label;
    else if (edit.op === "drop") kept[edit.example] = 0;
    else {
      const batch = batchNames.indexOf(edit.batch);
      for (let i = 0; i < shipped.length; i++) {
        if (batches[i] !== batch) continue;
        if (edit.op === "dropBatch") kept[i] = 0;
        else if (labels[i] === edit.from) labels[i] = edit.to;
      }
    }
  }
  return { labels, kept };
}

export function describeDataEdit(edit: DataEdit): string {
  switch (edit.op) {
    case "relabel":
      return `Example #${edit.example} relabelled as ${edit.label}`;
    case "drop":
      return `Example #${edit.example} left out`;
    case "relabelBatch":
      return `Every ${edit.from} in ${edit.batch} relabelled as ${edit.to}`;
    case "dropBatch":
      return `All of ${edit.batch} left out`;
  }
}

// ---- Share links -------------------------------------------------------------------------

/**
 * The link form is compact (tuples, short keys) because a careful relabelling of one batch is
 * about a hundred edits, and a link must stay under 8 KB. Data edits are checked for shape here
 * and against the real data (indices, batch names) once it has loaded.
 */
type SharedWeight = [number, number, number];
type SharedData = ["r", number, number] | ["d", number] | ["rb", string, number, number] | ["db", string];
export interface SharedState {
  p: Panel;
  lr: number;
  w: SharedWeight[];
  d: SharedData[];
  /** "" or the SHA-256 of a model retrained on `d` with `lr`: opening the link retrains and compares. */
  r: string;
}

const MAX_EXAMPLE = 65535;
const batchName = text(32);
const digit = integer(0, 9);
const example = integer(0, MAX_EXAMPLE);

const sharedWeight: Check<SharedWeight> = (value, path) => {
  if (!Array.isArray(value) || value.length !== 3)
    return { ok: false, path, message: "expected [tensor, index, value]" };
  const tensor = integer(0, 3)(value[0], `${path}[0]`);
  if (!tensor.ok) return tensor;
  const info = tensorInfo(TENSOR_NAMES[tensor.value]!);
  const index = integer(0, info.rows * info.cols - 1)(value[1], `${path}[1]`);
  if (!index.ok) return index;
  const weight = finiteNumber(-WEIGHT_LIMIT, WEIGHT_LIMIT)(value[2], `${path}[2]`);
  if (!weight.ok) return weight;
  return { ok: true, value: [tensor.value, index.value, weight.value] };
};

const sharedData: Check<SharedData> = (value, path) => {
  const bad = {
    ok: false as const,
    path,
    message: 'expected ["r", example, label], ["d", example], ["rb", batch, from, to] or ["db", batch]',
  };
  if (!Array.isArray(value) || value.length < 2) return bad;
  const parts: Record<string, Check<unknown>[]> = {
    r: [example, digit],
    d: [example],
    rb: [batchName, digit, digit],
    db: [batchName],
  };
  const op = value[0] as unknown;
  const checks = typeof op === "string" && Object.prototype.hasOwnProperty.call(parts, op) ? parts[op] : undefined;
  if (!checks || value.length !== checks.length + 1) return bad;
  for (let i = 0; i < checks.length; i++) {
    const checked = checks[i]!(value[i + 1], `${path}[${i + 1}]`);
    if (!checked.ok) return checked;
  }
  return { ok: true, value: value as SharedData };
};

const retrainHash: Check<string> = (value, path) =>
  typeof value === "string" && /^(?:[0-9a-f]{64})?$/.test(value)
    ? { ok: true, value }
    : { ok: false, path, message: "expected an empty string or a SHA-256 in hex" };

/**
 * Format 2 (December 2026) goes with the second release of the digits data (a conditional bug, a
 * second held-out set): example numbers and weight values of format-1 links refer to the first
 * release's data and weights, so those links are refused with a notice, never reinterpreted.
 * Format 3 adds `r`, a retrain the link asks for (format-2 links never held one).
 */
export const SHARE_SPEC: ShareSpec<SharedState> = {
  widget: "weights-challenge",
  version: 3,
  check: record({
    p: oneOf(...PANELS),
    lr: finiteNumber(Number.MIN_VALUE, LEARNING_RATE_LIMIT),
    w: list(sharedWeight, 2500),
    d: list(sharedData, 2000),
    r: retrainHash,
  }),
  migrations: {
    2: {
      describe: "Its edits are restored; links of that format did not record a retrain.",
      migrate: (old) => ({ ...(old as object), r: "" }),
    },
  },
};

/** `retrainedSha256`: the hash of a model retrained on exactly these data edits and learning rate. */
export function toShared(state: WidgetState, retrainedSha256 = ""): SharedState {
  return {
    p: state.panel,
    lr: state.learningRate,
    w: state.weightEdits.map((e) => [TENSOR_NAMES.indexOf(e.tensor), e.index, e.value]),
    d: state.dataEdits.map((e): SharedData => {
      switch (e.op) {
        case "relabel":
          return ["r", e.example, e.label];
        case "drop":
          return ["d", e.example];
        case "relabelBatch":
          return ["rb", e.batch, e.from, e.to];
        case "dropBatch":
          return ["db", e.batch];
      }
    }),
    r: retrainedSha256,
  };
}

/** The state a checked link describes (data edits still to be checked against the data). */
export function fromShared(shared: SharedState): WidgetState {
  const weights = new Map<string, WeightEdit>();
  for (const [tensor, index, value] of shared.w) {
    const name = TENSOR_NAMES[tensor]!;
    weights.set(`${name}:${index}`, { tensor: name, index, value });
  }
  return {
    panel: shared.p,
    learningRate: shared.lr,
    weightEdits: [...weights.values()],
    dataEdits: shared.d.map((d): DataEdit => {
      switch (d[0]) {
        case "r":
          return { op: "relabel", example: d[1], label: d[2] };
        case "d":
          return { op: "drop", example: d[1] };
        case "rb":
          return { op: "relabelBatch", batch: d[1], from: d[2], to: d[3] };
        case "db":
          return { op: "dropBatch", batch: d[1] };
      }
    }),
  };
}

/** Characters the state takes in a link's fragment, and whether that is within the cap. */
export function shareSize(state: WidgetState, retrainedSha256 = ""): { chars: number; fits: boolean } {
  const chars = encodeShare(SHARE_SPEC, toShared(state, retrainedSha256)).length + 1;
  return { chars, fits: chars <= MAX_FRAGMENT_CHARS };
}

/** "5.6 %" — one decimal, as the behaviour table and the chapter print it. */
export const percent = (fraction: number): string => `${(fraction * 100).toFixed(1)} %`;
