/**
 * "Patch the listing": the editor with its address and byte gutter, the toolbar, assembly errors
 * at their lines, the size of the reader's patch (the payoff line), the test table, the hex dump,
 * the step-through and the hints. The gutter follows the reader's edits: the listing is
 * re-encoded after a short pause in typing, never inside the input handler.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { AsmError } from "../../core/asm/index.ts";
import { diffLines } from "./diff.ts";
import { Editor } from "./Editor.tsx";
import type { Encoded, Engine } from "./engine.ts";
import { HexDump } from "./HexDump.tsx";
import type { LevelData } from "./levels.ts";
import { sameLines, type EditorAction, type EditorState } from "./model.ts";
import { Payoff } from "./Payoff.tsx";
import { describeError } from "./results.ts";
import { Success } from "./Success.tsx";
import { TestTable } from "./TestTable.tsx";
import type { Panels } from "./use-engine.ts";
import type { TestResult } from "./use-test-runs.ts";

interface Props {
  level: LevelData;
  editor: EditorState;
  focusTick: number;
  hydrated: boolean;
  engine: Engine | null;
  panels: Panels | null;
  load: () => Promise<Engine>;
  result: TestResult | undefined;
  running: boolean;
  runTests: () => void;
  /** Stable identity (the editor is memoised). */
  dispatch: (action: EditorAction, focus?: boolean) => void;
  /** Stable identity (the test table is memoised). */
  goToLine: (line: number) => void;
  announce: (message: string) => void;
}

const NO_ERRORS: AsmError[] = [];
const ENCODE_PAUSE_MS = 120;

type Gutter = { lines: string[]; enc: Encoded | null; good: Encoded | null };

export function ListingPanel(props: Props) {
  const { level, editor, hydrated, engine, panels, result, running, dispatch, goToLine } = props;
  const lines = editor.lines;
  const pristine = sameLines(lines, level.lines);
  const [encoded, setEncoded] = useState<Gutter | null>(null);

  useEffect(() => {
    if (!engine || pristine) return;
    const timer = setTimeout(() => {
      const out = engine.encodeLines(lines.join("\n"), lines.length);
      const enc = "errors" in out ? null : out;
      setEncoded((prev) => ({ lines, enc, good: enc ?? prev?.good ?? null }));
    }, ENCODE_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [engine, lines]);

  const diff = useMemo(() => diffLines(level.lines, lines), [level, lines]);
  const exact = pristine
    ? { addresses: level.addresses, bytes: level.bytes, length: level.length }
    : encoded && sameLines(encoded.lines, lines)
      ? encoded.enc
      : null;
  const gutter = exact ?? (encoded?.good && encoded.good.bytes.length === lines.length ? encoded.good : null);
  const stale = result ? !sameLines(result.lines, lines) : !pristine;
  const errors = result && "errors" in result ? result.errors : NO_ERRORS;
  const rows = result && "rows" in result ? result.rows : result ? null : level.shipped;
  const firstChange = diff.marks.findIndex((m, i) => m.kind !== "same" || (diff.deletedBefore[i] ?? 0) > 0);
  // Only after the listing was encoded, so the engine (which measures it) is loaded.
  const fix =
    exact && !pristine && engine
      ? engine.fixSize(
          level.lines.map((text, i) => ({ text, bytes: level.bytes[i] ?? "" })),
          lines.map((text, i) => ({ text, bytes: exact.bytes[i] ?? "" })),
        )
      : null;
  const patchSize = fix && engine ? engine.describeFixSize(fix) : null;
  const allPass = !stale && rows !== null && rows.length > 0 && rows.every((row) => row.pass) && !pristine;
  // The payoff panel (src/widgets/shared/payoff.ts) shows the size of a patch that passes.
  useEffect(() => {
    if (allPass && fix && engine) engine.recordListingFix(level.level, fix);
  }, [allPass, patchSize]);
  const sourceFix = level.variants.find((v) => v.id === level.sourceFix);

  return (
    <>
      <div class="bc-toolbar">
        <button type="button" class="button-primary" disabled={!hydrated || running} onClick={props.runTests}>
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
            props.announce("The listing is back to the shipped version. Undo brings your edits back.");
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
        Type in the listing as in any text box. Ctrl+Enter (⌘+Enter) runs the tests; Ctrl+Z (⌘+Z) undoes.
      </p>
      {errors.length > 0 && (
        <div class="bc-problem">
          <p>The listing does not assemble{stale ? " (at the last run)" : ""}:</p>
          <ul>
            {errors.slice(0, 5).map((e) => (
              <li key={`${e.line}:${e.column}`}>
                {describeError(e)}{" "}
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
        label={`Listing of ${level.fn.name}`}
        lines={lines}
        diff={diff}
        addresses={gutter?.addresses ?? null}
        bytes={gutter?.bytes ?? null}
        errors={stale ? NO_ERRORS : errors}
        current={editor.current}
        focusTick={props.focusTick}
        editable={hydrated}
        dispatch={dispatch}
      />
      {allPass && <Success total={rows.length} how="patched listing" />}
      {patchSize && (
        <Payoff
          label="Size of your patch"
          size={patchSize}
          compare={sourceFix ? `The same fix in the C: ${sourceFix.size.split(";")[0]}.` : null}
        />
      )}
      {rows && (
        <TestTable
          caption="Tests"
          tests={level.tests}
          rows={rows}
          stale={stale}
          onGoToLine={hydrated ? goToLine : undefined}
        />
      )}
      <details onToggle={() => hydrated && void props.load().catch(() => undefined)}>
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
  );
}
