// Choosing a weight: the overview pictures and the zoomed picker name the same weight for the
// same cell, cover every weight exactly once, and keys move the zoomed choice within its group.
import { describe, expect, it } from "vitest";
import { TENSOR_NAMES, tensorLayout } from "../../core/nn/shape.ts";
import {
  describeChoice,
  groupOf,
  inGroup,
  inTensor,
  moveChoice,
  overviewCell,
  overviewIndex,
  zoomCell,
  zoomIndex,
  ZOOMS,
} from "./selection.ts";

const layout = tensorLayout(32);

describe("every weight, in both views", () => {
  for (const info of layout) {
    const size = info.rows * info.cols;
    it(`${info.name}: the zoomed groups cover its ${size} weights once, and each view inverts`, () => {
      const zoom = ZOOMS[info.name];
      expect(zoom.groups * zoom.rows * zoom.cols).toBe(size);
      for (let index = 0; index < size; index++) {
        const choice = { tensor: info.name, index };
        const [row, col] = zoomCell(choice);
        expect(zoomIndex(info.name, groupOf(choice), row, col)).toBe(index);
        const [r, c] = overviewCell(choice);
        expect(overviewIndex(info.name, r, c)).toBe(index);
      }
    });
  }

  it("a hidden unit's zoomed picture is its 8×8 receptive field, as the overview tiles it", () => {
    // Hidden unit 13 is the sixth tile of the second tile row; pixel 19 is row 3, column 4.
    const choice = { tensor: "hidden.weight" as const, index: 13 * 64 + 19 };
    expect(groupOf(choice)).toBe(13);
    expect(zoomCell(choice)).toEqual([2, 3]);
    expect(overviewCell(choice)).toEqual([8 + 2, 5 * 8 + 3]);
    expect(describeChoice(choice)).toBe("hidden unit 13, pixel row 3, column 4");
    expect(describeChoice({ tensor: "output.weight", index: 7 * 32 + 1 })).toBe("digit 7, hidden unit 1");
  });
});

describe("keys in the zoomed picker", () => {
  it("arrows stay inside the group and stop at its edges; Page Up and Down change the group", () => {
    for (const tensor of TENSOR_NAMES) {
      const zoom = ZOOMS[tensor];
      const size = zoom.groups * zoom.rows * zoom.cols;
      for (let index = 0; index < size; index++) {
        const choice = { tensor, index };
        for (const key of ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"]) {
          const next = moveChoice(choice, key)!;
          expect(groupOf(next)).toBe(groupOf(choice));
          const [r0, c0] = zoomCell(choice);
          const [r1, c1] = zoomCell(next);
          expect(Math.abs(r1 - r0) + (key === "Home" || key === "End" ? 0 : Math.abs(c1 - c0))).toBeLessThanOrEqual(1);
        }
        const down = moveChoice(choice, "PageDown")!;
        expect(groupOf(down)).toBe(Math.min(zoom.groups - 1, groupOf(choice) + 1));
        expect(zoomCell(down)).toEqual(zoomCell(choice));
        expect(groupOf(moveChoice(choice, "PageUp")!)).toBe(Math.max(0, groupOf(choice) - 1));
      }
    }
    const corner = { tensor: "hidden.weight" as const, index: 5 * 64 };
    expect(moveChoice(corner, "ArrowUp")).toEqual(corner);
    expect(moveChoice(corner, "ArrowLeft")).toEqual(corner);
    expect(moveChoice(corner, "ArrowRight")).toEqual({ tensor: "hidden.weight", index: 5 * 64 + 1 });
    expect(moveChoice(corner, "ArrowDown")).toEqual({ tensor: "hidden.weight", index: 5 * 64 + 8 });
    expect(moveChoice(corner, "End")).toEqual({ tensor: "hidden.weight", index: 5 * 64 + 7 });
    expect(moveChoice(corner, "Enter")).toBeNull();
  });

  it("changing the layer or the group keeps a valid weight", () => {
    const choice = { tensor: "hidden.weight" as const, index: 2047 };
    expect(inTensor(choice, "output.bias")).toEqual({ tensor: "output.bias", index: 9 });
    expect(inTensor(choice, "hidden.weight")).toBe(choice);
    expect(inGroup(choice, 99)).toEqual(choice);
    expect(inGroup(choice, 0)).toEqual({ tensor: "hidden.weight", index: 63 });
  });
});
