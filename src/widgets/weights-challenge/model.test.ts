/**
 * The widget's state without a DOM: weight edits are validated and counted honestly, data edits
 * follow the core's rules (checked against `applyEdits` on the real data), and share links round
 * trip — while any fragment whatsoever decodes to a value or a notice, never an exception.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, decodeDigits, fixedLabelEdits, weightsFromSafetensors } from "../../core/nn/index.ts";
import { decodeShare, encodeShare, MAX_FRAGMENT_CHARS } from "../../core/share/fragment.ts";
import {
  addDataEdits,
  MAX_DATA_EDITS,
  mergeDataEdits,
  DEFAULT_STATE,
  dropSelection,
  fromShared,
  labelsAfterEdits,
  parseLearningRate,
  parseWeightValue,
  relabelSelection,
  removeDataEdit,
  setWeight,
  SHARE_SPEC,
  shareSize,
  tensorInfo,
  tensorLayout,
  toShared,
  undoDataEdit,
  weightValue,
  type WidgetState,
} from "./model.ts";
import { withWeightEdits } from "./weight-edits.ts";

const digits = decodeDigits(JSON.parse(readFileSync("content/data/digits.json", "utf8")));
const weights = weightsFromSafetensors(new Uint8Array(readFileSync("content/data/published-weights.safetensors")));
if (!digits.ok || !weights.ok) throw new Error("content/data does not decode");
const data = digits.value;
const published = weights.value;

describe("weight edits", () => {
  it("lays the tensors out in canonical order, 2,410 values", () => {
    const layout = tensorLayout();
    expect(layout.map((t) => [t.name, t.offset])).toEqual([
      ["hidden.bias", 0],
      ["hidden.weight", 32],
      ["output.bias", 2080],
      ["output.weight", 2090],
    ]);
    const last = layout[3]!;
    expect(last.offset + last.rows * last.cols).toBe(published.values.length);
  });

  it("refuses what is not a finite number in range, with a message", () => {
    for (const bad of ["", "abc", "NaN", "Infinity", "1e400", "--1", "1001", "-1000.5"]) {
      const parsed = parseWeightValue(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message.length).toBeGreaterThan(5);
    }
    expect(parseWeightValue(" -0.25 ")).toEqual({ ok: true, value: -0.25 });
    expect(parseWeightValue("1000")).toEqual({ ok: true, value: 1000 });
    expect(parseWeightValue("Not a number")).toEqual({ ok: false, message: "Not a finite number." });
  });

  it("counts each changed weight once, and an edit back to the published value disappears", () => {
    let state = setWeight(DEFAULT_STATE, published.values, "output.weight", 7 * 32 + 1, 25);
    state = setWeight(state, published.values, "output.weight", 7 * 32 + 1, 30);
    expect(state.weightEdits).toEqual([{ tensor: "output.weight", index: 225, value: 30 }]);
    expect(weightValue(state, published.values, "output.weight", 225)).toBe(30);
    const original = published.values[tensorInfo("output.weight").offset + 225]!;
    state = setWeight(state, published.values, "output.weight", 225, original);
    expect(state.weightEdits).toEqual([]);
    expect(setWeight(DEFAULT_STATE, published.values, "output.bias", 10, 1)).toBe(DEFAULT_STATE);
  });

  it("writes edits into a copy, leaving the published weights alone", () => {
    const before = Float64Array.from(published.values);
    const edited = withWeightEdits(published, [{ tensor: "hidden.bias", index: 3, value: 9 }]);
    expect(edited.hiddenBias[3]).toBe(9);
    expect(published.values).toEqual(before);
  });

  it("validates learning rates", () => {
    expect(parseLearningRate("0.05")).toEqual({ ok: true, value: 0.05 });
    expect(parseLearningRate("1e6")).toEqual({ ok: true, value: 1e6 });
    for (const bad of ["0", "-1", "abc", "1e301", ""]) expect(parseLearningRate(bad).ok, bad).toBe(false);
  });
});

describe("data edits", () => {
  it("relabelling the selected wrong 1s of batch-07 gives exactly the true labels", () => {
    const { labels } = labelsAfterEdits(data.train.labels, data.train.batches, data.batchNames, []);
    const wrong = fixedLabelEdits(data.train).map((e) => (e.op === "relabel" ? e.example : -1));
    const edits = relabelSelection(new Set(wrong), 7, labels);
    expect(edits).toEqual(fixedLabelEdits(data.train));
    const after = labelsAfterEdits(data.train.labels, data.train.batches, data.batchNames, edits);
    expect(Array.from(after.labels)).toEqual(Array.from(data.train.fixedLabels));
  });

  it("agrees with the core's applyEdits for every kind of edit", () => {
    const state = addDataEdits(DEFAULT_STATE, [
      { op: "relabel", example: 5, label: 1 },
      { op: "relabelBatch", batch: "batch-07", from: 1, to: 7 },
      { op: "drop", example: 9 },
      { op: "dropBatch", batch: "batch-02" },
    ]);
    const ours = labelsAfterEdits(data.train.labels, data.train.batches, data.batchNames, state.dataEdits);
    const core = applyEdits(data.train, data.batchNames, state.dataEdits);
    if (!core.ok) throw new Error("edits invalid");
    const kept = Array.from(ours.kept.keys()).filter((i) => ours.kept[i]);
    expect(Array.from(core.value.sourceExample)).toEqual(kept);
    expect(Array.from(core.value.labels)).toEqual(kept.map((i) => ours.labels[i]));
    expect(dropSelection([9, 10], ours.kept)).toEqual([{ op: "drop", example: 10 }]);
  });

  it("undoes the last edit, removes one, and an empty list is the shipped data", () => {
    const a = { op: "drop", example: 1 } as const;
    const b = { op: "drop", example: 2 } as const;
    const state = addDataEdits(DEFAULT_STATE, [a, b]);
    expect(undoDataEdit(state).dataEdits).toEqual([a]);
    expect(removeDataEdit(state, 0).dataEdits).toEqual([b]);
    expect(undoDataEdit(undoDataEdit(undoDataEdit(state))).dataEdits).toEqual([]);
  });
});

describe("share links", () => {
  const sample: WidgetState = {
    panel: "data",
    learningRate: 0.01,
    weightEdits: [
      { tensor: "output.weight", index: 225, value: 25 },
      { tensor: "hidden.weight", index: 2047, value: -1000 },
    ],
    dataEdits: [
      ...fixedLabelEdits(data.train),
      { op: "relabelBatch", batch: "batch-07", from: 1, to: 7 },
      { op: "dropBatch", batch: "batch-03" },
      { op: "drop", example: 0 },
    ],
  };

  it("round-trips a state with every kind of edit, and a full batch relabelling fits a link", () => {
    const fragment = encodeShare(SHARE_SPEC, toShared(sample));
    const decoded = decodeShare(SHARE_SPEC, `#${fragment}`);
    expect(decoded.kind).toBe("ok");
    if (decoded.kind === "ok") expect(fromShared(decoded.state)).toEqual(sample);
    expect(shareSize(sample).fits).toBe(true);
  });

  it("carries the hash of a retrain on its edits, or none", () => {
    const sha = "0fbb1aeda41ef4ffbd2744d3a78a3e81fcafd345be84ad4c9e99166d5c29c341";
    const withRetrain = decodeShare(SHARE_SPEC, `#${encodeShare(SHARE_SPEC, toShared(sample, sha))}`);
    expect(withRetrain.kind === "ok" && withRetrain.state.r).toBe(sha);
    const without = decodeShare(SHARE_SPEC, `#${encodeShare(SHARE_SPEC, toShared(sample))}`);
    expect(without.kind === "ok" && without.state.r).toBe("");
    expect(shareSize(sample, sha).chars).toBeGreaterThan(shareSize(sample).chars + 64);
    expect(shareSize(sample, sha).fits).toBe(true);
  });

  it("refuses to make a link over the cap", () => {
    const huge: WidgetState = {
      ...DEFAULT_STATE,
      weightEdits: Array.from({ length: 2048 }, (_, index) => ({
        tensor: "hidden.weight" as const,
        index,
        value: 0.123456789,
      })),
    };
    const size = shareSize(huge);
    expect(size.chars).toBeGreaterThan(MAX_FRAGMENT_CHARS);
    expect(size.fits).toBe(false);
  });

  it("rejects foreign or out-of-range states with a notice", () => {
    const encode = (value: unknown) =>
      `#weights-challenge=3.${Buffer.from(JSON.stringify(value)).toString("base64url")}`;
    const base = toShared(DEFAULT_STATE);
    for (const bad of [
      { ...base, w: [[1, 2048, 0]] },
      { ...base, w: [[4, 0, 0]] },
      { ...base, w: [[0, 0, 1001]] },
      { ...base, d: [["r", 1, 10]] },
      { ...base, d: [["x", 1]] },
      { ...base, d: [["r", 1]] },
      { ...base, lr: 0 },
      { ...base, p: "elsewhere" },
      { ...base, extra: 1 },
      { ...base, r: "abc" },
      { ...base, r: "A".repeat(64) },
      { ...base, r: undefined },
      [],
    ]) {
      const decoded = decodeShare(SHARE_SPEC, encode(bad));
      expect(decoded.kind, JSON.stringify(bad)).toBe("invalid");
    }
    expect(decodeShare(SHARE_SPEC, "#weights-challenge=4.e30").kind).toBe("invalid");
    expect(decodeShare(SHARE_SPEC, "#the-planted-bug").kind).toBe("none");
  });

  it("never throws, whatever the fragment", () => {
    const state = fc.record({
      p: fc.oneof(fc.constantFrom("try", "weights", "data", "finetune"), fc.string()),
      lr: fc.oneof(fc.double(), fc.string()),
      w: fc.array(fc.tuple(fc.integer({ min: -1, max: 5 }), fc.integer({ min: -1, max: 3000 }), fc.double())),
      d: fc.array(
        fc.oneof(fc.tuple(fc.constantFrom("r", "d", "rb", "db", "?"), fc.anything(), fc.anything()), fc.anything()),
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          state.map((s) => `weights-challenge=2.${Buffer.from(JSON.stringify(s)).toString("base64url")}`),
          fc
            .tuple(
              state,
              fc.oneof(
                fc.constant(""),
                fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }),
                fc.anything(),
              ),
            )
            .map(([s, r]) => `weights-challenge=3.${Buffer.from(JSON.stringify({ ...s, r })).toString("base64url")}`),
        ),
        (fragment) => {
          const decoded = decodeShare(SHARE_SPEC, fragment);
          if (decoded.kind === "ok") expect(() => fromShared(decoded.state)).not.toThrow();
          else if (decoded.kind === "invalid") expect(decoded.notice.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe("data edits: one per example, capped when added (issue 18)", () => {
  const everyone = Array.from({ length: 1169 }, (_, i) => i);
  it("'Select all' then relabelling four times keeps one relabel per example, the last", () => {
    let state = DEFAULT_STATE;
    for (const label of [3, 5, 7, 1])
      state = addDataEdits(state, relabelSelection(everyone, label, new Uint8Array(1169)));
    expect(state.dataEdits).toHaveLength(1169);
    expect(state.dataEdits.every((e) => e.op === "relabel" && e.label === 1)).toBe(true);
  });

  it("keeps the order of the other edits and the effect of the list", () => {
    const merged = mergeDataEdits(
      [
        { op: "relabel", example: 4, label: 1 },
        { op: "relabelBatch", batch: "batch-07", from: 1, to: 7 },
        { op: "drop", example: 9 },
      ],
      [{ op: "relabel", example: 4, label: 2 }],
    );
    expect(merged).toEqual({
      ok: true,
      edits: [
        { op: "relabelBatch", batch: "batch-07", from: 1, to: 7 },
        { op: "drop", example: 9 },
        { op: "relabel", example: 4, label: 2 },
      ],
    });
  });

  it("refuses edits beyond the cap with its own message and leaves the state alone", () => {
    const relabelled = addDataEdits(DEFAULT_STATE, relabelSelection(everyone, 3, new Uint8Array(1169)));
    const drops = everyone.map((example) => ({ op: "drop" as const, example }));
    const merged = mergeDataEdits(relabelled.dataEdits, drops);
    expect(merged.ok).toBe(false);
    if (!merged.ok) expect(merged.message).toMatch(new RegExp(`limit is ${MAX_DATA_EDITS.toLocaleString("en")}`));
    expect(addDataEdits(relabelled, drops)).toBe(relabelled);
  });
});
