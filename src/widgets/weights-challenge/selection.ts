/**
 * Choosing one weight, as (tensor, index inside it), whatever the reader chose it with: a cell of
 * the overview pictures (MatrixCanvas.tsx), or the zoomed picker (WeightPicker.tsx), which shows
 * one group at a time at a size a finger can hit: one hidden unit's 64 pixel weights as an 8×8
 * picture, one digit's 32 weights from the hidden units, or one of the bias vectors.
 * Pure functions, so both views agree and the tests need no DOM.
 */
import { DEFAULT_RECIPE } from "../../core/nn/recipe-defaults.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE, type TensorName } from "../../core/nn/shape.ts";

const H = DEFAULT_RECIPE.hiddenUnits;

export interface WeightChoice {
  readonly tensor: TensorName;
  /** Row-major index inside the tensor. */
  readonly index: number;
}

export interface Zoom {
  /** What a group is ("hidden unit", "digit"), or null when the tensor is one group. */
  readonly group: string | null;
  readonly groups: number;
  readonly rows: number;
  readonly cols: number;
  /** What the zoomed picture shows, for one group. */
  readonly caption: (group: number) => string;
}

export const ZOOMS: Record<TensorName, Zoom> = {
  "hidden.weight": {
    group: "hidden unit",
    groups: H,
    rows: 8,
    cols: 8,
    caption: (g) => `Hidden unit ${g}’s ${PIXELS_PER_IMAGE} weights on the pixels, as the 8×8 image they read`,
  },
  "hidden.bias": {
    group: null,
    groups: 1,
    rows: H / 8,
    cols: 8,
    caption: () => `The ${H} hidden units’ biases, 8 to a row`,
  },
  "output.weight": {
    group: "digit",
    groups: DIGIT_COUNT,
    rows: H / 8,
    cols: 8,
    caption: (g) => `Digit ${g}’s ${H} weights from the hidden units, 8 to a row`,
  },
  "output.bias": {
    group: null,
    groups: 1,
    rows: 2,
    cols: DIGIT_COUNT / 2,
    caption: () => `The ${DIGIT_COUNT} digits’ biases, 5 to a row`,
  },
};

const groupSize = (tensor: TensorName) => ZOOMS[tensor].rows * ZOOMS[tensor].cols;

export const groupOf = (choice: WeightChoice): number => Math.floor(choice.index / groupSize(choice.tensor));

/** Row and column of the choice in its group's zoomed picture. */
export function zoomCell(choice: WeightChoice): [number, number] {
  const within = choice.index % groupSize(choice.tensor);
  const cols = ZOOMS[choice.tensor].cols;
  return [Math.floor(within / cols), within % cols];
}

export function zoomIndex(tensor: TensorName, group: number, row: number, col: number): number {
  return group * groupSize(tensor) + row * ZOOMS[tensor].cols + col;
}

/** The same weight in another group (another hidden unit, another digit), at the same place. */
export function inGroup(choice: WeightChoice, group: number): WeightChoice {
  const [row, col] = zoomCell(choice);
  const last = ZOOMS[choice.tensor].groups - 1;
  return { tensor: choice.tensor, index: zoomIndex(choice.tensor, Math.max(0, Math.min(last, group)), row, col) };
}

/** The first weight of a tensor, or the one at the same place in the same group where it has one. */
export function inTensor(choice: WeightChoice, tensor: TensorName): WeightChoice {
  if (tensor === choice.tensor) return choice;
  const size = groupSize(tensor) * ZOOMS[tensor].groups;
  return { tensor, index: Math.min(choice.index, size - 1) };
}

/**
 * The choice after a key in the zoomed picture: arrows move within the group and stop at its
 * edges, Home and End go to the row's ends, Page Up and Page Down to the previous and next group.
 * Null for any other key.
 */
export function moveChoice(choice: WeightChoice, key: string): WeightChoice | null {
  const zoom = ZOOMS[choice.tensor];
  const group = groupOf(choice);
  const [row, col] = zoomCell(choice);
  const at = (r: number, c: number): WeightChoice => ({
    tensor: choice.tensor,
    index: zoomIndex(
      choice.tensor,
      group,
      Math.max(0, Math.min(zoom.rows - 1, r)),
      Math.max(0, Math.min(zoom.cols - 1, c)),
    ),
  });
  switch (key) {
    case "ArrowUp":
      return at(row - 1, col);
    case "ArrowDown":
      return at(row + 1, col);
    case "ArrowLeft":
      return at(row, col - 1);
    case "ArrowRight":
      return at(row, col + 1);
    case "Home":
      return at(row, 0);
    case "End":
      return at(row, zoom.cols - 1);
    case "PageUp":
      return inGroup(choice, group - 1);
    case "PageDown":
      return inGroup(choice, group + 1);
    default:
      return null;
  }
}

/** What the weight connects, in words. */
export function describeChoice({ tensor, index }: WeightChoice): string {
  switch (tensor) {
    case "hidden.weight": {
      const pixel = index % PIXELS_PER_IMAGE;
      return `hidden unit ${Math.floor(index / PIXELS_PER_IMAGE)}, pixel row ${Math.floor(pixel / 8) + 1}, column ${(pixel % 8) + 1}`;
    }
    case "hidden.bias":
      return `hidden unit ${index}`;
    case "output.weight":
      return `digit ${Math.floor(index / H)}, hidden unit ${index % H}`;
    case "output.bias":
      return `digit ${index}`;
  }
}

/** A cell's name in the zoomed picture, where its group is already said. */
export function cellName({ tensor, index }: WeightChoice): string {
  switch (tensor) {
    case "hidden.weight": {
      const pixel = index % PIXELS_PER_IMAGE;
      return `pixel row ${Math.floor(pixel / 8) + 1}, column ${(pixel % 8) + 1}`;
    }
    case "output.weight":
      return `hidden unit ${index % H}`;
    default:
      return describeChoice({ tensor, index });
  }
}

/**
 * Where the choice sits in the overview pictures (the first layer drawn as 32 tiles of 8×8, 8
 * tiles to a row; the others as their matrix), and back.
 */
export function overviewCell({ tensor, index }: WeightChoice): [number, number] {
  switch (tensor) {
    case "hidden.weight": {
      const unit = Math.floor(index / PIXELS_PER_IMAGE);
      const pixel = index % PIXELS_PER_IMAGE;
      return [Math.floor(unit / 8) * 8 + Math.floor(pixel / 8), (unit % 8) * 8 + (pixel % 8)];
    }
    case "output.weight":
      return [Math.floor(index / H), index % H];
    default:
      return [0, index];
  }
}

export function overviewIndex(tensor: TensorName, row: number, col: number): number {
  switch (tensor) {
    case "hidden.weight":
      return (Math.floor(row / 8) * 8 + Math.floor(col / 8)) * PIXELS_PER_IMAGE + (row % 8) * 8 + (col % 8);
    case "output.weight":
      return row * H + col;
    default:
      return col;
  }
}
