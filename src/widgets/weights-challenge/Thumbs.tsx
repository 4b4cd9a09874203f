/**
 * Small pieces of the data panel: an 8×8 training image as a tiny picture, and the live loss curve
 * as an SVG polyline (attributes only, so the strict CSP is happy).
 */
import { digitImageUrl } from "./digit-image.ts";

/**
 * Images, not canvases: see digit-image.ts for the cost 120 canvases had. Lazy, because each
 * image is a resource request even from a data: URL (2–3 ms each at 4× CPU slowdown, measured):
 * opening "Fix the data" requested all 120 in one task; now only those near the list's visible
 * part are requested, and the rest as the reader scrolls the list.
 */
export function Thumb({ pixels }: { pixels: Uint8Array }) {
  return <img class="wc-thumb" src={digitImageUrl(pixels)} width={8} height={8} alt="" loading="lazy" />;
}

const WIDTH = 300;
const HEIGHT = 80;

export function LossCurve({ losses, totalSteps }: { losses: readonly number[]; totalSteps: number }) {
  // Drawn empty before the first run, so a run starting or ending moves nothing on the page.
  const max = Math.max(2.5, ...losses.map((l) => (Number.isFinite(l) ? Math.min(l, 10) : 0)));
  const points = losses
    .map((loss, i) => {
      const x = (i / Math.max(1, totalSteps - 1)) * WIDTH;
      const y = HEIGHT - (Math.min(Number.isFinite(loss) ? loss : max, max) / max) * HEIGHT;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(" ");
  const last = losses[losses.length - 1];
  return (
    <figure class="wc-figure wc-loss-figure">
      <svg
        class="wc-loss"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={
          last === undefined ? "Training loss per step: no run yet" : `Training loss per step, now ${last.toFixed(3)}`
        }
      >
        <polyline points={points} />
      </svg>
      <figcaption class="wc-small">
        {last === undefined
          ? "Training loss (cross-entropy per batch): the curve draws here while a run trains."
          : `Training loss (cross-entropy per batch, 0 to ${max.toFixed(1)}), step ${losses.length} of ${totalSteps}: ${last.toFixed(3)}`}
      </figcaption>
    </figure>
  );
}
