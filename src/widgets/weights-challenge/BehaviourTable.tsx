/**
 * The behaviour tests, in the binary challenge's style: one row per test (src/core/nn/suite.ts),
 * what was measured, and pass or fail in words (never colour alone). The same component renders
 * the build-time table (published weights) and the live one.
 */
import type { Row } from "./rows.ts";

export type { Row };

export function rowSummary(row: Row): string {
  return `${row.name}: ${row.measured} — ${row.pass ? "pass" : "fail"}`;
}

export function BehaviourTable({ rows, caption }: { rows: readonly Row[]; caption: string }) {
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
              <th scope="row">{row.name}</th>
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
