/**
 * The binary challenge's logic without a DOM: editor actions and undo, the diff against the
 * shipped listing, the size of a fix (checked against the real exercises' known fixes), C edit
 * matching, and share links (round trip, and that no fragment, however mangled, makes decoding
 * throw or yields a state whose patches do not fit).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exerciseById, exercises } from "../../../content/exercises/index.ts";
import { applyLineEdits } from "../../core/asm/index.ts";
import { decodeShare, encodeShare, toBase64Url } from "../../core/share/fragment.ts";
import { applyPatches, charDistance, collapse, diffLines, makePatches } from "./diff.ts";
import { describeFixSize, fixSize } from "./fix-size.ts";
import { encodeLines } from "./engine.ts";
import { levelData } from "./levels.ts";
import { MAX_LINES, applyAction, createEditor, type EditorState } from "./model.ts";
import { detectFunctions, parseArgs } from "./own.ts";
import { linesFromShare, makeShareSpec, shareSize, shareStateFor } from "./share.ts";
import { matchSource, normaliseC } from "./source-match.ts";

const level1 = exerciseById("level-1-age")!;
const shippedLines = level1.listing.lines.map((l) => l.text);
const act = (state: EditorState, ...actions: Parameters<typeof applyAction>[1][]): EditorState =>
  actions.reduce((s, a) => applyAction(s, a).state, state);

describe("editor actions", () => {
  it("typing in the one text surface: one undo step per line typed in, a new line starts another", () => {
    const start = createEditor(["a", "b", "c"]);
    const typed = act(
      start,
      { type: "text", text: "a\nbx\nc", line: 1 },
      { type: "text", text: "a\nbxy\nc", line: 1 },
      { type: "text", text: "a\nbxy\n\nc", line: 2 },
      { type: "text", text: "a\nbxy\nz\nc", line: 2 },
    );
    expect(typed.lines).toEqual(["a", "bxy", "z", "c"]);
    expect(typed.current).toBe(2);
    expect(typed.history).toHaveLength(2);
    expect(act(typed, { type: "undo" }).lines).toEqual(["a", "bxy", "c"]);
    expect(act(typed, { type: "undo" }, { type: "undo" }).lines).toEqual(["a", "b", "c"]);
    const long = applyAction(start, { type: "text", text: "x".repeat(500), line: 0 });
    expect(long.state.lines[0]).toHaveLength(200);
    expect(long.message).toMatch(/at most 200/);
  });

  it("edits, inserts and deletes lines, and undo walks back one step at a time", () => {
    const start = createEditor(["a", "b", "c"]);
    const typed = act(start, { type: "text", text: "a\nbx\nc", line: 1 }, { type: "text", text: "a\nbxy\nc", line: 1 });
    expect(typed.lines).toEqual(["a", "bxy", "c"]);
    expect(typed.history).toHaveLength(1); // typing in one line is one undo step
    const inserted = act(typed, { type: "insert", index: 1, text: "new" });
    expect(inserted.lines).toEqual(["a", "bxy", "new", "c"]);
    expect(inserted.current).toBe(2);
    const deleted = act(inserted, { type: "delete", index: 0 });
    expect(deleted.lines).toEqual(["bxy", "new", "c"]);
    expect(act(deleted, { type: "undo" }).lines).toEqual(["a", "bxy", "new", "c"]);
    expect(act(deleted, { type: "undo" }, { type: "undo" }, { type: "undo" }).lines).toEqual(["a", "b", "c"]);
    expect(applyAction(start, { type: "undo" }).message).toMatch(/Nothing to undo/);
  });

  it("a reset can be undone, and the caps hold with a message", () => {
    const edited = act(createEditor(["a"]), { type: "text", text: "z", line: 0 });
    const reset = act(edited, { type: "reset", lines: ["a"] });
    expect(reset.lines).toEqual(["a"]);
    expect(act(reset, { type: "undo" }).lines).toEqual(["z"]);
    const long = applyAction(edited, { type: "text", text: "x".repeat(500), line: 0 });
    expect(long.state.lines[0]).toHaveLength(200);
    expect(long.message).toMatch(/200 characters/);
    const full = createEditor(new Array<string>(MAX_LINES).fill("nop"));
    expect(applyAction(full, { type: "insert", index: 0 }).message).toMatch(/400 lines/);
    const pasted = applyAction(createEditor(["x"]), {
      type: "text",
      text: new Array<string>(500).fill("n").join("\n"),
      line: 0,
    });
    expect(pasted.state.lines).toHaveLength(MAX_LINES);
    expect(pasted.message).toMatch(/The rest was dropped/);
  });
});

describe("diff against the shipped listing", () => {
  it("marks changed, inserted and deleted lines, ignoring whitespace", () => {
    const current = [...shippedLines];
    current[6] = "        setge   al";
    current.splice(7, 0, "        nop");
    current[4] = "xor eax,   eax".replace("eax,   eax", "eax, eax");
    current.splice(1, 1);
    const diff = diffLines(shippedLines, current);
    expect(diff.marks.map((m) => m.kind)).toEqual([
      "same",
      "same",
      "same",
      "same",
      "same",
      "changed",
      "inserted",
      "same",
    ]);
    expect(diff.deletedBefore[1]).toBe(1);
    expect([diff.changed, diff.inserted, diff.deleted]).toEqual([1, 1, 1]);
  });

  it("a line typed above an edited one is the insertion, and the edited line is the change", () => {
    // Level 2: the reader adds `ja .L1` above `seta al` and turns `seta` into `setbe`.
    const leap = exerciseById("level-2-leap")!.listing.lines.map((l) => l.text);
    const at = leap.findIndex((line) => collapse(line) === "seta al");
    const current = [...leap.slice(0, at), "        ja      .L1", "        setbe   al", ...leap.slice(at + 1)];
    const diff = diffLines(leap, current);
    expect(diff.marks[at]).toEqual({ kind: "inserted" });
    expect(diff.marks[at + 1]).toEqual({ kind: "changed", shipped: at });
    expect(diff.marks.filter((m) => m.kind !== "same")).toHaveLength(2);
    expect([diff.changed, diff.inserted, diff.deleted]).toEqual([1, 1, 0]);
  });

  it("a deleted line is shown where it was, between the lines around it", () => {
    const shipped = ["a", "mov eax, 1", "cmp edi, 3", "setg al", "z"];
    const current = ["a", "mov eax, 2", "setge al", "z"];
    const diff = diffLines(shipped, current);
    expect(diff.marks.map((m) => m.kind)).toEqual(["same", "changed", "changed", "same"]);
    expect(diff.deletedBefore).toEqual([0, 0, 1, 0, 0]);
  });

  it("patches round-trip exactly for any edit", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "c", "d", " a"), { maxLength: 12 }), (current) => {
        const patches = makePatches(shippedLines, current);
        expect(applyPatches(shippedLines, patches)).toEqual(current);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("size of a fix", () => {
  const shipped = level1.listing.lines.map((l) => ({ text: l.text, bytes: l.bytes }));
  const sizeOf = (id: string, fixId: string): string => {
    const exercise = exerciseById(id)!;
    const fix = exercise.asmFixes.find((f) => f.id === fixId)!;
    const patched = applyLineEdits(exercise.listing.text, fix.edits);
    if (!patched.ok) throw new Error(patched.message);
    const encoded = encodeLines(patched.text, patched.text.split("\n").length);
    if ("errors" in encoded) throw new Error("does not assemble");
    const lines = patched.text.split("\n").map((text, i) => ({ text, bytes: encoded.bytes[i] ?? "" }));
    const base = exercise.listing.lines.map((l) => ({ text: l.text, bytes: l.bytes }));
    return describeFixSize(fixSize(base, lines));
  };

  it("setg → setge is one byte in one line", () => {
    expect(sizeOf("level-1-age", "setge")).toBe("binary: 1 byte in 1 line");
    expect(describeFixSize(fixSize(shipped, shipped))).toBe("binary: no change");
  });

  it("the leap-year fix adds four instructions and moves every later address", () => {
    expect(sizeOf("level-2-leap", "ror-4")).toBe(
      "binary: 4 instructions added (14 bytes); the function went from 35 to 49 bytes, so every later address moved",
    );
  });

  it("the source fix of level 1 is one character", () => {
    const data = levelData(level1);
    expect(data.variants.find((v) => v.id === "ge-18")!.size).toBe("source: 1 character; binary: 1 byte in 1 line");
    expect(charDistance("age > 18", "age >= 18")).toBe(1);
    expect(charDistance("abc", "")).toBe(3);
  });

  it("build-time data carries the shipped results: level 1 fails exactly at 18", () => {
    const data = levelData(level1);
    expect(data.shipped.filter((r) => !r.pass)).toHaveLength(1);
    expect(data.shipped[0]).toMatchObject({ pass: false, actual: "0" });
  });
});

describe("matching a C edit", () => {
  const candidates = level1.sourceEdits;
  it("matches up to whitespace, and only precompiled edits", () => {
    const typed = level1.source.replace("age > 18", "age   >=18").replace("{\n", "{ \n\n");
    expect(matchSource(typed, candidates)?.id).toBe("ge-18");
    expect(matchSource(level1.source.replace("age > 18", "age >= 21"), candidates)).toBeNull();
    expect(normaliseC("int  is_adult ( int age )")).toBe("int is_adult(int age)");
    expect(normaliseC("intis_adult")).not.toBe(normaliseC("int is_adult"));
  });
});

describe("share links", () => {
  const levels = exercises.map((e) => ({ id: e.id, lines: e.listing.lines.map((l) => l.text) }));
  const spec = makeShareSpec(levels);
  const level = levels[0]!;

  it("round-trips a patch, the view and the C", () => {
    const lines = [...level.lines];
    lines[6] = "        setge   al";
    lines.push(".Lx: jmp .Lx");
    const state = shareStateFor(level, lines, "source", "int x;");
    const decoded = decodeShare(spec, `#${encodeShare(spec, state)}`);
    expect(decoded.kind).toBe("ok");
    if (decoded.kind !== "ok") return;
    expect(decoded.state).toEqual(state);
    expect(linesFromShare(level, decoded.state)).toEqual(lines);
    expect(shareSize(spec, state).fits).toBe(true);
  });

  it("refuses a link over the cap", () => {
    const lines = new Array<string>(300).fill("x".repeat(60)).map((l, i) => `${l}${i}`);
    expect(shareSize(spec, shareStateFor(level, lines, "listing", "")).fits).toBe(false);
  });

  it("rejects foreign, old, damaged and ill-fitting fragments", () => {
    const encode = (json: unknown, version = 1) =>
      `#binary-challenge=${version}.${toBase64Url(new TextEncoder().encode(JSON.stringify(json)))}`;
    const good = { level: level.id, view: "listing", patches: [], source: "" };
    expect(decodeShare(spec, encode(good)).kind).toBe("ok");
    expect(decodeShare(spec, encode(good, 0)).kind).toBe("invalid");
    expect(decodeShare(spec, encode({ ...good, level: "level-9" })).kind).toBe("invalid");
    expect(decodeShare(spec, encode({ ...good, extra: 1 })).kind).toBe("invalid");
    expect(decodeShare(spec, encode({ ...good, patches: [{ at: 99, remove: 1, add: [] }] })).kind).toBe("invalid");
    expect(decodeShare(spec, "#binary-challenge=1.%%%").kind).toBe("invalid");
    expect(decodeShare(spec, "#other-widget=1.e30").kind).toBe("none");
  });

  it("decoding any fragment never throws, and what it accepts fits the listing", () => {
    const patch = fc.record({
      at: fc.integer({ min: -2, max: 12 }),
      remove: fc.integer({ min: -1, max: 5 }),
      add: fc.array(fc.string(), { maxLength: 3 }),
    });
    const json = fc.oneof(
      fc.anything(),
      fc.record({
        level: fc.constantFrom(...levels.map((l) => l.id), "x"),
        view: fc.constantFrom("listing", "source", "own", "nope"),
        patches: fc.array(patch, { maxLength: 4 }),
        source: fc.string(),
      }),
    );
    const fragment = fc.oneof(
      fc.string(),
      json.map((j) => `#binary-challenge=1.${toBase64Url(new TextEncoder().encode(JSON.stringify(j) ?? "null"))}`),
      fc.string().map((s) => `#binary-challenge=${s}`),
    );
    fc.assert(
      fc.property(fragment, (text) => {
        const decoded = decodeShare(spec, text);
        if (decoded.kind === "ok") {
          const shipped = levels.find((l) => l.id === decoded.state.level)!;
          expect(applyPatches(shipped.lines, decoded.state.patches)).not.toBeNull();
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("your own listing", () => {
  it("finds functions and checks arguments", () => {
    expect(detectFunctions("\t.globl\tf\nhelper:\nf:\n.L2:\n ret")).toEqual(["f", "helper"]);
    expect(parseArgs("1, -2, 0x10")).toEqual({ ok: true, values: [1n, -2n, 16n] });
    expect(parseArgs("9223372036854775807")).toEqual({ ok: true, values: [9223372036854775807n] });
    expect(parseArgs("9223372036854775808")).toMatchObject({ ok: false, message: /64-bit/ });
    expect(parseArgs("1, two")).toMatchObject({ ok: false, message: /Argument 2/ });
    fc.assert(
      fc.property(fc.string(), (s) => void parseArgs(s)),
      { numRuns: 1000 },
    );
  });
});
