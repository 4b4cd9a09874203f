/**
 * Frozen share links, one per released state format of each widget. They were produced by the
 * version that shipped them and must keep decoding to the same meaning: a change to a ShareSpec
 * that breaks one of these needs a new version with a migration (and a new fixture), never a
 * silent reinterpretation of links already posted in forums.
 */
import { describe, expect, it } from "vitest";
import { exercises } from "../../content/exercises/index.ts";
import { decodeShare } from "../core/share/fragment.ts";
import { makeShareSpec } from "./binary-challenge/share.ts";
import { labShareSpec } from "./reproducibility-lab/model.ts";
import { SHARE_SPEC as weightsShareSpec } from "./weights-challenge/model.ts";

const binarySpec = makeShareSpec(exercises.map((e) => ({ id: e.id, lines: e.listing.lines.map((l) => l.text) })));

describe("frozen share links, format 1", () => {
  it("binary-challenge: level 1 patched from setg to setge", () => {
    const decoded = decodeShare(
      binarySpec,
      "#binary-challenge=1.eyJsZXZlbCI6ImxldmVsLTEtYWdlIiwidmlldyI6Imxpc3RpbmciLCJwYXRjaGVzIjpbeyJhdCI6NiwicmVtb3ZlIjoxLCJhZGQiOlsiICAgICAgICBzZXRnZSAgICBhbCJdfV0sInNvdXJjZSI6IiJ9",
    );
    expect(decoded).toEqual({
      kind: "ok",
      state: {
        level: "level-1-age",
        view: "listing",
        patches: [{ at: 6, remove: 1, add: ["        setge    al"] }],
        source: "",
      },
    });
  });

  it("weights-challenge format 1 (first digits release): refused with a notice, its indices refer to other data", () => {
    const decoded = decodeShare(
      weightsShareSpec,
      "#weights-challenge=1.eyJwIjoiZGF0YSIsImxyIjowLjA1LCJ3IjpbWzAsNSwwLjI1XV0sImQiOltbInIiLDEyLDddLFsiZCIsNDBdLFsicmIiLCJiYXRjaC0wNyIsMSw3XSxbImRiIiwiYmF0Y2gtMDMiXV19",
    );
    expect(decoded.kind).toBe("invalid");
    if (decoded.kind === "invalid") expect(decoded.notice).toMatch(/old format/);
  });

  it("weights-challenge format 2: a weight edit and four kinds of data edit, no retrain", () => {
    const decoded = decodeShare(
      weightsShareSpec,
      "#weights-challenge=2.eyJwIjoiZGF0YSIsImxyIjowLjA1LCJ3IjpbWzAsNSwwLjI1XV0sImQiOltbInIiLDEyLDddLFsiZCIsNDBdLFsicmIiLCJiYXRjaC0wNyIsMSw3XSxbImRiIiwiYmF0Y2gtMDMiXV19",
    );
    expect(decoded).toEqual({
      kind: "ok",
      notice:
        "This link was made with an older version of the page. Its edits are restored; links of that format did not record a retrain.",
      state: {
        p: "data",
        lr: 0.05,
        w: [[0, 5, 0.25]],
        d: [
          ["r", 12, 7],
          ["d", 40],
          ["rb", "batch-07", 1, 7],
          ["db", "batch-03"],
        ],
        r: "",
      },
    });
  });

  it("weights-challenge format 3: the batch relabelled, and the hash of the retrain on it", () => {
    const decoded = decodeShare(
      weightsShareSpec,
      "#weights-challenge=3.eyJwIjoiZGF0YSIsImxyIjowLjA1LCJ3IjpbXSwiZCI6W1sicmIiLCJiYXRjaC0wNyIsMSw3XV0sInIiOiIxMmIxYzBhNjBmNjVmMDMwZmYxMDQxODRiZTBmMmVlMzMyYmRkMTViN2YyMjdiZWYzMTE0NTAxMzY3ZWY4ZjMzIn0",
    );
    expect(decoded).toEqual({
      kind: "ok",
      state: {
        p: "data",
        lr: 0.05,
        w: [],
        d: [["rb", "batch-07", 1, 7]],
        r: "12b1c0a60f65f030ff104184be0f2ee332bdd15b7f227bef3114501367ef8f33",
      },
    });
  });

  it("reproducibility-lab: the published recipe with seed 2", () => {
    const decoded = decodeShare(
      labShareSpec,
      "#reproducibility-lab=1.eyJsYWJlbHMiOiJzaGlwcGVkIiwic3Vic2V0IjoiYWxsIiwib3JkZXIiOiJzaGlwcGVkIiwiaGlkZGVuVW5pdHMiOjMyLCJsZWFybmluZ1JhdGUiOjAuMDUsImVwb2NocyI6MjAsInNjcmlwdCI6InYxIiwiZXhwIjoib3VycyIsInNlZWQiOjIsInN1bSI6InNlcXVlbnRpYWwiLCJwcmVjaXNpb24iOiJmbG9hdDY0In0",
    );
    expect(decoded).toEqual({
      kind: "ok",
      state: {
        labels: "shipped",
        subset: "all",
        order: "shipped",
        hiddenUnits: 32,
        learningRate: 0.05,
        epochs: 20,
        script: "v1",
        exp: "ours",
        seed: 2,
        sum: "sequential",
        precision: "float64",
      },
    });
  });

  it("a link from a format no widget has released yet is refused with a notice, not guessed at", () => {
    expect(decodeShare(binarySpec, "#binary-challenge=2.e30").kind).toBe("invalid");
    expect(decodeShare(weightsShareSpec, "#weights-challenge=4.e30").kind).toBe("invalid");
    expect(decodeShare(labShareSpec, "#reproducibility-lab=2.e30").kind).toBe("invalid");
  });
});
