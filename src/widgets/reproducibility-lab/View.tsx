/**
 * The reproducibility lab: a recipe card, a Rebuild button, and the result beside a lesson that
 * is always visible. Training runs in a Web Worker (or in slices on the main thread where a
 * sandbox refuses workers); the data files load only once the widget hydrates.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { PUBLISHED_LAB_RECIPE, type LabRecipe } from "../../core/nn/lab/choices.ts";
import type { RebuildReport } from "../../core/nn/lab/index.ts";
import { reportHeightToParent } from "../shared/auto-height.ts";
import { isEmbedded, workersAllowed } from "../shared/environment.ts";
import { ShareBar } from "../shared/ShareBar.tsx";
import { readSharedState } from "../shared/share-link.ts";
import { isPublished, labShareSpec, parseSeed, verdict, withChoice, type Field } from "./model.ts";
import type { Inputs } from "./pipeline.ts";
import { RecipeCard } from "./RecipeCard.tsx";
import { Results } from "./Results.tsx";
import { startRebuild, type RunningRebuild } from "./runner.ts";
import "./lab.css";

interface Props {
  /** On the /embed/ page: no chapter around it to scroll within. */
  embedded?: boolean;
  publishedHash: string;
  chapterPath: string;
  title: string;
  embedHeight: number;
}

interface Shown {
  recipe: LabRecipe;
  report: RebuildReport;
  seconds: number;
  where: string;
}

export default function View({ embedded = false, publishedHash, chapterPath, title, embedHeight }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [recipe, setRecipe] = useState<LabRecipe>(PUBLISHED_LAB_RECIPE);
  const [seedText, setSeedText] = useState(String(PUBLISHED_LAB_RECIPE.seed));
  const [seedError, setSeedError] = useState<string | null>(null);
  const [undo, setUndo] = useState<LabRecipe | null>(null);
  const [notice, setNotice] = useState("");
  const [fallbackNotice, setFallbackNotice] = useState("");
  const [progress, setProgress] = useState<{ step: number; totalSteps: number } | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState("");
  const [announce, setAnnounce] = useState("");
  const inputs = useRef<Promise<Inputs> | null>(null);
  const running = useRef<RunningRebuild | null>(null);

  useEffect(() => {
    setHydrated(true);
    inputs.current = import("./load.ts").then((m) => m.loadInputs());
    inputs.current.catch(() => undefined);
    const decoded = readSharedState(labShareSpec);
    if (decoded.kind === "ok") {
      apply(decoded.state);
      if (decoded.notice) setNotice(decoded.notice);
      if (!embedded && !isEmbedded()) root.current?.scrollIntoView();
    } else if (decoded.kind === "invalid") setNotice(decoded.notice);
    return () => running.current?.cancel();
  }, []);
  useEffect(() => (root.current ? reportHeightToParent(root.current) : undefined), []);

  const apply = (next: LabRecipe) => {
    setRecipe(next);
    setSeedText(String(next.seed));
    setSeedError(null);
  };

  const onSeed = (text: string) => {
    setSeedText(text);
    const parsed = parseSeed(text);
    setSeedError(parsed.ok ? null : parsed.message);
    if (parsed.ok) setRecipe((current) => ({ ...current, seed: parsed.seed }));
  };

  const reset = () => {
    if (isPublished(recipe) && seedError === null) return;
    setUndo(recipe);
    apply(PUBLISHED_LAB_RECIPE);
    setAnnounce("Recipe reset to the published one.");
  };

  const rebuild = async () => {
    if (seedError !== null) return;
    running.current?.cancel();
    const useWorker = workersAllowed();
    setFallbackNotice(
      useWorker
        ? ""
        : "This page may not start a background worker here (a sandboxed embed), so the rebuild runs on the page itself in small slices; it may feel slower.",
    );
    setError("");
    setProgress({ step: 0, totalSteps: 1 });
    setAnnounce("Rebuilding…");
    const started = performance.now();
    let files: Inputs;
    try {
      files = await (inputs.current ?? Promise.reject(new Error("not loaded")));
    } catch (reason) {
      setProgress(null);
      setError(`Could not load the data and weights (${reason instanceof Error ? reason.message : "network error"}).`);
      setAnnounce("The rebuild could not start.");
      return;
    }
    const asked = recipe;
    const job = startRebuild(asked, files, useWorker, setProgress);
    running.current = job;
    const result = await job.result;
    if (running.current !== job) return;
    running.current = null;
    setProgress(null);
    if (result.kind === "failed") {
      if (result.message !== "cancelled") setError(`The rebuild failed: ${result.message}`);
      return;
    }
    const seconds = (performance.now() - started) / 1000;
    setShown({
      recipe: asked,
      report: result.report,
      seconds,
      where: useWorker ? "in a Web Worker" : "on the main thread",
    });
    setAnnounce(`Rebuilt. ${verdict(result.report)}`);
  };

  return (
    <div class="lab" ref={root}>
      {/* Always rendered, shown only without scripting (lab.css): hydrating adds or removes nothing. */}
      <p class="lab-nojs">Turn on JavaScript to change the recipe and rebuild the model.</p>
      {notice && (
        <p class="lab-notice" role="status">
          {notice}
        </p>
      )}
      <div class="lab-layout">
        <div class="lab-recipe">
          <h3>The recipe</h3>
          <RecipeCard
            recipe={recipe}
            hydrated={hydrated}
            seedText={seedText}
            seedError={seedError}
            onChoice={(field: Field, value: string) => setRecipe((current) => withChoice(current, field, value))}
            onSeed={onSeed}
          />
        </div>
        <div class="lab-side">
          <div class="lab-actions">
            <button
              type="button"
              class="button-primary"
              disabled={!hydrated || seedError !== null}
              onClick={() => void rebuild()}
            >
              Rebuild
            </button>
            <button type="button" disabled={!hydrated} onClick={reset}>
              Reset to the published recipe
            </button>
            {undo && (
              <button
                type="button"
                onClick={() => {
                  apply(undo);
                  setUndo(null);
                  setAnnounce("Your recipe is back.");
                }}
              >
                Undo reset
              </button>
            )}
          </div>
          {fallbackNotice && <p class="lab-notice">{fallbackNotice}</p>}
          {progress && (
            <p class="lab-progress">
              <label for="lab-progress">
                Training, step {progress.step} of {progress.totalSteps}
              </label>
              <progress id="lab-progress" max={progress.totalSteps} value={progress.step} />
            </p>
          )}
          {error && <p class="lab-error">{error}</p>}
          <p class="lab-published">
            Published weights’ SHA-256: <code>{publishedHash}</code>
          </p>
          <aside class="lab-lesson" aria-label="What the lab shows">
            <p>
              <strong>Bit for bit needs every ingredient.</strong> Rebuild the published recipe and the hash matches.
              Change any one ingredient — even only the order of a sum or the exponential function — and the hash
              differs.
            </p>
            <p>
              <strong>Behaviour can stay close while the bits differ.</strong> Most changes move every weight a little
              but flip only a few of the 359 test answers. Fixing the labels changes the bits <em>and</em> what the
              model does: that is where the bug lived.
            </p>
            <p>
              <strong>A different engine’s exp alone breaks it.</strong> The standard lets each browser approximate{" "}
              <code>Math.exp</code>, so the published hash was made with our own exp from + − × ÷.
            </p>
          </aside>
          {shown && <Results {...shown} />}
        </div>
      </div>
      {/* Server-rendered disabled (hidden without scripting, lab.css): hydrating adds nothing. */}
      <ShareBar
        spec={labShareSpec}
        chapterPath={chapterPath}
        title={title}
        getState={() => recipe}
        embedHeight={embedHeight}
        disabled={!hydrated}
      />
      <p class="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}
