/** The training loss, step by step, as an SVG line (at most a few hundred points are drawn). */
const WIDTH = 300;
const HEIGHT = 80;
const MAX_POINTS = 300;

export function LossCurve({ losses, totalSteps }: { losses: readonly number[]; totalSteps: number }) {
  if (losses.length === 0 || totalSteps === 0) return null;
  const top = Math.max(...losses.slice(0, 50), 1e-9);
  const stride = Math.max(1, Math.ceil(losses.length / MAX_POINTS));
  const points: string[] = [];
  for (let i = 0; i < losses.length; i += stride) {
    const x = (i / totalSteps) * WIDTH;
    const y = HEIGHT - (Math.min(losses[i]!, top) / top) * HEIGHT;
    points.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  }
  const last = losses.at(-1)!;
  return (
    <figure class="lm-loss">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Training loss, now ${last.toFixed(3)} nats per word`}
      >
        <polyline points={points.join(" ")} fill="none" stroke="currentColor" stroke-width="1.5" />
      </svg>
      <figcaption class="lm-small">
        Loss per word, step by step (now {last.toFixed(3)}; it cannot reach 0: many words, such as the country that
        starts a sentence, are not predictable).
      </figcaption>
    </figure>
  );
}
