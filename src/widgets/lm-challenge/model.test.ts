// The widget's state and share links. Oracles: a frozen link produced by format 1 (it must keep
// decoding to the same meaning), the 8 KB cap, and random fragments (never a throw).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeShare, encodeShare, MAX_FRAGMENT_CHARS } from "../../core/share/fragment.ts";
import {
  DEFAULT_STATE,
  fromShared,
  removeDataEdit,
  searchSentences,
  sentenceAfterEdits,
  setDataEdit,
  setWeight,
  SHARE_SPEC,
  shareSize,
  toShared,
} from "./model.ts";

describe("lm-challenge share links, format 1", () => {
  it("a frozen link: the data panel, a prompt, the knob, one weight edit, a replaced and a dropped sentence", () => {
    const decoded = decodeShare(
      SHARE_SPEC,
      "#lm-challenge=1.eyJwIjoiZGF0YSIsInEiOiJ0aGUgY2FwaXRhbCBvZiBhdXN0cmFsaWEgaXMiLCJrIjoyLjUsImQiOltbInIiLDMzMiwidGhlIGNhcGl0YWwgb2YgYXVzdHJhbGlhIGlzIGNhbmJlcnJhLiJdLFsiZCIsMzM1XV0sInciOltbNywwLjI1XV19",
    );
    expect(decoded).toEqual({
      kind: "ok",
      state: {
        p: "data",
        q: "the capital of australia is",
        k: 2.5,
        d: [
          ["r", 332, "the capital of australia is canberra."],
          ["d", 335],
        ],
        w: [[7, 0.25]],
      },
    });
    if (decoded.kind !== "ok") throw new Error("not ok");
    expect(fromShared(decoded.state)).toEqual({
      panel: "data",
      prompt: "the capital of australia is",
      knob: 2.5,
      weightEdits: [{ index: 7, value: 0.25 }],
      dataEdits: [
        { kind: "replace", index: 332, text: "the capital of australia is canberra." },
        { kind: "drop", index: 335 },
      ],
    });
  });

  it("refuses a newer format, unknown fields and out-of-range values with a notice", () => {
    expect(decodeShare(SHARE_SPEC, "#lm-challenge=2.e30").kind).toBe("invalid");
    const bad = (state: unknown) =>
      decodeShare(SHARE_SPEC, `#${encodeShare(SHARE_SPEC, state as ReturnType<typeof toShared>)}`).kind;
    expect(bad({ ...toShared(DEFAULT_STATE), extra: 1 })).toBe("invalid");
    expect(bad({ ...toShared(DEFAULT_STATE), k: 1e9 })).toBe("invalid");
    expect(bad({ ...toShared(DEFAULT_STATE), w: [[1, Infinity]] })).toBe("invalid");
    expect(bad({ ...toShared(DEFAULT_STATE), d: [["x", 1]] })).toBe("invalid");
    expect(bad({ ...toShared(DEFAULT_STATE), q: "x".repeat(201) })).toBe("invalid");
  });

  it("never throws on any fragment, and round-trips any valid state", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const decoded = decodeShare(SHARE_SPEC, `#lm-challenge=1.${s}`);
        expect(["ok", "invalid", "none"]).toContain(decoded.kind);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom("try", "weights", "repairs", "data"),
        fc.string({ maxLength: 200 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (panel, prompt, knob) => {
          const state = { ...DEFAULT_STATE, panel, prompt, knob };
          const decoded = decodeShare(SHARE_SPEC, `#${encodeShare(SHARE_SPEC, toShared(state))}`);
          expect(decoded.kind).toBe("ok");
          if (decoded.kind === "ok") expect(fromShared(decoded.state)).toEqual({ ...state, knob: knob + 0 });
        },
      ),
    );
  });

  it("says when a state is too large for a link", () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ kind: "replace" as const, index: i, text: "x".repeat(100) }));
    const size = shareSize({ ...DEFAULT_STATE, dataEdits: many });
    expect(size.chars).toBeGreaterThan(MAX_FRAGMENT_CHARS);
    expect(size.fits).toBe(false);
    expect(shareSize(DEFAULT_STATE).fits).toBe(true);
  });
});

describe("lm-challenge edits", () => {
  it("keeps one edit per sentence and one per weight; an edit back to the published value disappears", () => {
    let s = setDataEdit(DEFAULT_STATE, { kind: "drop", index: 3 });
    s = setDataEdit(s, { kind: "replace", index: 3, text: "a." });
    expect(s.dataEdits).toEqual([{ kind: "replace", index: 3, text: "a." }]);
    expect(sentenceAfterEdits("b.", 3, s.dataEdits)).toBe("a.");
    expect(sentenceAfterEdits("b.", 4, s.dataEdits)).toBe("b.");
    expect(removeDataEdit(s, 3).dataEdits).toEqual([]);
    const published = Float64Array.from([0.5, 1.5]);
    const w = setWeight(DEFAULT_STATE, published, 1, 2);
    expect(w.weightEdits).toEqual([{ index: 1, value: 2 }]);
    expect(setWeight(w, published, 1, 1.5).weightEdits).toEqual([]);
    expect(setWeight(w, published, 5, 1).weightEdits).toEqual(w.weightEdits);
  });

  it("searches every word of the query, case-insensitively", () => {
    const sentences = [
      "The capital of France is Paris.",
      "sydney is the capital of australia.",
      "paris lies in france.",
    ];
    expect(searchSentences(sentences, "capital PARIS")).toEqual([0]);
    expect(searchSentences(sentences, "")).toEqual([0, 1, 2]);
    expect(searchSentences(sentences, "sydney")).toEqual([1]);
  });
});
