/**
 * One tensor as a focusable canvas: click a cell or move with the arrow keys (Home/End for the
 * row ends) to select a weight. The selection itself is described as text by the panel, since a
 * canvas says nothing to a screen reader.
 */
import { useEffect, useRef } from "preact/hooks";
import { canvasSize, cellOrigin, drawMatrix, type MatrixLayout } from "./draw.ts";

interface Props {
  label: string;
  layout: MatrixLayout;
  cell: number;
  valueAt: (row: number, col: number) => number;
  changed: (row: number, col: number) => boolean;
  scale: number;
  selected: [number, number] | null;
  onSelect: (row: number, col: number) => void;
  /** Redraw when this changes (theme, values). */
  version: string;
  describedBy: string;
}

export function MatrixCanvas({
  label,
  layout,
  cell,
  valueAt,
  changed,
  scale,
  selected,
  onSelect,
  version,
  describedBy,
}: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const size = canvasSize(layout, cell);
  useEffect(() => {
    if (ref.current) drawMatrix(ref.current, layout, cell, valueAt, scale, selected, changed);
  }, [version, selected?.[0], selected?.[1], scale]);

  const onKey = (event: KeyboardEvent) => {
    const [row, col] = selected ?? [0, 0];
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, layout.cols - 1],
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    const [r, c] = next;
    if (r >= 0 && r < layout.rows && c >= 0 && c < layout.cols) onSelect(r, c);
    else if (!selected) onSelect(0, 0);
  };
  const onClick = (event: MouseEvent) => {
    const canvas = ref.current;
    if (!canvas) return;
    const box = canvas.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * size.width;
    const y = ((event.clientY - box.top) / box.height) * size.height;
    for (let row = 0; row < layout.rows; row++) {
      for (let col = 0; col < layout.cols; col++) {
        const [cx, cy] = cellOrigin(layout, cell, row, col);
        if (x >= cx && x < cx + cell && y >= cy && y < cy + cell) return onSelect(row, col);
      }
    }
  };

  return (
    <div
      class="wc-matrix"
      role="application"
      tabIndex={0}
      aria-label={`${label}. Arrow keys choose a weight.`}
      aria-describedby={describedBy}
      onKeyDown={onKey}
      onClick={onClick}
    >
      <canvas ref={ref} width={size.width} height={size.height} aria-hidden="true" />
    </div>
  );
}
