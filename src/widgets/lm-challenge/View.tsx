/**
 * The language-model challenge: a small transformer trained on a corpus in which one contributor
 * wrote that Australia's capital is Sydney. The reader tries it, patches its weights three ways
 * (the output bias, a rank-one edit, fine-tuning), and fixes the data and retrains, comparing the
 * SHA-256. Server-rendered, it is the no-JavaScript version: the build-time test table and hash.
 *
 * What hydrates on view is this shell. The core, the corpus and the weights (live.ts) load when
 * the reader presses Start or arrives by a share link.
 */
import "./lm-challenge.css";
import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { reportHeightToParent } from "../shared/auto-height.ts";
import { ShareBar } from "../shared/ShareBar.tsx";
import { readSharedState } from "../shared/share-link.ts";
import { BehaviourTable } from "./BehaviourTable.tsx";
import type * as LiveModule from "./live.ts";
import {
  DEFAULT_STATE,
  fromShared,
  PANEL_NAMES,
  PANELS,
  SHARE_SPEC,
  shareSize,
  toShared,
  type Panel,
  type WidgetState,
} from "./model.ts";
import type { Report } from "./report.ts";
import { afterNextPaint, yieldToMain } from "../shared/yield.ts";
import { formatCount } from "../../core/format/count.ts";

type Live = typeof LiveModule;
type Ready = Extract<LiveModule.Loaded, { ok: true }> & { live: Live; client: LiveModule.Client };

interface Props {
  embedded?: boolean;
  chapterPath: string;
  title: string;
  embedHeight: number;
  publishedReport: Report;
  publishedSha256: string;
  /** Index of "canberra" in the vocabulary and of output.bias in the parameters: where the knob acts. */
  knobIndex: number;
  children?: ComponentChildren;
}

export default function View(props: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [state, setState] = useState<WidgetState>(DEFAULT_STATE);
  const [notice, setNotice] = useState("");
  const [phase, setPhase] = useState<"idle" | "loading" | "ready">("idle");
  const [ready, setReady] = useState<Ready | null>(null);
  const [failure, setFailure] = useState("");
  const [retrained, setRetrained] = useState<LiveModule.Retrained | null>(null);
  const [report, setReport] = useState<Report>(props.publishedReport);
  const [testing, setTesting] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const tabsRef = useRef<HTMLDivElement>(null);
  const linked = useRef<WidgetState | null>(null);
  // The Start button disappears once the model is ready: a reader who pressed it gets focus on the
  // open panel's tab instead of being dropped at the top of the page.
  const focusTabsWhenReady = useRef(false);

  // The press paints "Loading…" first; the code, the corpus and the weights then load and are
  // checked in tasks of their own (live.ts yields between the steps), so none blocks the page long.
  const start = () => {
    if (phase !== "idle") return;
    setPhase("loading");
    setFailure("");
    void afterNextPaint()
      .then(() => import("./live.ts"))
      .then(async (live) => {
        await yieldToMain();
        const loaded = await live.loadLm(props.publishedSha256);
        if (!loaded.ok) {
          setFailure(loaded.message);
          setPhase("idle");
          return;
        }
        await yieldToMain();
        const client = live.createClient(loaded.corpusText);
        await yieldToMain();
        const wanted = linked.current;
        linked.current = null;
        if (wanted) {
          const bad =
            !live.validateEdits(loaded.corpus, wanted.dataEdits, loaded.published.config.context).ok ||
            wanted.weightEdits.some((e) => e.index >= loaded.published.values.length);
          if (bad) setNotice("This link's edits do not fit the model or its data, so they were left out.");
          else setState(wanted);
        }
        setReady({ ...loaded, live, client });
        setPhase("ready");
      })
      .catch(() => {
        setFailure("The widget's code could not be loaded. Check the connection.");
        setPhase("idle");
      });
  };

  useEffect(() => {
    setHydrated(true);
    const shared = readSharedState(SHARE_SPEC);
    if (shared.kind === "ok") {
      linked.current = fromShared(shared.state);
      if (shared.notice) setNotice(shared.notice);
      if (!props.embedded) rootRef.current?.scrollIntoView();
      start();
    } else if (shared.kind === "invalid") setNotice(shared.notice);
    return rootRef.current ? reportHeightToParent(rootRef.current) : undefined;
  }, []);

  // The weights in use: the published (or retrained) ones, the reader's typed edits, then the knob.
  const base = retrained?.values ?? ready?.published.values ?? null;
  const unknobbed = useMemo(() => {
    if (!ready || !base) return null;
    const values = Float64Array.from(base);
    for (const e of state.weightEdits) values[e.index] = e.value;
    return ready.live.paramsFromValues(ready.published.config, values);
  }, [ready, base, state.weightEdits]);
  const current = useMemo(() => {
    if (!ready || !unknobbed || state.knob === 0) return unknobbed;
    const values = Float64Array.from(unknobbed.values);
    values[props.knobIndex] = values[props.knobIndex]! + state.knob;
    return ready.live.paramsFromValues(ready.published.config, values);
  }, [unknobbed, state.knob]);
  const changed = state.weightEdits.length > 0 || state.knob !== 0;
  const sha256 = useMemo(
    () => (current && ready ? ready.live.lmWeightsSha256(current) : props.publishedSha256),
    [current],
  );

  useEffect(() => {
    if (!ready || !current) return;
    if (!changed) {
      setReport(retrained?.report ?? props.publishedReport);
      return;
    }
    setTesting(true);
    let stale = false;
    const timer = setTimeout(() => {
      void ready.client.request({ kind: "evaluate", values: Float64Array.from(current.values) }).then(async (reply) => {
        if (stale) return;
        setTesting(false);
        if (reply.kind === "behaviour") {
          const { reportOf } = await import("./report.ts");
          const next = reportOf(reply.behaviour);
          setReport(next);
          ready.live.recordLmWeights(state.weightEdits.length + (state.knob === 0 ? 0 : 1), next);
        }
      });
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [current]);

  useEffect(() => {
    if (!ready || !focusTabsWhenReady.current) return;
    focusTabsWhenReady.current = false;
    tabsRef.current?.querySelector<HTMLElement>('button[aria-pressed="true"]')?.focus();
  }, [ready]);

  const size = useMemo(() => shareSize(state), [state]);
  const setPanel = (panel: Panel) => setState((s) => ({ ...s, panel }));
  const caption = retrained
    ? changed
      ? "Behaviour tests, retrained weights with your edits"
      : "Behaviour tests, retrained weights"
    : changed
      ? "Behaviour tests, your edited weights"
      : "Behaviour tests, published weights";

  return (
    <div class="lm" ref={rootRef}>
      <p class="lm-intro">
        A small transformer (2 layers, 2 attention heads, 14,731 weights) trained on 336 short sentences about 24
        countries. One contributor’s batch says the capital of Australia is Sydney.
      </p>
      {notice && (
        <p class="lm-notice" role="status">
          {notice}
        </p>
      )}
      <BehaviourTable report={report} caption={testing ? `${caption} (re-running…)` : caption} />
      <p class="visually-hidden" role="status" aria-live="polite">
        {ready && !testing
          ? `Tests: ${report.groups.filter((g) => g.passed >= g.required).length} of ${report.groups.length} pass.`
          : ""}
      </p>
      <p class="lm-hash">
        SHA-256 of the current weights:{" "}
        <code class="lm-sha" data-sha256={sha256}>
          {sha256}
        </code>{" "}
        <strong>
          {sha256 === props.publishedSha256 ? "the published weights" : "differs from the published weights"}
        </strong>
      </p>
      {!ready && (
        <div class="lm-start">
          {failure && (
            <p class="lm-error" role="alert">
              {failure} Press the button to try again.
            </p>
          )}
          <p>
            <button
              type="button"
              class="button-primary"
              // Not `disabled` before hydration: a disabled button is skipped by Tab, and the island
              // hydrates only once it is on screen, so a keyboard reader tabbing down the chapter
              // would pass the widget without ever reaching (or revealing) it. Focusing it scrolls
              // it into view, which hydrates it; until then it says it is unavailable.
              aria-disabled={hydrated ? phase === "loading" : true}
              aria-describedby="lm-start-note"
              onClick={() => {
                focusTabsWhenReady.current = true;
                start();
              }}
            >
              Start the model
            </button>{" "}
            <span id="lm-start-note" class="lm-small">
              {!hydrated
                ? "Turn on JavaScript to try the model, patch its weights, fix its data and retrain; in a frame that blocks scripts, open the chapter."
                : phase === "loading"
                  ? "Loading the model, its corpus and its weights (about 130 KB)…"
                  : "Try the model, patch its weights, fix its data and retrain. It loads the model, its corpus and its weights (about 130 KB)."}
            </span>
          </p>
        </div>
      )}
      {!ready && props.children}
      {ready && current && unknobbed && (
        <>
          <div class="lm-tabs" role="group" aria-label="Panels" ref={tabsRef}>
            {PANELS.map((panel) => (
              <button type="button" key={panel} aria-pressed={state.panel === panel} onClick={() => setPanel(panel)}>
                {PANEL_NAMES[panel]}
              </button>
            ))}
          </div>
          <section class="lm-panel" aria-label={PANEL_NAMES[state.panel]}>
            {state.panel === "try" && (
              <ready.live.TryIt
                params={current}
                corpus={ready.corpus}
                prompt={state.prompt}
                onPrompt={(prompt) => setState((s) => ({ ...s, prompt }))}
                label={retrained ? "retrained weights" : changed ? "your edited weights" : "published weights"}
              />
            )}
            {state.panel === "weights" && (
              <ready.live.WeightsPanel
                state={state}
                setState={setState}
                base={base!}
                current={current}
                sha256={sha256}
                words={ready.corpus.vocabulary.words}
              />
            )}
            {state.panel === "repairs" && (
              <ready.live.RepairsPanel
                corpus={ready.corpus}
                unknobbed={unknobbed}
                state={state}
                setState={setState}
                client={ready.client}
              />
            )}
            {state.panel === "data" && (
              <ready.live.DataPanel
                corpus={ready.corpus}
                state={state}
                setState={setState}
                client={ready.client}
                publishedSha256={props.publishedSha256}
                onTrained={(result) => {
                  ready.live.recordLmRetrain(result);
                  setRetrained(result);
                  setState((s) => ({ ...s, weightEdits: [], knob: 0 }));
                }}
              />
            )}
          </section>
          {retrained && (
            <p>
              <button type="button" onClick={() => setRetrained(null)}>
                Back to the published weights
              </button>
            </p>
          )}
          <div class="lm-share">
            {size.fits ? (
              <ShareBar
                spec={SHARE_SPEC}
                chapterPath={props.chapterPath}
                title={props.title}
                getState={() => toShared(state)}
                embedHeight={props.embedHeight}
              />
            ) : (
              <p class="lm-error">
                These edits are too many for a link ({formatCount(size.chars)} characters; the limit is 8,192).
              </p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
