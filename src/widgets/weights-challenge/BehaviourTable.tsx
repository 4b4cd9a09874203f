/**
 * The behaviour tests, in the binary challenge's style: one row per test (src/core/nn/suite.ts),
 * what was measured, and pass or fail in words (never colour alone). The same component renders
 * the build-time table (published weights) and the live one; once the widget is live, each test's
 * name is a button that lists the images it counts wrong (RowExamples.tsx).
 */
import type { Row } from "./rows.ts";

export type { Row };

/** Where the images of the chosen row are listed (RowExamples.tsx). */
export const EXAMPLES_ID = "wc-examples";

export function rowSummary(row: Row): string {
  return `${row.name}: ${row.measured} — ${row.pass ? "pass" : "fail"}`;
}

interface Props {
  rows: readonly Row[];
  caption: string;
  /** Given once the data has loaded: choosing a row lists its images. */
  onPick?: ((row: number | null) => void) | undefined;
  picked?: number | null;
}

export function BehaviourTable({ rows, caption, onPick, picked = null }: Props) {
  const failing = rows.filter((row) => !row.pass).length;
  return (
    <section class="wc-table-scroll" aria-label={caption} tabIndex={0}>
      <table class="wc-tests">
        <caption>
          {caption}: {failing === 0 ? `all ${rows.length} tests pass` : `${failing} of ${rows.length} fail`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Measured</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} class={row.pass ? "wc-pass" : "wc-fail"} data-kind={row.kind} data-digit={row.digit}>
              <th scope="row">
                {onPick ? (
                  <button
                    type="button"
                    class="wc-row-pick"
                    aria-expanded={picked === i}
                    aria-controls={picked === i ? EXAMPLES_ID : undefined}
                    onClick={() => onPick(picked === i ? null : i)}
                  >
                    {row.name}
                  </button>
                ) : (
                  row.name
                )}
              </th>
              <td>{row.measured}</td>
              <td>
                <span class="wc-verdict">{row.pass ? "pass" : "fail"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
