/**
 * Canvas drawing for weights and digit images. Colours: a diverging scale (blue negative,
 * red positive) that fades into the widget's own background at zero, read from the page so the
 * same picture works in the light and the dark theme. Canvases are used instead of thousands of
 * DOM cells because the strict CSP forbids inline styles and 2,410 SVG rects would be heavy.
 */

export type Rgb = [number, number, number];

const NEGATIVE: Rgb = [33, 102, 172];
const POSITIVE: Rgb = [202, 0, 32];

/** The computed background colour of `element` (the first non-transparent ancestor's). */
export function backgroundOf(element: Element | null): Rgb {
  for (let node = element; node; node = node.parentElement) {
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (match && match[4] !== "0") return [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  return [255, 255, 255];
}

/** Colour for `value` on a symmetric scale reaching full strength at ±`scale`. */
export function divergingColour(value: number, scale: number, zero: Rgb): Rgb {
  const t = Math.max(-1, Math.min(1, scale > 0 ? value / scale : 0));
  const end = t < 0 ? NEGATIVE : POSITIVE;
  const a = Math.sqrt(Math.abs(t));
  return [0, 1, 2].map((k) => Math.round(zero[k]! + (end[k]! - zero[k]!) * a)) as Rgb;
}

export interface MatrixLayout {
  rows: number;
  cols: number;
  /** Every `tile` cells a gap of one cell (0 for none), so 8×8 receptive fields stand apart. */
  tile: number;
}

/** Canvas pixel size for a layout at `cell` pixels per weight. */
export function canvasSize(layout: MatrixLayout, cell: number): { width: number; height: number } {
  const gaps = (n: number) => (layout.tile > 0 ? Math.ceil(n / layout.tile) - 1 : 0);
  return { width: (layout.cols + gaps(layout.cols)) * cell, height: (layout.rows + gaps(layout.rows)) * cell };
}

export function cellOrigin(layout: MatrixLayout, cell: number, row: number, col: number): [number, number] {
  const gap = (n: number) => (layout.tile > 0 ? Math.floor(n / layout.tile) : 0);
  return [(col + gap(col)) * cell, (row + gap(row)) * cell];
}

export function drawMatrix(
  canvas: HTMLCanvasElement,
  layout: MatrixLayout,
  cell: number,
  valueAt: (row: number, col: number) => number,
  scale: number,
  selected: [number, number] | null,
  changed: (row: number, col: number) => boolean,
): void {
  const context = canvas.getContext("2d");
  if (!context) return;
  const zero = backgroundOf(canvas);
  context.fillStyle = `rgb(${zero.join(",")})`;
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (let row = 0; row < layout.rows; row++) {
    for (let col = 0; col < layout.cols; col++) {
      const [x, y] = cellOrigin(layout, cell, row, col);
      context.fillStyle = `rgb(${divergingColour(valueAt(row, col), scale, zero).join(",")})`;
      context.fillRect(x, y, cell, cell);
      if (changed(row, col)) {
        context.fillStyle = "rgb(250,204,21)";
        context.fillRect(x + cell / 3, y + cell / 3, cell / 3, cell / 3);
      }
    }
  }
  if (selected) {
    const [x, y] = cellOrigin(layout, cell, selected[0], selected[1]);
    context.lineWidth = 2;
    context.strokeStyle = "rgb(0,0,0)";
    context.strokeRect(x + 1, y + 1, cell - 2, cell - 2);
    context.strokeStyle = "rgb(255,255,255)";
    context.lineWidth = 1;
    context.strokeRect(x + 2.5, y + 2.5, cell - 5, cell - 5);
  }
}

/** Grey level for ink 0–16: 255 (white paper) down to 0 (full ink). */
export const inkShade = (ink: number): number => Math.round(255 - (ink * 255) / 16);

/** An 8×8 digit (values 0–16) as dark ink on white, at `cell` pixels per image pixel. */
export function drawDigit(canvas: HTMLCanvasElement, pixels: ArrayLike<number>, cell: number, cursor = -1): void {
  const context = canvas.getContext("2d");
  if (!context) return;
  for (let pixel = 0; pixel < 64; pixel++) {
    const shade = inkShade(pixels[pixel] ?? 0);
    context.fillStyle = `rgb(${shade},${shade},${shade})`;
    context.fillRect((pixel % 8) * cell, Math.floor(pixel / 8) * cell, cell, cell);
  }
  if (cursor >= 0 && cell >= 8) {
    context.lineWidth = 3;
    context.strokeStyle = "rgb(180,83,9)";
    context.strokeRect((cursor % 8) * cell + 1.5, Math.floor(cursor / 8) * cell + 1.5, cell - 3, cell - 3);
  }
}
