/**
 * "Patch the binary": the reader fixes a C function's bug in its gcc listing, then in the C, and
 * compares. This component wires the pieces together: the level, the editor state per level (so
 * switching levels loses nothing), test runs (the newest run wins; older ones are cancelled),
 * the lazily loaded simulator, the share link, and the three views. The first render is the
 * build-time state, which is also what a reader without JavaScript sees.
 */
import "./styles.css";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AsmError } from "../../core/asm/index.ts";
import { reportHeightToParent } from "../shared/auto-height.ts";
import { isEmbedded } from "../shared/environment.ts";
import { ShareBar } from "../shared/ShareBar.tsx";
import { readSharedState } from "../shared/share-link.ts";
import { useLatestCallback } from "../shared/use-latest-callback.ts";
import { describeFixSize, diffLines, fixSize } from "./diff.ts";
import { recordListingFix } from "./payoff.ts";
import { Editor } from "./Editor.tsx";
import type * as EngineModule from "./engine.ts";
import type { Encoded } from "./engine.ts";
import type * as PanelsModule from "./panels.ts";
import { HexDump } from "./HexDump.tsx";
import type { LevelData } from "./levels.ts";
import { applyAction, createEditor, sameLines, type EditorAction, type EditorState } from "./model.ts";
import type { RowView } from "./results.ts";
import { linesFromShare, makeShareSpec, shareSize, shareStateFor, type ViewName } from "./share.ts";
import { TestTable } from "./TestTable.tsx";

export type Engine = typeof EngineModule;
type Panels = typeof PanelsModule;
let enginePromise: Promise<[Engine, Panels]> | null = null;

interface Props {
  /** JSON of LevelData[] (one string prop serialises far smaller than nested objects). */
  data: string;
  embedded?: boolean;
  chapterPath: string;
  title: string;
  embedHeight: number;
}

const NO_ERRORS: AsmError[] = [];

type Result = { lines: string[]; rows: RowView[] } | { lines: string[]; errors: AsmError[] };

const TABS: [ViewName, string][] = [
  ["listing", "Patch the listing"],
  ["source", "Fix the C"],
  ["own", "Your own listing"],
];

export default function View({ data, chapterPath, title, embedHeight }: Props) {
  const levels = useMemo(() => JSON.parse(data) as LevelData[], [data]);
  const spec = useMemo(() => makeShareSpec(levels), [levels]);
  const root = useRef<HTMLDivElement>(null);
  const [hydrated, setHydrated] = useState(false);
  const [levelIndex, setLevelIndex] = useState(0);
  const editorsRef = useRef<Record<string, EditorState>>({});
  const [, setEditorsVersion] = useState(0);
  const [focusTick, setFocusTick] = useState(0);
  const [view, setView] = useState<ViewName>("listing");
  const [results, setResults] = useState<Record<string, Result>>({});
  const [sources, setSources] = useState<Record<string, string>>({});
  const [rebuildTick, setRebuildTick] = useState(0);
  const [status, setStatus] = useState("");
  const [notice, setNotice] = useState("");
  const [engine, setEngine] = useState<Engine | null>(null);
  const [panels, setPanels] = useState<Panels | null>(null);
  const [encoded, setEncoded] = useState<{ lines: string[]; enc: Encoded | null; good: Encoded | null } | null>(null);
  const [running, setRunning] = useState(false);
  const generation = useRef(0);

  const level = levels[levelIndex]!;
  const editor = editorsRef.current[level.id] ?? createEditor(level.lines);
  const lines = editor.lines;
  const source = sources[level.id] ?? level.source;
  const pristine = sameLines(lines, level.lines);

  const loadEngine = async (): Promise<Engine> => {
    try {
      const [loaded, ui] = await (enginePromise ??= Promise.all([import("./engine.ts"), import("./panels.ts")]));
      setEngine(loaded);
      setPanels(ui);
      return loaded;
    } catch (error) {
      enginePromise = null;
      setStatus("The simulator could not be loaded. Check your connection and try again.");
      throw error;
    }
  };

  const setEditor = (id: string, state: EditorState) => {
    editorsRef.current = { ...editorsRef.current, [id]: state };
    setEditorsVersion((v) => v + 1);
  };

  const dispatch = (action: EditorAction, focus = false) => {
    const current = editorsRef.current[level.id] ?? createEditor(level.lines);
    const applied = applyAction(current, action);
    if (applied.state !== current) setEditor(level.id, applied.state);
    if (applied.message) setStatus(applied.message);
    if (focus) setFocusTick((t) => t + 1);
  };

  const runTests = async (target: LevelData, targetLines: string[]) => {
    const gen = ++generation.current;
    setRunning(true);
    setStatus("Running the tests…");
    try {
      const loaded = await loadEngine();
      const run = await loaded.runTable(
        targetLines.join("\n"),
        target.fn,
        target.tests,
        () => gen !== generation.current,
      );
      if (gen !== generation.current || "cancelled" in run) return;
      if (!run.ok) {
        const e = run.errors[0]!;
        setResults((r) => ({ ...r, [target.id]: { lines: targetLines, errors: run.errors } }));
        setStatus(`The listing does not assemble. Line ${e.line}, column ${e.column}: ${e.message}`);
      } else {
        setResults((r) => ({ ...r, [target.id]: { lines: targetLines, rows: run.rows } }));
        setStatus(
          run.passed === run.total
            ? `All ${run.total} tests pass. The bug is fixed.`
            : `${run.passed} of ${run.total} tests pass.`,
        );
      }
    } catch {
      /* loadEngine reported it */
    } finally {
      if (gen === generation.current) setRunning(false);
    }
  };

  useEffect(() => {
    setHydrated(true);
    const decoded = readSharedState(spec);
    if (decoded.kind === "invalid") setNotice(decoded.notice);
    if (decoded.kind !== "ok") return;
    const state = decoded.state;
    const index = levels.findIndex((l) => l.id === state.level);
    const shared = levels[index]!;
    const restored = linesFromShare(shared, state);
    setEditor(shared.id, createEditor(restored));
    setLevelIndex(index);
    setView(state.view);
    if (state.source) setSources({ [shared.id]: state.source });
    if (decoded.notice) setNotice(decoded.notice);
    if (!isEmbedded()) root.current?.scrollIntoView();
    void runTests(shared, restored);
    if (state.source && state.view === "source") setRebuildTick((t) => t + 1);
  }, []);

  useEffect(() => (root.current ? reportHeightToParent(root.current) : undefined), []);

  useEffect(() => {
    if (!engine || pristine) return;
    const timer = setTimeout(() => {
      const out = engine.encodeLines(lines.join("\n"), lines.length);
      const enc = "errors" in out ? null : out;
      setEncoded((prev) => ({ lines, enc, good: enc ?? prev?.good ?? null }));
    }, 120);
    return () => clearTimeout(timer);
  }, [engine, lines]);

  const diff = useMemo(() => diffLines(level.lines, lines), [level, lines]);
  const exact = pristine
    ? { addresses: level.addresses, bytes: level.bytes, length: level.length }
    : encoded && sameLines(encoded.lines, lines)
      ? encoded.enc
      : null;
  const gutter = exact ?? (encoded?.good && encoded.good.bytes.length === lines.length ? encoded.good : null);
  const result = results[level.id];
  const stale = result ? !sameLines(result.lines, lines) : !pristine;
  const errors = result && "errors" in result ? result.errors : NO_ERRORS;
  const rows = result && "rows" in result ? result.rows : result ? null : level.shipped;
  const firstChange = diff.marks.findIndex((m, i) => m.kind !== "same" || (diff.deletedBefore[i] ?? 0) > 0);
  const fix =
    exact && !pristine
      ? fixSize(
          level.lines.map((text, i) => ({ text, bytes: level.bytes[i] ?? "" })),
          lines.map((text, i) => ({ text, bytes: exact.bytes[i] ?? "" })),
        )
      : null;
  const patchSize = fix ? describeFixSize(fix) : null;
  const fixed = !stale && rows !== null && rows.length > 0 && rows.every((row) => row.pass);
  // The payoff panel shows a passing patch's size (src/widgets/shared/payoff.ts).
  useEffect(() => {
    if (fixed && fix) recordListingFix(level.level, fix);
  }, [fixed, patchSize]);
  const shareState = useMemo(
    () => shareStateFor(level, lines, view, source === level.source ? "" : source),
    [level, lines, view, source],
  );
  const size = useMemo(() => shareSize(spec, shareState), [spec, shareState]);

  const goToLine = (line: number) => {
    setView("listing");
    dispatch({ type: "focus", index: line - 1 }, true);
  };
  // Stable identities for the memoised editor and table.
  const stableDispatch = useLatestCallback(dispatch);
  const stableGoToLine = useLatestCallback(goToLine);
  const chooseLevel = (index: number) => {
    generation.current++;
    setRunning(false);
    setLevelIndex(index);
    setStatus(`Level ${levels[index]!.level}: ${levels[index]!.title}.`);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || !hydrated) return;
    event.preventDefault();
    if (view === "listing") void runTests(level, lines);
    else if (view === "source") setRebuildTick((t) => t + 1);
  };
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = TABS[(index + step + TABS.length) % TABS.length]![0];
    setView(next);
    root.current?.querySelector<HTMLElement>(`#bc-tab-${next}`)?.focus();
  };

  return (
    <div
      class="bc"
      ref={root}
      onKeyDown={onKeyDown}
      onFocusIn={() => hydrated && void loadEngine().catch(() => undefined)}
      onPointerDown={() => hydrated && void loadEngine().catch(() => undefined)}
    >
      {notice && (
        <p class="bc-notice" role="status">
          {notice}
        </p>
      )}
      <div class="bc-levels" role="group" aria-label="Level">
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
          <>
            <div class="bc-toolbar">
              <button
                type="button"
                class="button-primary"
                disabled={!hydrated || running}
                onClick={() => void runTests(level, lines)}
              >
                {running ? "Running…" : "Run tests"}
              </button>
              <button
                type="button"
                disabled={!hydrated || editor.history.length === 0}
                onClick={() => dispatch({ type: "undo" })}
              >
                Undo
              </button>
              <button
                type="button"
                disabled={!hydrated || pristine}
                onClick={() => {
                  dispatch({ type: "reset", lines: level.lines });
                  setStatus("The listing is back to the shipped version. Undo brings your edits back.");
                }}
              >
                Reset
              </button>
              <button
                type="button"
                disabled={!hydrated}
                onClick={() => dispatch({ type: "insert", index: editor.current }, true)}
              >
                Insert line below {editor.current + 1}
              </button>
              <button
                type="button"
                disabled={!hydrated || lines.length < 2}
                onClick={() => dispatch({ type: "delete", index: editor.current })}
              >
                Delete line {editor.current + 1}
              </button>
            </div>
            <p class="bc-muted">
              Edit any line. Enter adds a line, Backspace on an empty line removes it, arrow keys move between lines,
              Ctrl+Enter (⌘+Enter) runs the tests.
            </p>
            {errors.length > 0 && (
              <div class="bc-problem">
                <p>The listing does not assemble{stale ? " (at the last run)" : ""}:</p>
                <ul>
                  {errors.slice(0, 5).map((e) => (
                    <li key={`${e.line}:${e.column}`}>
                      Line {e.line}, column {e.column}: {e.message}{" "}
                      <button type="button" class="bc-link" onClick={() => goToLine(e.line)}>
                        Go to line {e.line}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <Editor
              id={level.id}
              lines={lines}
              diff={diff}
              addresses={gutter?.addresses ?? null}
              bytes={gutter?.bytes ?? null}
              errors={stale ? NO_ERRORS : errors}
              current={editor.current}
              focusTick={focusTick}
              editable={hydrated}
              dispatch={stableDispatch}
            />
            {patchSize && <p>Size of your patch: {patchSize}.</p>}
            {rows && (
              <TestTable
                caption="Tests"
                tests={level.tests}
                rows={rows}
                stale={stale}
                onGoToLine={hydrated ? stableGoToLine : undefined}
              />
            )}
            <details onToggle={() => hydrated && void loadEngine().catch(() => undefined)}>
              <summary>The function’s bytes (hex dump)</summary>
              <HexDump
                shipped={level.bytes.join("")}
                current={exact ? exact.bytes.join("") : null}
                firstChange={firstChange < 0 ? null : firstChange + 1}
              />
            </details>
            <details>
              <summary>Step through one test</summary>
              {engine && panels ? (
                <panels.StepThrough engine={engine} text={lines.join("\n")} fn={level.fn} tests={level.tests} />
              ) : (
                <p>{hydrated ? "Loading the simulator…" : "Turn on JavaScript to step through a test."}</p>
              )}
            </details>
            <details>
              <summary>Hints</summary>
              <ol>
                {level.hints.map((hint, i) => (
                  <li key={i}>
                    <details>
                      <summary>Hint {i + 1}</summary>
                      {hint}
                    </details>
                  </li>
                ))}
              </ol>
            </details>
          </>
        )}
        {view !== "listing" && !panels && <p>Loading…</p>}
        {view === "source" && panels && (
          <panels.SourcePanel
            level={level}
            text={source}
            setText={(text) => setSources((s) => ({ ...s, [level.id]: text }))}
            rebuildTick={rebuildTick}
            loadEngine={loadEngine}
            announce={setStatus}
            editable={hydrated}
          />
        )}
        {view === "own" && panels && (
          <panels.OwnListing initial={level.lines.join("\n")} loadEngine={loadEngine} editable={hydrated} />
        )}
      </div>
      {hydrated &&
        (size.fits ? (
          <ShareBar
            spec={spec}
            chapterPath={chapterPath}
            title={title}
            getState={() => shareState}
            embedHeight={embedHeight}
          />
        ) : (
          <p class="bc-problem">
            This patch is too big for a link ({size.chars.toLocaleString("en")} characters; a link holds at most 8,192).
          </p>
        ))}
    </div>
  );
}
