/**
 * The test table: arguments, expected, actual and a pass/fail word per row (never colour alone),
 * with a fault's sentence in place of a result. The same markup is the no-JavaScript table.
 */
import type { ArgValue } from "../../core/asm/index.ts";
import { formatArgs, type RowView } from "./results.ts";
import { memo } from "../shared/memo.ts";

interface Props {
  caption: string;
  tests: readonly { args: ArgValue[]; expected: number }[];
  rows: readonly RowView[];
  /** When set, a note that the results are for an earlier listing. */
  stale?: boolean;
  onGoToLine?: ((line: number) => void) | undefined;
}

export const TestTable = memo(function TestTable({ caption, tests, rows, stale = false, onGoToLine }: Props) {
  const passed = rows.filter((row) => row.pass).length;
  return (
    <section class="table-scroll bc-tests" tabIndex={0} aria-label={caption}>
      <table>
        <caption>
          {caption}: {passed} of {rows.length} pass
          {stale ? " (for an earlier version of the listing: run the tests again)" : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Arguments</th>
            <th scope="col">Expected</th>
            <th scope="col">Actual</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {tests.map((test, i) => {
            const row = rows[i];
            return (
              <tr key={i} class={row ? (row.pass ? "bc-pass" : "bc-fail") : ""}>
                <td>
                  <code>{formatArgs(test.args)}</code>
                </td>
                <td>{test.expected}</td>
                <td>{row?.actual ?? "—"}</td>
                <td>
                  <strong>{row ? (row.pass ? "pass" : "fail") : "not run"}</strong>
                  {row?.note && (
                    <span class="bc-note">
                      {" "}
                      {row.note}
                      {onGoToLine && row.line !== null && (
                        <button type="button" class="bc-link" onClick={() => onGoToLine(row.line!)}>
                          Go to line {row.line}
                        </button>
                      )}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});
