/**
 * The zoomed weight picker: one group of weights at a time (a hidden unit's 8×8 picture, a
 * digit's 32 weights, a bias vector) in cells of 28 CSS pixels, above WCAG 2.2's 24-pixel minimum
 * target, where the overview pictures give a phone about 4.6 pixels a weight. Choose the layer and
 * the group with the selects; tap a cell, or move with the arrow keys (Page Up and Page Down
 * change the group). The colours are a canvas under a transparent ARIA grid, whose cells carry
 * the names and values a screen reader reads (the strict CSP allows no inline styles).
 */
import { useEffect, useRef } from "preact/hooks";
import type { TensorName } from "../../core/nn/shape.ts";
import { drawMatrix } from "./draw.ts";
import {
  cellName,
  groupOf,
  inGroup,
  inTensor,
  moveChoice,
  zoomCell,
  zoomIndex,
  ZOOMS,
  type WeightChoice,
} from "./selection.ts";

const CELL = 28;

const LAYERS: [TensorName, string][] = [
  ["hidden.weight", "First layer: hidden unit × pixel"],
  ["hidden.bias", "First-layer biases"],
  ["output.weight", "Second layer: digit × hidden unit"],
  ["output.bias", "Second-layer biases"],
];

interface Props {
  choice: WeightChoice;
  onChoose: (choice: WeightChoice) => void;
  /** The current value of weight `index` of the chosen tensor. */
  valueAt: (index: number) => number;
  changed: (index: number) => boolean;
  scale: number;
  /** Redraw when this changes (values, theme). */
  version: string;
}

export function WeightPicker({ choice, onChoose, valueAt, changed, scale, version }: Props) {
  const { tensor } = choice;
  const zoom = ZOOMS[tensor];
  const group = groupOf(choice);
  const [row, col] = zoomCell(choice);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const indexAt = (r: number, c: number) => zoomIndex(tensor, group, r, c);

  useEffect(() => {
    if (canvasRef.current)
      drawMatrix(
        canvasRef.current,
        { rows: zoom.rows, cols: zoom.cols, tile: 0 },
        CELL,
        (r, c) => valueAt(indexAt(r, c)),
        scale,
        null,
        (r, c) => changed(indexAt(r, c)),
      );
  }, [version, tensor, group, scale]);
  // While the focus is in the grid, it follows the choice (keys pressed faster than effects run
  // included); a choice made with the selects leaves the focus where it is.
  useEffect(() => {
    const grid = gridRef.current;
    if (grid?.contains(document.activeElement)) grid.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, [tensor, choice.index]);

  const onKey = (event: KeyboardEvent) => {
    const next = moveChoice(choice, event.key);
    if (!next) return;
    event.preventDefault();
    onChoose(next);
  };
  const groupName = zoom.group ? zoom.group[0]!.toUpperCase() + zoom.group.slice(1) : "";

  return (
    <fieldset class="wc-picker">
      <legend>Choose a weight, zoomed in</legend>
      <div class="wc-row">
        <label>
          Layer{" "}
          <select value={tensor} onChange={(e) => onChoose(inTensor(choice, e.currentTarget.value as TensorName))}>
            {LAYERS.map(([name, label]) => (
              <option key={name} value={name}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {zoom.group && (
          <label>
            {groupName}{" "}
            <select value={String(group)} onChange={(e) => onChoose(inGroup(choice, Number(e.currentTarget.value)))}>
              {Array.from({ length: zoom.groups }, (_, g) => (
                <option key={g} value={String(g)}>
                  {g}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p class="wc-small" id="wc-zoom-caption">
        {zoom.caption(group)}. Tap a square, or use the arrow keys
        {zoom.group ? `; Page Up and Page Down change the ${zoom.group}` : ""}.
      </p>
      <div class="wc-zoom">
        <canvas ref={canvasRef} width={zoom.cols * CELL} height={zoom.rows * CELL} aria-hidden="true" />
        <div role="grid" class="wc-zoom-grid" ref={gridRef} aria-labelledby="wc-zoom-caption" onKeyDown={onKey}>
          {Array.from({ length: zoom.rows }, (_, r) => (
            <div role="row" key={r} class="wc-zoom-row">
              {Array.from({ length: zoom.cols }, (_, c) => {
                const index = indexAt(r, c);
                const selected = r === row && c === col;
                return (
                  <div
                    key={c}
                    role="gridcell"
                    class="wc-zoom-cell"
                    tabIndex={selected ? 0 : -1}
                    aria-selected={selected}
                    aria-label={`${cellName({ tensor, index })}: ${valueAt(index).toFixed(3)}${changed(index) ? ", changed" : ""}`}
                    onClick={() => onChoose({ tensor, index })}
                  />
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </fieldset>
  );
}
