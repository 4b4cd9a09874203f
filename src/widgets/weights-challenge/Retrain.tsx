/**
 * Retraining in the page: the same core trainer as `npm run train`, in a Web Worker (or in
 * main-thread slices where workers are refused), with a progress bar, a live loss curve and the
 * new hash next to the published one. An absurd learning rate ends as "diverged", never NaN.
 *
 * The main thread's share of a run is kept in small tasks: the worker's progress messages (several
 * a frame on a slow phone) are drawn once a frame, the result text does not re-render with them,
 * and the finished run reaches the rest of the widget a task after its result line.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { DEFAULT_RECIPE, validateRecipe, type DataEdit } from "../../core/nn/index.ts";
import type { ChallengeData } from "./rows.ts";
import { workersAllowed } from "../shared/environment.ts";
import { HashLine } from "./HashLine.tsx";
import { parseLearningRate } from "./model.ts";
import { startTrainingAfterPaint, type Trained, type TrainedOn, type TrainJob, type TrainResult } from "./trainer.ts";
import { LossCurve } from "./Thumbs.tsx";
import { enterRunsAction } from "../shared/sandbox-safe-form.ts";
import { recordRetrain } from "./payoff.ts";
import { memo } from "../shared/memo.ts";
import { yieldToMain } from "../shared/yield.ts";

interface Props {
  data: ChallengeData;
  edits: readonly DataEdit[];
  /** True when the edits give exactly the true labels with nothing left out. */
  isFixedData: boolean;
  learningRate: number;
  setLearningRate: (rate: number) => void;
  weightEditCount: number;
  publishedSha256: string;
  onTrained: (result: Trained, on: TrainedOn) => void;
}

export function Retrain(props: Props) {
  const [lrText, setLrText] = useState(String(props.learningRate));
  const [lrError, setLrError] = useState("");
  const [losses, setLosses] = useState<number[]>([]);
  const [progress, setProgress] = useState({ step: 0, total: 0 });
  const [result, setResult] = useState<ShownResult | null>(null);
  const [running, setRunning] = useState(false);
  const job = useRef<TrainJob | null>(null);
  /** The animation frame that will draw the progress received since the last one. */
  const frame = useRef(0);
  const [canUseWorker] = useState(workersAllowed);
  useEffect(
    () => () => {
      job.current?.cancel();
      cancelAnimationFrame(frame.current);
    },
    [],
  );

  const retrain = () => {
    const rate = parseLearningRate(lrText);
    if (!rate.ok) return setLrError(rate.message);
    setLrError("");
    // Setting the same rate again would re-render the whole data panel for nothing.
    if (rate.value !== props.learningRate) props.setLearningRate(rate.value);
    const recipe = validateRecipe(
      { ...DEFAULT_RECIPE, learningRate: rate.value, edits: props.edits },
      props.data.train.count,
      props.data.batchNames,
    );
    if (!recipe.ok) return setLrError(recipe.problems.map((p) => `${p.where}: ${p.message}`).join("; "));
    const defaultRate = rate.value === DEFAULT_RECIPE.learningRate;
    const recipeNote: [string, string, string] = !defaultRate
      ? [
          "With a learning rate other than 0.05, ",
          "npm run train",
          " cannot reproduce this run: it uses the default recipe.",
        ]
      : props.edits.length === 0
        ? ["Run ", "npm run train", " to get this hash on your machine."]
        : props.isFixedData
          ? [
              "These are exactly the true labels: run ",
              "npm run train -- --data fixed",
              " to get this hash on your machine.",
            ]
          : [
              "The same data and recipe give this hash on any machine; ",
              "npm run train -- --data fixed",
              " trains the fully corrected labels.",
            ];
    setLosses([]);
    setProgress({ step: 0, total: 0 });
    setResult(null);
    setRunning(true);
    const startedAt = performance.now();
    const collected: number[] = [];
    let latest = { step: 0, total: 0 };
    const draw = () => {
      frame.current = 0;
      setLosses(collected.slice());
      setProgress(latest);
    };
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    const started = startTrainingAfterPaint(recipe.value, props.data, canUseWorker, (p) => {
      collected.push(...p.losses);
      latest = { step: p.step, total: p.totalSteps };
      frame.current ||= requestAnimationFrame(draw);
    });
    job.current = started;
    void started.result.then(async (outcome) => {
      job.current = null;
      if (frame.current) {
        cancelAnimationFrame(frame.current);
        draw();
      }
      setRunning(false);
      const seconds = (performance.now() - startedAt) / 1000;
      setResult({ ...outcome, seconds, where: started.where, recipeNote });
      if (outcome.kind === "trained") {
        // The new weights re-render the whole widget (tests, hash): in a task of their own.
        await yieldToMain();
        props.onTrained(outcome, { edits: props.edits, learningRate: rate.value });
        await yieldToMain();
        recordRetrain(props.edits.length, seconds, outcome.sha256, outcome.rows);
      }
    });
  };

  return (
    <div class="wc-retrain">
      <h3 class="wc-h">Retrain from scratch on this data</h3>
      {!canUseWorker && (
        <p class="wc-notice">
          This page may not start a background worker here (a sandboxed frame), so training runs on the main thread in
          small slices. It gives the same bits, just less smoothly.
        </p>
      )}
      <div
        class="wc-row"
        onKeyDown={enterRunsAction(() => {
          if (!running) retrain();
        })}
      >
        <label>
          Learning rate{" "}
          <input
            class="wc-num"
            inputMode="decimal"
            value={lrText}
            aria-invalid={lrError !== ""}
            aria-describedby="wc-lr-error"
            onInput={(event) => setLrText(event.currentTarget.value)}
          />
        </label>
        <button type="button" class="button-primary" disabled={running} onClick={retrain}>
          Retrain
        </button>
        {/* Always there (disabled when idle), so starting and ending a run moves nothing on the page. */}
        <button type="button" disabled={!running} onClick={() => job.current?.cancel()}>
          Cancel
        </button>
      </div>
      <p id="wc-lr-error" class="wc-field-error">
        {lrError}
      </p>
      <p class="wc-small">
        Recipe: seed 1, 32 hidden units, momentum 0.9, 20 epochs, batches of 32; the published run used learning rate
        0.05.
        {props.weightEditCount > 0 &&
          ` Retraining replaces the current weights, including your ${props.weightEditCount} weight edits.`}
      </p>
      <label class="wc-progress">
        Training progress{" "}
        <progress max={progress.total || 1} value={progress.step}>
          {progress.step} of {progress.total} steps
        </progress>{" "}
        {/* One text node: a number growing inside it moves no other text. */}
        <span class="wc-steps">{`step ${progress.step} of ${progress.total || "…"}`}</span>
      </label>
      <LossCurve losses={losses} totalSteps={progress.total} />
      {/* The result's box is as tall as the tallest result (an invisible copy of it sits in the same
          grid cell), so the result appearing at the end of a run shifts nothing below it. */}
      <ResultBox result={result} publishedSha256={props.publishedSha256} />
    </div>
  );
}

/** Memoised: progress re-renders Retrain several times a second, and this changes only at a run's end. */
const ResultBox = memo(function ResultBox({
  result,
  publishedSha256,
}: {
  result: ShownResult | null;
  publishedSha256: string;
}) {
  return (
    <div class="wc-result-box">
      <div role="status" class="wc-train-result">
        {/* Keyed, so a result replaces the placeholder's nodes instead of moving its text. */}
        {result ? (
          <div key="result">
            <ResultText result={result} publishedSha256={publishedSha256} />
          </div>
        ) : (
          <p key="placeholder" class="wc-hash">
            When a run ends, its weights’ SHA-256 appears here, next to the published one:{" "}
            <code class="wc-sha">{publishedSha256}</code>
          </p>
        )}
      </div>
      <div class="wc-result-ghost" aria-hidden="true">
        <ResultText result={TALLEST_RESULT} publishedSha256={publishedSha256} />
      </div>
    </div>
  );
});

/** What the result line shows of a run (the weights themselves go to the view through onTrained). */
type ShownResult = (Exclude<TrainResult, { kind: "trained" }> | { kind: "trained"; sha256: string }) & {
  seconds: number;
  where: string;
  recipeNote: [string, string, string];
};

/** Stands in for the tallest result text when reserving its space; never shown. */
const TALLEST_RESULT: ShownResult = {
  kind: "trained",
  sha256: "0".repeat(64),
  seconds: 10,
  where: "main thread",
  recipeNote: [
    "The same data and recipe give this hash on any machine; ",
    "npm run train -- --data fixed",
    " trains the fully corrected labels.",
  ],
};

function ResultText({ result, publishedSha256 }: { result: ShownResult; publishedSha256: string }) {
  if (result.kind === "diverged")
    return (
      <p class="wc-error">
        Diverged: training stopped at step {result.atStep}, because the loss exploded. The weights were not changed. Try
        a smaller learning rate, such as 0.05.
      </p>
    );
  if (result.kind === "failed") return <p class="wc-error">{result.message}</p>;
  return (
    <>
      <p>
        Trained in {result.seconds.toFixed(2)} s ({result.where === "worker" ? "in a Web Worker" : "on the main thread"}
        ). The tests above now show the new weights.
      </p>
      <HashLine sha256={result.sha256} publishedSha256={publishedSha256} label="SHA-256 of the retrained weights" />
      <p class="wc-small">
        {result.recipeNote[0]}
        <code>{result.recipeNote[1]}</code>
        {result.recipeNote[2]}
      </p>
    </>
  );
}
