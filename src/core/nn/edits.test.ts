// Data edits: unit cases with hand-checkable outcomes, then fast-check properties — any edit
// list (random, possibly invalid) never throws and every problem names its place; training on
// any valid edited data set never throws and ends in a known status.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import type * as DigitsDataModule from "./digits-data.ts";
import type { DataEdit } from "./edits.ts";
import type * as EditsModule from "./edits.ts";
import type * as TrainModule from "./train.ts";
import { loadBundle } from "../../../scripts/test/bundle.ts";

// Run as a bundle, outside Vitest's module transform (see scripts/test/bundle.ts).
const core = await loadBundle<{
  digitsData: typeof DigitsDataModule;
  edits: typeof EditsModule;
  train: typeof TrainModule;
}>(import.meta.url, {
  digitsData: "./digits-data.ts",
  edits: "./edits.ts",
  train: "./train.ts",
});
const { decodeDigits } = core.digitsData;
const { applyEdits, fixedLabelEdits, MAX_EDITS, validateEdits } = core.edits;
const { train } = core.train;

const decoded = decodeDigits(digitsJson);
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;
const { train: split, batchNames } = data;
const buggyBatch = batchNames.indexOf(data.buggyBatch);

function applied(edits: unknown) {
  const result = applyEdits(split, batchNames, edits);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe("applyEdits", () => {
  it("with no edits keeps every example, its label and its pixels / 16", () => {
    const set = applied([]);
    expect(set.count).toBe(split.count);
    expect(set.labels).toEqual(split.labels);
    expect(set.inputs[5 * 64 + 20]).toBe(split.pixels[5 * 64 + 20]! / 16);
    expect([...set.sourceExample]).toEqual(Array.from({ length: split.count }, (_, i) => i));
  });

  it("relabels and drops single examples, keeping indices stable", () => {
    const set = applied([
      { op: "drop", example: 0 },
      { op: "relabel", example: 2, label: 9 },
      { op: "relabel", example: 2, label: 3 },
    ]);
    expect(set.count).toBe(split.count - 1);
    expect(set.sourceExample[0]).toBe(1);
    expect(set.labels[1]).toBe(3); // example 2 is now at position 1; the later edit wins
  });

  it("relabelBatch changes only that batch's examples with the `from` label", () => {
    const set = applied([{ op: "relabelBatch", batch: data.buggyBatch, from: 1, to: 7 }]);
    for (let i = 0; i < split.count; i++) {
      const expected = split.batches[i] === buggyBatch && split.labels[i] === 1 ? 7 : split.labels[i];
      expect(set.labels[i]).toBe(expected);
    }
  });

  it("dropBatch removes exactly that batch", () => {
    const set = applied([{ op: "dropBatch", batch: data.buggyBatch }]);
    expect(set.count).toBe(split.batches.filter((b) => b !== buggyBatch).length);
    for (const source of set.sourceExample) expect(split.batches[source]).not.toBe(buggyBatch);
  });

  it("fixedLabelEdits restores the true labels", () => {
    const edits = fixedLabelEdits(split);
    expect(edits.length).toBeGreaterThan(0);
    expect(applied(edits).labels).toEqual(split.fixedLabels);
  });

  it("reports each invalid edit with its position and field", () => {
    const result = validateEdits(
      [
        { op: "relabel", example: 0, label: 3 },
        { op: "relabel", example: split.count, label: 3 },
        { op: "relabel", example: 1, label: 10 },
        { op: "drop", example: 1.5 },
        { op: "dropBatch", batch: "batch-99" },
        { op: "explode" },
        "drop",
        { op: "drop", example: 1, extra: true },
      ],
      split.count,
      batchNames,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.where)).toEqual([
        "[1].example",
        "[2].label",
        "[3].example",
        "[4].batch",
        "[5].op",
        "[6]",
        "[7].extra",
      ]);
    }
    expect(validateEdits({}, split.count, batchNames).ok).toBe(false);
    expect(validateEdits(new Array(MAX_EDITS + 1).fill({ op: "drop", example: 0 }), split.count, batchNames).ok).toBe(
      false,
    );
  });
});

const exampleIndex = fc.integer({ min: 0, max: split.count - 1 });
const digit = fc.integer({ min: 0, max: 9 });
const batch = fc.constantFrom(...batchNames);
const validEdit: fc.Arbitrary<DataEdit> = fc.oneof(
  fc.record({ op: fc.constant("relabel" as const), example: exampleIndex, label: digit }),
  fc.record({ op: fc.constant("drop" as const), example: exampleIndex }),
  fc.record({ op: fc.constant("relabelBatch" as const), batch, from: digit, to: digit }),
  fc.record({ op: fc.constant("dropBatch" as const), batch }),
);
const anyValue = fc.oneof(fc.anything(), fc.double(), fc.integer({ min: -5, max: split.count + 5 }), fc.string());
const maybeInvalidEdit = fc.oneof(
  validEdit,
  fc.record(
    {
      op: fc.constantFrom("relabel", "drop", "relabelBatch", "dropBatch", "other"),
      example: anyValue,
      label: anyValue,
      batch: anyValue,
      from: anyValue,
      to: anyValue,
    },
    { requiredKeys: ["op"] },
  ),
  fc.anything(),
);

describe("edit properties", () => {
  it("applyEdits never throws on any input, and every problem has a place and a message", () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(maybeInvalidEdit, { maxLength: 12 }), fc.anything()), (edits) => {
        const result = applyEdits(split, batchNames, edits);
        if (result.ok) {
          expect(result.value.count).toBeLessThanOrEqual(split.count);
          expect(result.value.labels.every((label) => label < 10)).toBe(true);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(typeof problem.where).toBe("string");
            expect(problem.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("valid edit lists always validate, and applying them is deterministic", () => {
    fc.assert(
      fc.property(fc.array(validEdit, { maxLength: 20 }), (edits) => {
        const first = applyEdits(split, batchNames, edits);
        const second = applyEdits(split, batchNames, edits);
        expect(first.ok).toBe(true);
        // Compared as strings: one cheap expect instead of a deep equality over 1,169 elements.
        if (first.ok && second.ok) {
          expect(first.value.labels.join("")).toBe(second.value.labels.join(""));
          expect(first.value.sourceExample.join()).toBe(second.value.sourceExample.join());
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("training on any valid edited data set never throws and ends trained or empty", () => {
    fc.assert(
      fc.property(
        fc.array(validEdit, { maxLength: 12 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 3 }),
        (edits, seed, hiddenUnits) => {
          // A tiny recipe keeps 1000 runs fast: 1 epoch, batches of 256.
          const outcome = train({ seed, hiddenUnits, epochs: 1, batchSize: 256, edits }, data);
          expect(["trained", "empty"]).toContain(outcome.status);
          if (outcome.status === "trained") expect(outcome.params.values.every(Number.isFinite)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
