/**
 * Which weights differ from the published ones and by how much: hidden.weight (32 rows × 64
 * pixels) above output.weight (10 digits × 32 hidden units), one square per weight, coloured by
 * |Δ| on a log scale. One SVG path per colour keeps the DOM small (6 elements, not 2,368) and lets
 * the theme's CSS colour it; the legend names each colour in words.
 */
import { DIFF_EDGES } from "../../core/nn/lab/choices.ts";

const PIXELS = 64;
const DIGITS = 10;
const [e12, e9, e6, e3] = DIFF_EDGES.map((edge) => edge.toExponential(0));
const BIN_NAMES = ["identical", `below ${e12}`, `${e12} to ${e9}`, `${e9} to ${e6}`, `${e6} to ${e3}`, `${e3} or more`];

interface Props {
  bins: Uint8Array;
  hiddenUnits: number;
  summary: string;
}

export function DiffPicture({ bins, hiddenUnits, summary }: Props) {
  const paths = BIN_NAMES.map(() => [] as string[]);
  const counts = BIN_NAMES.map(() => 0);
  const hiddenWeightStart = hiddenUnits;
  const outputWeightStart = hiddenUnits + hiddenUnits * PIXELS + DIGITS;
  const cell = (bin: number, x: number, y: number) => {
    paths[bin]?.push(`M${x} ${y}h1v1h-1z`);
    counts[bin] = (counts[bin] ?? 0) + 1;
  };
  for (let h = 0; h < hiddenUnits; h++) {
    for (let p = 0; p < PIXELS; p++) cell(bins[hiddenWeightStart + h * PIXELS + p]!, p, h);
  }
  const outputTop = hiddenUnits + 2;
  for (let d = 0; d < DIGITS; d++) {
    for (let h = 0; h < hiddenUnits; h++) cell(bins[outputWeightStart + d * hiddenUnits + h]!, h, outputTop + d);
  }
  return (
    <figure class="lab-diff">
      <svg
        viewBox={`0 0 ${PIXELS} ${outputTop + DIGITS}`}
        role="img"
        aria-label={`Map of the weight differences. ${summary}`}
        shape-rendering="crispEdges"
      >
        {paths.map((cells, bin) =>
          cells.length > 0 ? <path key={bin} class={`lab-bin-${bin}`} d={cells.join("")} /> : null,
        )}
      </svg>
      <figcaption>
        Top: the {hiddenUnits}×64 hidden-layer weights (a row per hidden unit, a column per pixel). Bottom: the 10×
        {hiddenUnits} output weights (a row per digit). Colour: |rebuilt − published|.
        <ul class="lab-legend">
          {BIN_NAMES.map((name, bin) => (
            <li key={name}>
              <svg viewBox="0 0 1 1" aria-hidden="true" class="lab-swatch">
                <rect class={`lab-bin-${bin}`} width="1" height="1" />
              </svg>
              {name} ({counts[bin] ?? 0})
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
