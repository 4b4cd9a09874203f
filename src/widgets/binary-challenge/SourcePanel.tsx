/**
 * The other repair path: edit the C and rebuild. No compiler fits in a page, so Rebuild looks the
 * edit up among those compiled with gcc ahead of time (whitespace does not matter) and runs the
 * tests on that listing; an edit that was not precompiled is said to be so, with the list of those
 * that were, one click each. The size of each fix sets the source change beside the binary one.
 */
import { useEffect, useState } from "preact/hooks";
import { Editor } from "./Editor.tsx";
import { diffLines } from "./diff.ts";
import type { LevelData, SourceVariant } from "./levels.ts";
import type { RowView } from "./results.ts";
import { MAX_SOURCE_CHARS } from "./share.ts";
import { matchSource } from "./source-match.ts";
import { TestTable } from "./TestTable.tsx";
import type { Engine } from "./View.tsx";
import { recordSourceFix } from "./payoff.ts";

interface Props {
  level: LevelData;
  text: string;
  setText: (text: string) => void;
  /** Bumped to rebuild from outside (Ctrl+Enter, a shared link). */
  rebuildTick: number;
  loadEngine: () => Promise<Engine>;
  announce: (message: string) => void;
  editable: boolean;
}

type Rebuilt = { kind: "variant"; variant: SourceVariant; rows: RowView[] | null } | { kind: "none" } | null;

export function SourcePanel({ level, text, setText, rebuildTick, loadEngine, announce, editable }: Props) {
  const [rebuilt, setRebuilt] = useState<Rebuilt>(null);
  const shipped: SourceVariant = {
    id: "shipped",
    label: "the shipped source",
    source: level.source,
    lines: level.lines,
    addresses: level.addresses,
    bytes: level.bytes,
    size: "source: no change; binary: no change",
  };

  const rebuild = async (source: string) => {
    const variant = matchSource(source, [shipped, ...level.variants]);
    if (!variant) {
      setRebuilt({ kind: "none" });
      announce("This edit was not precompiled. Pick one of the precompiled edits listed below.");
      return;
    }
    setRebuilt({ kind: "variant", variant, rows: null });
    const engine = await loadEngine();
    const result = await engine.runTable(variant.lines.join("\n"), level.fn, level.tests);
    if (!result.ok) return;
    setRebuilt({ kind: "variant", variant, rows: result.rows });
    if (variant.id !== "shipped" && result.passed === result.total) recordSourceFix(level.level, level.source, source);
    announce(
      `Rebuilt ${variant.id === "shipped" ? "the shipped source" : `with “${variant.label}”`}: ${result.passed} of ${result.total} tests pass.`,
    );
  };

  // Declared first: on mount, a pending rebuild (from a shared link) must win over the reset.
  useEffect(() => setRebuilt(null), [level.id]);
  useEffect(() => {
    if (rebuildTick > 0) void rebuild(text);
  }, [rebuildTick]);

  const load = (variant: SourceVariant) => {
    setText(variant.source);
    void rebuild(variant.source);
  };

  return (
    <div class="bc-source">
      <label class="bc-block-label" for={`${level.id}-c`}>
        C source of <code>{level.fn.name}</code> (edit it, then Rebuild)
      </label>
      <textarea
        id={`${level.id}-c`}
        class="bc-c"
        rows={Math.min(12, text.split("\n").length + 1)}
        maxLength={MAX_SOURCE_CHARS}
        spellcheck={false}
        disabled={!editable}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="bc-toolbar">
        <button type="button" class="button-primary" disabled={!editable} onClick={() => void rebuild(text)}>
          Rebuild
        </button>
        <button type="button" disabled={!editable || text === level.source} onClick={() => load(shipped)}>
          Back to the shipped C
        </button>
      </div>
      {rebuilt?.kind === "none" && (
        <p class="bc-problem">
          This edit was not precompiled: no C compiler fits in a web page, so only the edits below were compiled (with
          gcc, ahead of time). Load one of them, or compare yours with them.
        </p>
      )}
      <p id={`${level.id}-pre`}>Precompiled edits (each loads and rebuilds):</p>
      <ul class="bc-variants" aria-labelledby={`${level.id}-pre`}>
        {level.variants.map((variant) => (
          <li key={variant.id}>
            <button type="button" disabled={!editable} onClick={() => load(variant)}>
              <code>{variant.label}</code>
            </button>
          </li>
        ))}
      </ul>
      {rebuilt?.kind === "variant" && (
        <div class="bc-rebuilt">
          <p>
            <strong>
              Rebuilt {rebuilt.variant.id === "shipped" ? "the shipped source" : `with “${rebuilt.variant.label}”`}.
            </strong>{" "}
            Size of this fix: {rebuilt.variant.size}.
          </p>
          {rebuilt.rows ? (
            <TestTable caption="Tests of the rebuilt listing" tests={level.tests} rows={rebuilt.rows} />
          ) : (
            <p>Running the tests…</p>
          )}
          <details>
            <summary>gcc’s listing for this source</summary>
            <Editor
              id={`${level.id}-r`}
              lines={rebuilt.variant.lines}
              diff={diffLines(level.lines, rebuilt.variant.lines)}
              addresses={rebuilt.variant.addresses}
              bytes={rebuilt.variant.bytes}
              errors={[]}
              current={0}
              focusTick={0}
              editable={false}
              dispatch={() => undefined}
            />
          </details>
        </div>
      )}
    </div>
  );
}
