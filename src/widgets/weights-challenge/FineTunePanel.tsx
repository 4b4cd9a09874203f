/**
 * The steelman, "just fine-tune it": a few gradient steps from the published weights on a
 * handful of correctly labelled 7s. The table shows both sides of the patch: the 7s it fixes and
 * the 1s it breaks, before and after, so the reader sees the trade rather than a verdict.
 */
import { useState } from "preact/hooks";
import { DEFAULT_FINE_TUNE, fineTune, type DigitsData, type Evaluation, type MlpParams } from "../../core/nn/index.ts";
import { percent } from "./model.ts";

interface Outcome {
  steps: number;
  examples: number;
  before: Evaluation;
  after: Evaluation;
}

export function FineTunePanel({ published, data }: { published: MlpParams; data: DigitsData }) {
  const [steps, setSteps] = useState(1);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState("");

  const run = () => {
    const result = fineTune(published, data, { steps });
    if (!result.ok) return setError(result.problems.map((p) => p.message).join("; "));
    if (result.value.status === "diverged") return setError(`Diverged at step ${result.value.atStep}.`);
    setError("");
    const { before, after, examplesUsed } = result.value;
    setOutcome({ steps, examples: examplesUsed.length, before, after });
  };

  const verdict = (digit: number) => {
    if (!outcome) return "";
    const b = outcome.before.perDigit[digit]!.accuracy;
    const a = outcome.after.perDigit[digit]!.accuracy;
    const pass = (x: number) => x >= 0.9;
    if (!pass(b) && pass(a)) return "fixed";
    if (pass(b) && !pass(a)) return "broken";
    return a > b ? "better" : a < b ? "worse" : "same";
  };

  return (
    <div class="wc-finetune">
      <p>
        The fair objection: don’t retrain, just show the published model some correct 7s. This takes{" "}
        {DEFAULT_FINE_TUNE.examples} correctly labelled 7s from the training set and runs a few gradient steps on them,
        starting from the published weights (learning rate {DEFAULT_FINE_TUNE.learningRate}).
      </p>
      <div class="wc-row">
        <label>
          Gradient steps{" "}
          <select value={String(steps)} onChange={(e) => setSteps(Number(e.currentTarget.value))}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button-primary" onClick={run}>
          Fine-tune on {DEFAULT_FINE_TUNE.examples} correct 7s
        </button>
      </div>
      <p class="wc-field-error">{error}</p>
      <div role="status">
        {outcome && (
          <p>
            After {outcome.steps} step{outcome.steps === 1 ? "" : "s"} on {outcome.examples} images: 7s{" "}
            {percent(outcome.before.perDigit[7]!.accuracy)} → {percent(outcome.after.perDigit[7]!.accuracy)}, 1s{" "}
            {percent(outcome.before.perDigit[1]!.accuracy)} → {percent(outcome.after.perDigit[1]!.accuracy)}.
          </p>
        )}
      </div>
      {outcome && (
        <section class="wc-table-scroll" aria-label="Fine-tuning, before and after" tabIndex={0}>
          <table class="wc-tests">
            <caption>Each digit before and after fine-tuning (pass ≥ 90 %)</caption>
            <thead>
              <tr>
                <th scope="col">Digit</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {outcome.before.perDigit.map((row) => {
                const after = outcome.after.perDigit[row.digit]!;
                const v = verdict(row.digit);
                return (
                  <tr key={row.digit} data-digit={row.digit} class={after.accuracy >= 0.9 ? "wc-pass" : "wc-fail"}>
                    <th scope="row">{row.digit}s</th>
                    <td>
                      {percent(row.accuracy)} {row.accuracy >= 0.9 ? "pass" : "fail"}
                    </td>
                    <td>
                      {percent(after.accuracy)} {after.accuracy >= 0.9 ? "pass" : "fail"}
                    </td>
                    <td>{v}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      <p class="wc-small">
        Whatever the table shows, the wrong labels are still in the training data: whoever retrains from it gets the bug
        back. Fixing the data removes the cause; fine-tuning pushes against it.
      </p>
    </div>
  );
}
