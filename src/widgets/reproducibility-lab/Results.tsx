/**
 * A rebuild's result, bits first and behaviour second: the two hashes and the verdict in words,
 * the map of moved weights, then what the model does differently on the 359 held-out images.
 */
import type { LabRecipe, RebuildReport } from "../../core/nn/lab/index.ts";
import { DiffPicture } from "./DiffPicture.tsx";
import { behaviourSummary, bitsSummary, changedSummary, perDigitRows, resultLesson, verdict } from "./model.ts";

interface Props {
  recipe: LabRecipe;
  report: RebuildReport;
  seconds: number;
  where: string;
}

export function Results({ recipe, report, seconds, where }: Props) {
  const trained = report.status === "trained";
  const bits = bitsSummary(report);
  return (
    <section class="lab-results" aria-labelledby="lab-results-title">
      <h3 id="lab-results-title">Rebuilt: {changedSummary(recipe)}</h3>
      <p class={`lab-verdict ${report.match ? "lab-match" : "lab-differs"}`}>{verdict(report)}</p>
      <dl class="lab-hashes">
        <dt>Rebuilt SHA-256</dt>
        <dd>
          <code>{report.hash ?? "none"}</code>
        </dd>
        <dt>Published SHA-256</dt>
        <dd>
          <code>{report.publishedHash}</code>
        </dd>
      </dl>
      <p class="lab-meta">
        Trained in {seconds.toFixed(1)} s, {where}.
      </p>
      {trained && <p>{resultLesson(recipe, report)}</p>}
      {trained && (
        <>
          <h4>The bits</h4>
          <p>{bits}</p>
          {report.sameShape && <DiffPicture bins={report.bins} hiddenUnits={report.hiddenUnits} summary={bits} />}
          <h4>The behaviour</h4>
          <p class="lab-behaviour">{behaviourSummary(report)}</p>
          <section class="table-scroll" tabIndex={0} aria-label="Per-digit accuracy, rebuilt and published">
            <table class="lab-digits">
              <caption>Correct answers per digit on the held-out test images</caption>
              <thead>
                <tr>
                  <th scope="col">Digit</th>
                  <th scope="col">Published</th>
                  <th scope="col">Rebuilt</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {perDigitRows(report).map((row) => (
                  <tr key={row.digit}>
                    <th scope="row">{row.digit}</th>
                    <td>{row.published}</td>
                    <td>{row.rebuilt}</td>
                    <td>{row.change === 0 ? "same" : row.change > 0 ? `+${row.change}` : `−${-row.change}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </section>
  );
}
