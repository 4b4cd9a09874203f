/**
 * Edits to the shipped training data — the reader's "fix the source" moves — and the function
 * that applies them. An edit list is plain JSON so it fits a share link; validation returns
 * problems with the edit's position instead of throwing, for any input whatsoever.
 *
 * Example indices are positions in the shipped training split (0 … train.count − 1), stable
 * whatever other edits do. Edits apply in list order to the current labels, so
 * relabelBatch(from 1 → 7) after relabel(i → 1) sees example i as a 1.
 */
import { DIGIT_COUNT, PIXELS_PER_IMAGE, type TrainingSplit } from "./digits-data.ts";
import { fail, ok, type Problem, type Result } from "./result.ts";

export type DataEdit =
  /** Give one example a new label. */
  | { readonly op: "relabel"; readonly example: number; readonly label: number }
  /** Leave one example out of training. */
  | { readonly op: "drop"; readonly example: number }
  /** In one batch, every example currently labelled `from` becomes `to`. */
  | { readonly op: "relabelBatch"; readonly batch: string; readonly from: number; readonly to: number }
  /** Leave a whole batch out of training. */
  | { readonly op: "dropBatch"; readonly batch: string };

/** The data a run trains on: the kept examples in shipped order, inputs already scaled to [0, 1]. */
export interface TrainingSet {
  readonly count: number;
  /** `inputs[example * 64 + pixel]` = pixel value / 16 (exact: a power-of-two division). */
  readonly inputs: Float64Array;
  /** `labels[example]`, 0–9, after the edits. */
  readonly labels: Uint8Array;
  /** `sourceExample[example]`: the example's index in the shipped training split. */
  readonly sourceExample: Int32Array;
}

/** At most this many edits: a share link must stay small, and a huge list is a mistake or abuse. */
export const MAX_EDITS = 5000;

/** Checks an edit list of unknown shape; `where` in problems is like "[3].example". */
export function validateEdits(
  input: unknown,
  trainingCount: number,
  batchNames: readonly string[],
): Result<DataEdit[]> {
  if (!Array.isArray(input)) return fail([{ where: "", message: "expected a list of edits" }]);
  if (input.length > MAX_EDITS) return fail([{ where: "", message: `at most ${MAX_EDITS} edits` }]);
  const problems: Problem[] = [];
  const edits: DataEdit[] = [];
  input.forEach((raw: unknown, position) => {
    const at = `[${position}]`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      problems.push({ where: at, message: "expected an object with an op" });
      return;
    }
    const edit = raw as Record<string, unknown>;
    const exampleProblem = () => indexProblem(edit["example"], trainingCount);
    const fieldsOk = (expected: string[]) => {
      const extra = Object.keys(edit).filter((key) => !expected.includes(key));
      for (const key of extra) problems.push({ where: `${at}.${key}`, message: "unknown field" });
      return extra.length === 0;
    };
    const before = problems.length;
    const check = (field: string, problem: string | null) => {
      if (problem) problems.push({ where: `${at}.${field}`, message: problem });
    };
    switch (edit["op"]) {
      case "relabel":
        if (!fieldsOk(["op", "example", "label"])) return;
        check("example", exampleProblem());
        check("label", labelProblem(edit["label"]));
        if (problems.length === before) {
          edits.push({ op: "relabel", example: edit["example"] as number, label: edit["label"] as number });
        }
        return;
      case "drop":
        if (!fieldsOk(["op", "example"])) return;
        check("example", exampleProblem());
        if (problems.length === before) edits.push({ op: "drop", example: edit["example"] as number });
        return;
      case "relabelBatch":
        if (!fieldsOk(["op", "batch", "from", "to"])) return;
        check("batch", batchProblem(edit["batch"], batchNames));
        check("from", labelProblem(edit["from"]));
        check("to", labelProblem(edit["to"]));
        if (problems.length === before) {
          edits.push({
            op: "relabelBatch",
            batch: edit["batch"] as string,
            from: edit["from"] as number,
            to: edit["to"] as number,
          });
        }
        return;
      case "dropBatch":
        if (!fieldsOk(["op", "batch"])) return;
        check("batch", batchProblem(edit["batch"], batchNames));
        if (problems.length === before) edits.push({ op: "dropBatch", batch: edit["batch"] as string });
        return;
      default:
        problems.push({ where: `${at}.op`, message: 'expected "relabel", "drop", "relabelBatch" or "dropBatch"' });
    }
  });
  return problems.length > 0 ? fail(problems) : ok(edits);
}

/** The training set after `edits` (validated first; problems come back as values). */
export function applyEdits(train: TrainingSplit, batchNames: readonly string[], edits: unknown): Result<TrainingSet> {
  const checked = validateEdits(edits, train.count, batchNames);
  if (!checked.ok) return checked;
  const labels = Uint8Array.from(train.labels);
  const kept = new Uint8Array(train.count).fill(1);
  for (const edit of checked.value) {
    switch (edit.op) {
      case "relabel":
        labels[edit.example] = edit.label;
        break;
      case "drop":
        kept[edit.example] = 0;
        break;
      case "relabelBatch": {
        const batch = batchNames.indexOf(edit.batch);
        for (let i = 0; i < train.count; i++) {
          if (train.batches[i] === batch && labels[i] === edit.from) labels[i] = edit.to;
        }
        break;
      }
      case "dropBatch": {
        const batch = batchNames.indexOf(edit.batch);
        for (let i = 0; i < train.count; i++) if (train.batches[i] === batch) kept[i] = 0;
        break;
      }
    }
  }
  let count = 0;
  for (let i = 0; i < train.count; i++) count += kept[i]!;
  const set = {
    count,
    inputs: new Float64Array(count * PIXELS_PER_IMAGE),
    labels: new Uint8Array(count),
    sourceExample: new Int32Array(count),
  };
  let next = 0;
  for (let i = 0; i < train.count; i++) {
    if (!kept[i]) continue;
    for (let pixel = 0; pixel < PIXELS_PER_IMAGE; pixel++) {
      set.inputs[next * PIXELS_PER_IMAGE + pixel] = train.pixels[i * PIXELS_PER_IMAGE + pixel]! / 16;
    }
    set.labels[next] = labels[i]!;
    set.sourceExample[next] = i;
    next++;
  }
  return ok(set);
}

/** The edit list that turns the shipped labels into the true ones (what "--data fixed" trains on). */
export function fixedLabelEdits(train: TrainingSplit): DataEdit[] {
  const edits: DataEdit[] = [];
  for (let i = 0; i < train.count; i++) {
    if (train.labels[i] !== train.fixedLabels[i])
      edits.push({ op: "relabel", example: i, label: train.fixedLabels[i]! });
  }
  return edits;
}

function indexProblem(value: unknown, count: number): string | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < count
    ? null
    : `expected an example index in [0, ${count - 1}]`;
}

function labelProblem(value: unknown): string | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < DIGIT_COUNT
    ? null
    : "expected a digit 0–9";
}

function batchProblem(value: unknown, batchNames: readonly string[]): string | null {
  return typeof value === "string" && batchNames.includes(value) ? null : `expected one of ${batchNames.join(", ")}`;
}
