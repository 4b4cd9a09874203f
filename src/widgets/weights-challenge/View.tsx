/**
 * The weights challenge: the published digits model fails its 7s tests; the reader tries to fix
 * it by editing weights (with the results of an exhaustive search of single edits beside them),
 * by the strongest weights-only repairs (a rank-one edit, a fine-tune with replay), and by fixing
 * the training data and retraining (which reproduces bit for bit). Server-rendered, it is the
 * no-JavaScript version: the build-time test table and a picture of the weights.
 *
 * Once live, each test in the table lists the images it counts wrong (RowExamples.tsx), which open
 * in "Try it". A share link carries the edits and, when the model was retrained on exactly those
 * data edits, the retrained weights' hash: opening it retrains and compares (link-retrain.tsx).
 *
 * What hydrates on view is only this shell over the build-time table, hash and picture. The core,
 * the data and the weights (live.ts and about 60 KB of data) load when the reader presses "Start
 * the challenge" or arrives by a share link; the heavier panels load when first opened. The start
 * line has the same shape with and without JavaScript, so hydrating moves nothing on the page.
 */
import "./weights-challenge.css";
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { reportHeightToParent } from "../shared/auto-height.ts";
import { ShareBar } from "../shared/ShareBar.tsx";
import { readSharedState } from "../shared/share-link.ts";
import { BehaviourTable, rowSummary, type Row } from "./BehaviourTable.tsx";
import { HashLine } from "./HashLine.tsx";
import type { DataEdit } from "../../core/nn/edits.ts";
import type * as LinkRetrainModule from "./link-retrain.tsx";
import type { LinkRun } from "./link-retrain.tsx";
import type { ShowRequest } from "./TryIt.tsx";
import type { Trained, TrainedOn } from "./trainer.ts";
import { useLive } from "./use-live.ts";
import { DEFAULT_STATE, fromShared, SHARE_SPEC, shareSize, toShared, type Panel, type WidgetState } from "./model.ts";
import { recordWeightEdits } from "./payoff.ts";
import { formatCount } from "../../core/format/count.ts";

// The heavier panels load when first opened.
const loaders = {
  weights: () => import("./WeightsPanel.tsx"),
  data: () => import("./DataPanel.tsx"),
  finetune: () => import("./FineTunePanel.tsx"),
};
type LinkModule = typeof LinkRetrainModule;
interface Modules {
  weights?: Awaited<ReturnType<typeof loaders.weights>>;
  data?: Awaited<ReturnType<typeof loaders.data>>;
  finetune?: Awaited<ReturnType<typeof loaders.finetune>>;
}

interface Props {
  embedded?: boolean;
  chapterPath: string;
  title: string;
  embedHeight: number;
  publishedRows: Row[];
  publishedSha256: string;
  children?: ComponentChildren;
}

const PANEL_NAMES: Record<Panel, string> = {
  try: "Try it",
  weights: "Edit the weights",
  data: "Fix the data",
  finetune: "Rank-one edit, fine-tune",
};

export default function View(props: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [state, setState] = useState<WidgetState>(DEFAULT_STATE);
  const [notice, setNotice] = useState("");
  const [retrained, setRetrained] = useState<Trained | null>(null);
  /** The data edits and learning rate `retrained` was trained on. */
  const [trainedOn, setTrainedOn] = useState<TrainedOn | null>(null);
  /** The test-table row whose images are listed, and the test image "Try it" is asked to show. */
  const [pickedRow, setPickedRow] = useState<number | null>(null);
  const [tryRequest, setTryRequest] = useState<ShowRequest | null>(null);
  const [showing, setShowing] = useState<number | null>(null);
  /** A retrain a share link asked for (link-retrain.tsx, loaded only then). */
  const [linkRun, setLinkRun] = useState<LinkRun | null>(null);
  const [linkUi, setLinkUi] = useState<LinkModule | null>(null);
  const linkedRetrain = useRef("");
  const rootRef = useRef<HTMLDivElement>(null);
  /** The state a share link asked for, applied once the data has loaded and its edits check out. */
  const linked = useRef<WidgetState | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const tabsRef = useRef<HTMLDivElement>(null);
  /** The start button had focus when the widget became ready: give it to the open panel's tab. */
  const moveFocus = useRef(false);

  const { phase, ready, failure, start } = useLive(props.publishedSha256, (live, result) => {
    let initial = linked.current ?? DEFAULT_STATE;
    if (result.ok && initial.dataEdits.length > 0) {
      const checked = live.validateEdits(initial.dataEdits, result.data.train.count, result.data.batchNames);
      if (!checked.ok) {
        setNotice(
          `This link's data edits do not fit the data (${checked.problems[0]?.where}), so the default is shown.`,
        );
        initial = DEFAULT_STATE;
      }
    }
    if (linkedRetrain.current && result.ok && initial !== DEFAULT_STATE) {
      // The link's weight edits were made on its retrained model: they apply once it is rebuilt.
      const weights = initial.weightEdits;
      const on: TrainedOn = { edits: initial.dataEdits, learningRate: initial.learningRate };
      const expected = linkedRetrain.current;
      initial = { ...initial, weightEdits: [] };
      import("./link-retrain.tsx")
        .then((module) => {
          setLinkUi(module);
          module.startLinkRetrain(result.data, on.edits, on.learningRate, expected, setLinkRun, (trained) => {
            setRetrained(trained);
            setTrainedOn(on);
            setState((s) => ({ ...s, weightEdits: s.weightEdits.length > 0 ? s.weightEdits : weights }));
          });
        })
        .catch(() => setNotice("This link records a retrain, but its code could not be loaded. Reload to try again."));
    }
    if (linked.current) setState((s) => ({ ...initial, panel: s.panel }));
    linked.current = null;
    moveFocus.current = result.ok && document.activeElement === startRef.current;
  });

  useEffect(() => {
    setHydrated(true);
    const shared = readSharedState(SHARE_SPEC);
    if (shared.kind === "ok") {
      linked.current = fromShared(shared.state);
      linkedRetrain.current = shared.state.r;
      setState((s) => ({ ...s, panel: linked.current!.panel }));
      if (shared.notice) setNotice(shared.notice);
      if (!props.embedded) rootRef.current?.scrollIntoView();
      start();
    } else if (shared.kind === "invalid") setNotice(shared.notice);
    return rootRef.current ? reportHeightToParent(rootRef.current) : undefined;
  }, []);

  useEffect(() => {
    if (phase !== "ready" || !moveFocus.current) return;
    moveFocus.current = false;
    tabsRef.current?.querySelector<HTMLButtonElement>('[aria-pressed="true"]')?.focus();
  }, [phase]);

  const base = retrained?.params ?? ready?.published ?? null;
  const current = useMemo(
    () => (base && ready ? ready.live.withWeightEdits(base, state.weightEdits) : null),
    [base, state.weightEdits],
  );
  // Unedited weights come with their table and hash: the published ones from the build (same core
  // and data; loadChallenge checked the weights' SHA-256), a retrained model from its worker.
  const edited = current !== null && ready !== null && state.weightEdits.length > 0;
  const rows = useMemo<Row[]>(
    () => (edited ? ready.live.testRows(current, ready.data) : (retrained?.rows ?? props.publishedRows)),
    [current, edited],
  );
  const sha256 = useMemo(
    () => (edited ? ready.live.weightsSha256(current) : (retrained?.sha256 ?? props.publishedSha256)),
    [current, edited],
  );
  const [announce, setAnnounce] = useState("");
  useEffect(() => {
    if (!ready) return;
    const passing = rows.filter((row) => row.pass).length;
    setAnnounce(`Tests re-run: ${passing} of ${rows.length} pass. ${rowSummary(rows[7]!)}.`);
    if (edited) recordWeightEdits(state.weightEdits.length, rows);
  }, [rows]);

  const [modules, setModules] = useState<Modules>({});
  const [moduleError, setModuleError] = useState("");
  useEffect(() => {
    const panel = state.panel;
    // A panel's code loads alongside the data once the reader has started, not only after it.
    if (phase === "idle" || panel === "try" || modules[panel]) return;
    setModuleError("");
    loaders[panel]()
      .then((module) => setModules((m) => ({ ...m, [panel]: module })))
      .catch(() => setModuleError("This panel could not be loaded. Check the connection and reload the page."));
  }, [phase, state.panel]);
  const WeightsPanel = modules.weights?.WeightsPanel;
  const DataPanel = modules.data?.DataPanel;
  const FineTunePanel = modules.finetune?.FineTunePanel;

  const setPanel = (panel: Panel) => setState((s) => ({ ...s, panel }));
  // A link records the retrain only if the model was trained on exactly the edits it carries.
  const sharedRetrain =
    retrained && trainedOn && sameTraining(trainedOn, state.dataEdits, state.learningRate) ? retrained.sha256 : "";
  const size = useMemo(() => shareSize(state, sharedRetrain), [state, sharedRetrain]);
  const predicted = useMemo(
    () => (ready && current && pickedRow !== null ? ready.live.testPredictions(current, ready.data) : null),
    [current, pickedRow !== null],
  );
  const pickedRowData = pickedRow === null ? undefined : rows[pickedRow];
  const panelReady = state.panel === "try" || modules[state.panel] !== undefined;

  return (
    <div class="wc" ref={rootRef}>
      <p class="wc-intro">
        A small network (64 pixels → 32 hidden units → 10 digits, 2,410 weights) trained on data where one labelling
        batch marked the 7s written without a crossbar as “1”. Thirteen tests check each digit on 359 test images,
        confusions between digits, regressions, and a second held-out set of 269 images the page never shows.
      </p>
      {notice && (
        <p class="wc-notice" role="status">
          {notice}
        </p>
      )}
      {linkRun && linkUi && <linkUi.LinkRetrainNotice run={linkRun} />}
      <BehaviourTable
        onPick={ready ? setPickedRow : undefined}
        picked={pickedRow}
        rows={rows}
        caption={
          retrained && current
            ? "Behaviour tests, retrained weights"
            : current && state.weightEdits.length > 0
              ? "Behaviour tests, your edited weights"
              : "Behaviour tests, published weights"
        }
      />
      {ready && <p class="wc-small">Choose a test to list the images it counts wrong and open them in “Try it”.</p>}
      {ready && predicted && pickedRowData && (
        <ready.live.RowExamples
          row={pickedRowData}
          test={ready.data.test}
          predicted={predicted}
          reference={ready.data.reference}
          showing={state.panel === "try" ? showing : null}
          onShow={(image) => {
            setTryRequest((r) => ({ image, seq: (r?.seq ?? 0) + 1 }));
            setPanel("try");
          }}
          onClose={() => {
            rootRef.current?.querySelectorAll<HTMLButtonElement>(".wc-row-pick")[pickedRow!]?.focus();
            setPickedRow(null);
          }}
        />
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <HashLine sha256={sha256} publishedSha256={props.publishedSha256} label="SHA-256 of the current weights" />
      {!ready && (
        <div class="wc-start">
          {failure && (
            <p class="wc-error" role="alert">
              {failure} Press the button to try again.
            </p>
          )}
          <p>
            <button
              type="button"
              class="button-primary"
              ref={startRef}
              // Not `disabled` before hydration: a disabled button is skipped by Tab, and the island
              // hydrates only once it is on screen, so a keyboard reader tabbing down the chapter
              // would pass the widget without ever reaching (or revealing) it. Focusing it scrolls
              // it into view, which hydrates it; until then it says it is unavailable.
              aria-disabled={hydrated ? phase === "loading" : true}
              aria-describedby="wc-start-note"
              onPointerDown={start}
              onClick={start}
            >
              Start the challenge
            </button>{" "}
            <span id="wc-start-note" class="wc-small">
              {!hydrated
                ? "Turn on JavaScript to draw digits, edit the weights, fix the data and retrain; in a frame that blocks scripts, open the chapter."
                : phase === "loading"
                  ? "Loading the 1,797 digit images and the published weights (about 60 KB)…"
                  : "Draw digits, edit the weights, fix the data and retrain. It loads the 1,797 digit images and the published weights (about 60 KB)."}
            </span>
          </p>
        </div>
      )}
      {!ready && props.children}
      {ready && current && (
        <>
          <div class="wc-tabs" role="group" aria-label="Panels" ref={tabsRef}>
            {(Object.keys(PANEL_NAMES) as Panel[]).map((panel) => (
              <button
                type="button"
                key={panel}
                aria-pressed={state.panel === panel}
                aria-controls="wc-panel"
                onClick={() => setPanel(panel)}
              >
                {PANEL_NAMES[panel]}
              </button>
            ))}
          </div>
          <section id="wc-panel" class="wc-panel" aria-label={PANEL_NAMES[state.panel]}>
            {!panelReady && (
              <p class={moduleError ? "wc-error" : "wc-loading"}>{moduleError || "Loading this panel…"}</p>
            )}
            {state.panel === "try" && (
              <ready.live.TryIt params={current} test={ready.data.test} request={tryRequest} onShowing={setShowing} />
            )}
            {state.panel === "weights" && WeightsPanel && (
              <WeightsPanel
                state={state}
                setState={setState}
                base={base!}
                current={current}
                sha256={sha256}
                publishedSha256={props.publishedSha256}
                retrained={retrained !== null}
                onBackToPublished={() => {
                  setRetrained(null);
                  setTrainedOn(null);
                }}
              />
            )}
            {state.panel === "data" && DataPanel && (
              <DataPanel
                state={state}
                setState={setState}
                data={ready.data}
                publishedSha256={props.publishedSha256}
                onTrained={(result, on) => {
                  setRetrained(result);
                  setTrainedOn(on);
                  setState((s) => ({ ...s, weightEdits: [] }));
                }}
              />
            )}
            {state.panel === "finetune" && FineTunePanel && (
              <FineTunePanel published={ready.published} data={ready.data} />
            )}
          </section>
        </>
      )}
      {ready && current && (
        <div class="wc-share">
          {size.fits ? (
            <ShareBar
              spec={SHARE_SPEC}
              chapterPath={props.chapterPath}
              title={props.title}
              getState={() => toShared(state, sharedRetrain)}
              embedHeight={props.embedHeight}
            />
          ) : (
            <p class="wc-error">
              These edits are too many for a link ({formatCount(size.chars)} characters; the limit is 8,192). Undo some
              to share this state.
            </p>
          )}
          {retrained && (
            <p class="wc-small">
              {sharedRetrain
                ? "The link records your retrain: opening it retrains on the same data edits and compares the SHA-256."
                : "The link holds your data edits, not your retrained model, which was trained on other edits: retrain to include it."}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function sameTraining(on: TrainedOn, edits: readonly DataEdit[], learningRate: number): boolean {
  return on.learningRate === learningRate && JSON.stringify(on.edits) === JSON.stringify(edits);
}
