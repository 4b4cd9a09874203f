/**
 * The behaviour tests as a table: one row per group (pass or fail in words, never colour alone),
 * then the individual probes that matter. The same component renders the build-time table
 * (published weights) and every live one.
 */
import type { Report } from "./report.ts";

export function BehaviourTable({ report, caption }: { report: Report; caption: string }) {
  const failing = report.groups.filter((g) => g.passed < g.required).length;
  return (
    <section class="lm-table-scroll" aria-label={caption} tabIndex={0}>
      <table class="lm-tests">
        <caption>
          {caption}: {failing === 0 ? "every test passes" : `${failing} of ${report.groups.length} tests fail`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Right</th>
            <th scope="col">Needs</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {report.groups.map((g) => (
            <tr key={g.group} class={g.passed >= g.required ? "lm-pass" : "lm-fail"} data-group={g.group}>
              <th scope="row">{g.group}</th>
              <td>
                {g.passed} of {g.total}
              </td>
              <td>{g.required}</td>
              <td>
                <span class="lm-verdict">{g.passed >= g.required ? "pass" : "fail"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details class="lm-probes">
        <summary>The prompts behind these tests</summary>
        <ul>
          {report.probes.map((p) => (
            <li key={`${p.group}:${p.prompt}`} class={p.passed ? "lm-pass" : "lm-fail"}>
              <span class="lm-verdict">{p.passed ? "ok" : "wrong"}</span> <em>{p.prompt}</em> → <strong>{p.top}</strong>
              {!p.passed && <> (should be {p.answer})</>} <span class="lm-small">[{p.group}]</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
