/**
 * The weights challenge: the published digits model fails its 7s test; the reader tries to fix
 * it by editing weights (hopeless), by fine-tuning (fixes 7s, breaks 1s), and by fixing the
 * training data and retraining (works, and reproduces bit for bit). Server-rendered, it is the
 * no-JavaScript version: the build-time test table and a picture of the weights.
 */
import "./weights-challenge.css";
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { behaviourTable, evaluate, validateEdits, weightsSha256, type MlpParams } from "./core.ts";
import { reportHeightToParent } from "../shared/auto-height.ts";
import { ShareBar } from "../shared/ShareBar.tsx";
import { readSharedState } from "../shared/share-link.ts";
import { BehaviourTable, rowSummary, type Row } from "./BehaviourTable.tsx";
import { HashLine } from "./HashLine.tsx";
import { loadChallenge, type Loaded } from "./load.ts";
import {
  DEFAULT_STATE,
  fromShared,
  SHARE_SPEC,
  shareSize,
  toShared,
  withWeightEdits,
  type Panel,
  type WidgetState,
} from "./model.ts";
import { TryIt } from "./TryIt.tsx";

// The heavier panels load when first opened, so the island that hydrates on view stays small.
const loaders = {
  weights: () => import("./WeightsPanel.tsx"),
  data: () => import("./DataPanel.tsx"),
  finetune: () => import("./FineTunePanel.tsx"),
};
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
  finetune: "Just fine-tune it?",
};

export default function View(props: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [state, setState] = useState<WidgetState>(DEFAULT_STATE);
  const [notice, setNotice] = useState("");
  const [retrained, setRetrained] = useState<{ params: MlpParams; sha256: string } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setHydrated(true);
    const shared = readSharedState(SHARE_SPEC);
    let initial = DEFAULT_STATE;
    if (shared.kind === "ok") {
      initial = fromShared(shared.state);
      if (shared.notice) setNotice(shared.notice);
      if (!props.embedded) rootRef.current?.scrollIntoView();
    } else if (shared.kind === "invalid") setNotice(shared.notice);
    void loadChallenge(props.publishedSha256).then((result) => {
      if (result.ok && initial.dataEdits.length > 0) {
        const checked = validateEdits(initial.dataEdits, result.data.train.count, result.data.batchNames);
        if (!checked.ok) {
          setNotice(
            `This link's data edits do not fit the data (${checked.problems[0]?.where}), so the default is shown.`,
          );
          initial = DEFAULT_STATE;
        }
      }
      setState(initial);
      setLoaded(result);
    });
    return rootRef.current ? reportHeightToParent(rootRef.current) : undefined;
  }, []);

  const ready = loaded?.ok ? loaded : null;
  const base = retrained?.params ?? ready?.published ?? null;
  const current = useMemo(() => (base ? withWeightEdits(base, state.weightEdits) : null), [base, state.weightEdits]);
  const rows = useMemo<Row[]>(() => {
    if (!current || !ready) return props.publishedRows;
    return behaviourTable(evaluate(current, ready.data.test)).map((row) => ({
      digit: row.digit,
      accuracy: row.accuracy,
      pass: row.pass,
      confusedWith: row.mostConfusedWith?.digit ?? null,
    }));
  }, [current]);
  const sha256 = useMemo(() => (current ? weightsSha256(current) : props.publishedSha256), [current]);
  const [announce, setAnnounce] = useState("");
  useEffect(() => {
    if (!ready) return;
    const passing = rows.filter((row) => row.pass).length;
    setAnnounce(`Tests re-run: ${passing} of ${rows.length} pass. ${rowSummary(rows[7]!)}.`);
  }, [rows]);

  const [modules, setModules] = useState<Modules>({});
  const [moduleError, setModuleError] = useState("");
  useEffect(() => {
    const panel = state.panel;
    if (!ready || panel === "try" || modules[panel]) return;
    loaders[panel]()
      .then((module) => setModules((m) => ({ ...m, [panel]: module })))
      .catch(() => setModuleError("This panel could not be loaded. Check the connection and reload the page."));
  }, [ready, state.panel]);
  const WeightsPanel = modules.weights?.WeightsPanel;
  const DataPanel = modules.data?.DataPanel;
  const FineTunePanel = modules.finetune?.FineTunePanel;

  const setPanel = (panel: Panel) => setState((s) => ({ ...s, panel }));
  const size = shareSize(state);

  return (
    <div class="wc" ref={rootRef}>
      <p class="wc-intro">
        A small network (64 pixels → 32 hidden units → 10 digits, 2,410 weights) trained on data where one labelling
        batch marked most 7s as “1”. The tests check each digit on 359 held-out images.
      </p>
      {notice && (
        <p class="wc-notice" role="status">
          {notice}
        </p>
      )}
      <BehaviourTable
        rows={rows}
        caption={
          retrained
            ? "Behaviour tests, retrained weights"
            : state.weightEdits.length > 0
              ? "Behaviour tests, your edited weights"
              : "Behaviour tests, published weights"
        }
      />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      <HashLine sha256={sha256} publishedSha256={props.publishedSha256} label="SHA-256 of the current weights" />
      {!hydrated && (
        <p class="wc-nojs">
          Turn on JavaScript to draw digits, edit the weights, fix the data and retrain. In a frame that blocks scripts,
          open the chapter.
        </p>
      )}
      {hydrated && !loaded && <p class="wc-loading">Loading the data set and the published weights (about 60 KB)…</p>}
      {loaded && !loaded.ok && (
        <p class="wc-error" role="alert">
          {loaded.message} Reload the page to try again.
        </p>
      )}
      {!ready && props.children}
      {ready && current && (
        <>
          <div class="wc-tabs" role="group" aria-label="Panels">
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
            {state.panel === "try" && <TryIt params={current} test={ready.data.test} />}
            {state.panel !== "try" && !modules[state.panel] && (
              <p class={moduleError ? "wc-error" : "wc-loading"}>{moduleError || "Loading this panel…"}</p>
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
                onBackToPublished={() => setRetrained(null)}
              />
            )}
            {state.panel === "data" && DataPanel && (
              <DataPanel
                state={state}
                setState={setState}
                data={ready.data}
                publishedSha256={props.publishedSha256}
                onTrained={(params, sha) => {
                  setRetrained({ params, sha256: sha });
                  setState((s) => ({ ...s, weightEdits: [] }));
                }}
              />
            )}
            {state.panel === "finetune" && FineTunePanel && (
              <FineTunePanel published={ready.published} data={ready.data} />
            )}
          </section>
          <div class="wc-share">
            {size.fits ? (
              <ShareBar
                spec={SHARE_SPEC}
                chapterPath={props.chapterPath}
                title={props.title}
                getState={() => toShared(state)}
                embedHeight={props.embedHeight}
              />
            ) : (
              <p class="wc-error">
                These edits are too many for a link ({size.chars.toLocaleString("en")} characters; the limit is 8,192).
                Undo some to share this state.
              </p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
