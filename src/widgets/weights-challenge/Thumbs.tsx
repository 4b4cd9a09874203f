/**
 * Small pieces of the data panel: an 8×8 training image drawn to a tiny canvas, and the live
 * loss curve as an SVG polyline (attributes only, so the strict CSP is happy).
 */
import { useEffect, useRef } from "preact/hooks";
import { drawDigit } from "./draw.ts";

export function Thumb({ pixels }: { pixels: Uint8Array }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) drawDigit(ref.current, pixels, 1);
  }, [pixels]);
  return <canvas ref={ref} class="wc-thumb" width={8} height={8} aria-hidden="true" />;
}

const WIDTH = 300;
const HEIGHT = 80;

export function LossCurve({ losses, totalSteps }: { losses: readonly number[]; totalSteps: number }) {
  if (losses.length === 0) return null;
  const max = Math.max(2.5, ...losses.map((l) => (Number.isFinite(l) ? Math.min(l, 10) : 0)));
  const points = losses
    .map((loss, i) => {
      const x = (i / Math.max(1, totalSteps - 1)) * WIDTH;
      const y = HEIGHT - (Math.min(Number.isFinite(loss) ? loss : max, max) / max) * HEIGHT;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
  const last = losses[losses.length - 1]!;
  return (
    <figure class="wc-figure">
      <svg
        class="wc-loss"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Training loss per step, now ${last.toFixed(3)}`}
      >
        <polyline points={points} />
      </svg>
      <figcaption class="wc-small">
        Training loss (cross-entropy per batch, 0 to {max.toFixed(1)}), step {losses.length} of {totalSteps}:{" "}
        {last.toFixed(3)}
      </figcaption>
    </figure>
  );
}
