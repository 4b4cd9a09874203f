/**
 * "Patch the binary": the reader fixes a C function's bug in its gcc listing, then in the C, and
 * compares. This component wires the pieces together: the level, the share link and the views.
 * State lives in hooks (useEditors: the listing per level; useTestRuns: the newest run per level;
 * useEngine: the lazily loaded simulator and panels). The first render is the build-time state,
 * which is also what a reader without JavaScript sees.
 */
import "./styles.css";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { reportHeightToParent } from "../shared/auto-height.ts";
import { isEmbedded } from "../shared/environment.ts";
import { ShareBar } from "../shared/ShareBar.tsx";
import { readSharedState } from "../shared/share-link.ts";
import { useLatestCallback } from "../shared/use-latest-callback.ts";
import type { LevelData } from "./levels.ts";
import { ListingPanel } from "./ListingPanel.tsx";
import type { EditorAction } from "./model.ts";
import { linesFromShare, makeShareSpec, shareSize, shareStateFor, type ViewName } from "./share.ts";
import { useEditors } from "./use-editors.ts";
import { useEngine } from "./use-engine.ts";
import { useTestRuns } from "./use-test-runs.ts";
import { formatCount } from "../../core/format/count.ts";

interface Props {
  /** JSON of LevelData[] (one string prop serialises far smaller than nested objects). */
  data: string;
  embedded?: boolean;
  chapterPath: string;
  title: string;
  embedHeight: number;
}

const TABS: [ViewName, string][] = [
  ["listing", "Patch the listing"],
  ["source", "Fix the C"],
  ["own", "Your own listing"],
  ["own-c", "Your own C"],
];

export default function View({ data, chapterPath, title, embedHeight }: Props) {
  const levels = useMemo(() => JSON.parse(data) as LevelData[], [data]);
  const spec = useMemo(() => makeShareSpec(levels), [levels]);
  const root = useRef<HTMLDivElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [levelIndex, setLevelIndex] = useState(0);
  const [view, setView] = useState<ViewName>("listing");
  const [sources, setSources] = useState<Record<string, string>>({});
  const [rebuildTick, setRebuildTick] = useState(0);
  const [status, setStatus] = useState("");
  const [notice, setNotice] = useState("");
  const editors = useEditors();
  const { engine, panels, load } = useEngine(setStatus);
  const tests = useTestRuns(load, setStatus);

  const level = levels[levelIndex]!;
  const editor = editors.editorFor(level.id, level.lines);
  const lines = editor.lines;
  const source = sources[level.id] ?? level.source;

  useEffect(() => {
    if (editors.message.seq > 0) setStatus(editors.message.text);
  }, [editors.message]);

  useEffect(() => {
    setHydrated(true);
    const decoded = readSharedState(spec);
    if (decoded.kind === "invalid") setNotice(decoded.notice);
    if (decoded.kind !== "ok") return;
    const state = decoded.state;
    const index = levels.findIndex((l) => l.id === state.level);
    const shared = levels[index]!;
    const restored = linesFromShare(shared, state);
    editors.restore(shared.id, restored);
    setLevelIndex(index);
    setView(state.view);
    if (state.source) setSources({ [shared.id]: state.source });
    if (decoded.notice) setNotice(decoded.notice);
    if (!isEmbedded()) root.current?.scrollIntoView();
    void tests.run(shared, restored);
    if (state.source && state.view === "source") setRebuildTick((t) => t + 1);
  }, []);

  useEffect(() => (root.current ? reportHeightToParent(root.current) : undefined), []);

  const shareState = useMemo(
    () => shareStateFor(level, lines, view, source === level.source ? "" : source),
    [level, lines, view, source],
  );
  const size = useMemo(() => shareSize(spec, shareState), [spec, shareState]);

  // Stable identities for the memoised editor and table.
  const dispatch = useLatestCallback((action: EditorAction, focus?: boolean) =>
    editors.apply(level.id, level.lines, action, focus ?? false),
  );
  const goToLine = useLatestCallback((line: number) => {
    setView("listing");
    editors.apply(level.id, level.lines, { type: "focus", index: line - 1 }, true);
  });
  const chooseLevel = (index: number) => {
    tests.cancel();
    setLevelIndex(index);
    setStatus(`Level ${levels[index]!.level}: ${levels[index]!.title}.`);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || !hydrated) return;
    event.preventDefault();
    if (view === "listing") void tests.run(level, lines);
    else if (view === "source") setRebuildTick((t) => t + 1);
  };
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]![0];
    setView(next);
    root.current?.querySelector<HTMLElement>(`#bc-tab-${next}`)?.focus();
  };
  const preload = () => hydrated && void load().catch(() => undefined);

  return (
    <div class="bc" ref={root} onKeyDown={onKeyDown} onFocusIn={preload} onPointerDown={preload}>
      {notice && (
        <p class="bc-notice" role="status">
          {notice}
        </p>
      )}
      <div class="bc-levels bc-segmented" role="group" aria-label="Level">
        {levels.map((l, i) => (
          <button
            key={l.id}
            type="button"
            aria-pressed={i === levelIndex}
            disabled={!hydrated}
            onClick={() => chooseLevel(i)}
          >
            Level {l.level}: {l.title}
          </button>
        ))}
      </div>
      <h3 class="bc-title">
        Level {level.level}: {level.title}
      </h3>
      <p class="bc-report">
        <strong>Bug report.</strong> {level.bugReport}
      </p>
      {!hydrated && (
        <p class="bc-nojs">
          Turn on JavaScript to edit the listing and run the tests. Until then (or in a frame that blocks scripts) this
          is a static copy with the shipped listing’s results.
        </p>
      )}
      <div role="tablist" aria-label="Ways to fix the bug" class="bc-tabs">
        {TABS.map(([name, label], i) => (
          <button
            key={name}
            id={`bc-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={view === name}
            aria-controls={view === name ? `bc-panel-${name}` : undefined}
            tabIndex={view === name ? 0 : -1}
            disabled={!hydrated}
            onClick={() => setView(name)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {label}
          </button>
        ))}
      </div>
      <p class="bc-status" role="status">
        {status}
      </p>
      <div role="tabpanel" id={`bc-panel-${view}`} aria-labelledby={`bc-tab-${view}`} class="bc-panel">
        {view === "listing" && (
          <ListingPanel
            level={level}
            editor={editor}
            focusTick={editors.focusTick}
            hydrated={hydrated}
            engine={engine}
            panels={panels}
            load={load}
            result={tests.results[level.id]}
            running={tests.running}
            runTests={() => void tests.run(level, lines)}
            dispatch={dispatch}
            goToLine={goToLine}
            announce={setStatus}
          />
        )}
        {view !== "listing" && !panels && <p>Loading…</p>}
        {view === "source" && panels && (
          <panels.SourcePanel
            level={level}
            text={source}
            setText={(text) => setSources((s) => ({ ...s, [level.id]: text }))}
            rebuildTick={rebuildTick}
            loadEngine={load}
            announce={setStatus}
            editable={hydrated}
          />
        )}
        {view === "own" && panels && (
          <panels.OwnListing initial={level.lines.join("\n")} loadEngine={load} editable={hydrated} />
        )}
        {view === "own-c" && panels && engine && (
          <panels.OwnC initial={level.source} engine={engine} editable={hydrated} />
        )}
      </div>
      {/* Server-rendered disabled (hidden without scripting, styles.css): hydrating adds nothing. */}
      {size.fits ? (
        <ShareBar
          spec={spec}
          chapterPath={chapterPath}
          title={title}
          getState={() => shareState}
          embedHeight={embedHeight}
          disabled={!hydrated}
        />
      ) : (
        <p class="bc-problem">
          This patch is too big for a link ({formatCount(size.chars)} characters; a link holds at most 8,192).
        </p>
      )}
    </div>
  );
}
