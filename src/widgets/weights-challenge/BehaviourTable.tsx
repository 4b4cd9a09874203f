/**
 * The behaviour tests, in the binary challenge's style: one row per digit, the held-out accuracy,
 * pass or fail in words (never colour alone), and what a failing digit is mostly read as. The
 * same component renders the build-time table (published weights) and the live one.
 */
import { percent } from "./model.ts";
import type { Row } from "./rows.ts";

export type { Row };

export function rowSummary(row: Row): string {
  const confused = !row.pass && row.confusedWith !== null ? ` — mostly read as ${row.confusedWith}` : "";
  return `${row.digit}: ${percent(row.accuracy)} — ${row.pass ? "pass" : "fail"}${confused}`;
}

export function BehaviourTable({ rows, caption }: { rows: readonly Row[]; caption: string }) {
  const failing = rows.filter((row) => !row.pass).length;
  return (
    <section class="wc-table-scroll" aria-label={caption} tabIndex={0}>
      <table class="wc-tests">
        <caption>
          {caption}: {failing === 0 ? "every test passes" : `${failing} of ${rows.length} fail`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Test: recognises</th>
            <th scope="col">Held-out accuracy (pass ≥ 90 %)</th>
            <th scope="col">Result</th>
            <th scope="col">Mostly read as</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.digit} class={row.pass ? "wc-pass" : "wc-fail"} data-digit={row.digit}>
              <th scope="row">{row.digit}s</th>
              <td>{percent(row.accuracy)}</td>
              <td>
                <span class="wc-verdict">{row.pass ? "pass" : "fail"}</span>
              </td>
              <td>{!row.pass && row.confusedWith !== null ? row.confusedWith : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
