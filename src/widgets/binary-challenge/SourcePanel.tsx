/**
 * The other repair path: edit the C and rebuild. Any edit rebuilds: a short pause after the
 * reader stops typing (or Rebuild, or Ctrl+Enter), the source is compiled and the level's tests
 * run on the result. Edits that gcc compiled ahead of time (whitespace does not matter) show
 * gcc -O2's real listing and its byte diff; any other edit is compiled in the page by the site's
 * own C compiler, loaded on the first edit, and its listing is measured against that compiler's
 * build of the shipped C. A compile error points at its line of C.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { CBuild, CError } from "./c-build.ts";
import { excerpt, lineRange, loadCompiler } from "./c-loader.ts";
import { diffLines } from "./diff.ts";
import { Editor } from "./Editor.tsx";
import type { Engine } from "./engine.ts";
import type { LevelData, SourceVariant } from "./levels.ts";
import { Payoff } from "./Payoff.tsx";
import { describeError, type RowView } from "./results.ts";
import { MAX_SOURCE_CHARS } from "./share.ts";
import { matchSource } from "./source-match.ts";
import { Success } from "./Success.tsx";
import { TestTable } from "./TestTable.tsx";

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

type Built =
  | { kind: "gcc"; variant: SourceVariant; rows: RowView[] | null }
  | {
      kind: "ours";
      lines: string[];
      addresses: (number | null)[];
      bytes: string[];
      base: string[];
      size: string;
      rows: RowView[] | null;
    }
  | { kind: "errors"; errors: CError[]; source: string }
  | { kind: "building" }
  | null;

/** Long enough that a typist's next key usually lands first; short enough to feel live. */
const PAUSE_MS = 350;

const passSentence = (passed: number, total: number) =>
  passed === total ? `all ${total} tests pass` : `${passed} of ${total} tests pass`;

export function SourcePanel({ level, text, setText, rebuildTick, loadEngine, announce, editable }: Props) {
  const [built, setBuilt] = useState<Built>(null);
  const [edited, setEdited] = useState(false);
  const generation = useRef(0);
  const area = useRef<HTMLTextAreaElement>(null);
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
    const gen = ++generation.current;
    const stale = () => gen !== generation.current;
    const variant = matchSource(source, [shipped, ...level.variants]);
    try {
      if (variant) {
        setBuilt({ kind: "gcc", variant, rows: null });
        const engine = await loadEngine();
        const run = await engine.runTable(variant.lines.join("\n"), level.fn, level.tests, stale);
        if (stale() || !run.ok) return;
        setBuilt({ kind: "gcc", variant, rows: run.rows });
        if (variant.id !== "shipped" && run.passed === run.total)
          engine.recordSourceFix(level.level, level.source, source);
        const name = variant.id === "shipped" ? "the shipped source" : `“${variant.label}”`;
        announce(`Rebuilt ${name} (gcc -O2, compiled ahead of time): ${passSentence(run.passed, run.total)}.`);
        return;
      }
      setBuilt((b) => (b?.kind === "ours" ? b : { kind: "building" }));
      const compiler = await loadCompiler();
      if (stale()) return;
      const build: CBuild = compiler.buildC(source);
      if (!build.ok) {
        const e = build.errors[0]!;
        setBuilt({ kind: "errors", errors: build.errors, source });
        announce(`The C does not compile. ${describeError(e)}`);
        return;
      }
      const base = compiler.shippedBuild(level.id, level.source);
      const ours = {
        kind: "ours" as const,
        lines: build.lines,
        addresses: build.encoded.addresses,
        bytes: build.encoded.bytes,
        base: base.ok ? base.lines : build.lines,
        size: compiler.describeEdit(level.source, base, source, build),
      };
      const run = compiler.testBuild(build, level.fn, level.tests);
      setBuilt({ ...ours, rows: run.rows });
      if (run.passed === run.total)
        void loadEngine().then((engine) => engine.recordSourceFix(level.level, level.source, source));
      announce(`Rebuilt with this site’s C compiler: ${passSentence(run.passed, run.total)}.`);
    } catch {
      if (stale()) return;
      setBuilt(null);
      announce("The compiler could not be loaded. Check your connection and try Rebuild again.");
    }
  };

  // Declared first: on mount, a pending rebuild (from a shared link) must win over the reset.
  useEffect(() => {
    generation.current++;
    setBuilt(null);
    setEdited(false);
  }, [level.id]);
  useEffect(() => {
    if (rebuildTick > 0) void rebuild(text);
  }, [rebuildTick]);
  // Compile after a pause in typing, never inside the input handler.
  useEffect(() => {
    if (!edited) return;
    const timer = setTimeout(() => void rebuild(text), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, edited]);

  const onInput = (value: string) => {
    if (!edited) {
      setEdited(true);
      void loadCompiler().catch(() => undefined);
    }
    setText(value);
  };
  const load = (variant: SourceVariant) => {
    setText(variant.source);
    void rebuild(variant.source);
  };
  const goToCLine = (line: number) => {
    const textarea = area.current;
    if (!textarea) return;
    const [start, end] = lineRange(textarea.value, line);
    textarea.focus();
    textarea.setSelectionRange(start, end);
  };
  const rows = built?.kind === "gcc" || built?.kind === "ours" ? built.rows : null;
  const allPass = rows !== null && rows.every((row) => row.pass);

  return (
    <div class="bc-source">
      <label class="bc-block-label" for={`${level.id}-c`}>
        C source of <code>{level.fn.name}</code> (edit it: it rebuilds when you pause)
      </label>
      <textarea
        id={`${level.id}-c`}
        ref={area}
        class="bc-c"
        rows={Math.min(14, text.split("\n").length + 1)}
        maxLength={MAX_SOURCE_CHARS}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        disabled={!editable}
        aria-invalid={built?.kind === "errors"}
        aria-describedby={built?.kind === "errors" ? `${level.id}-c-errors` : undefined}
        value={text}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <div class="bc-toolbar">
        <button type="button" class="button-primary" disabled={!editable} onClick={() => void rebuild(text)}>
          Rebuild
        </button>
        <button type="button" disabled={!editable || text === level.source} onClick={() => load(shipped)}>
          Back to the shipped C
        </button>
      </div>
      <p class="bc-muted">
        Any edit compiles. Edits that gcc compiled ahead of time show gcc’s real <code>-O2</code> listing; any other
        edit is compiled here by this site’s own C compiler, a small compiler written in TypeScript that optimises only
        lightly, and the tests run on whichever listing was built.
      </p>
      {built?.kind === "errors" && (
        <div class="bc-problem" id={`${level.id}-c-errors`}>
          <p>The C does not compile:</p>
          <ul>
            {built.errors.slice(0, 5).map((e) => (
              <li key={`${e.line}:${e.column}`}>
                {describeError(e)}{" "}
                <button type="button" class="bc-link" onClick={() => goToCLine(e.line)}>
                  Go to line {e.line} of the C
                </button>
                <pre class="bc-excerpt">{excerpt(built.source, e.line, e.column)}</pre>
              </li>
            ))}
          </ul>
        </div>
      )}
      {built?.kind === "building" && <p>Compiling…</p>}
      {(built?.kind === "gcc" || built?.kind === "ours") && (
        <div class="bc-rebuilt">
          {allPass && built.kind === "ours" && <Success total={rows.length} how="rebuilt C" />}
          {allPass && built.kind === "gcc" && built.variant.id !== "shipped" && (
            <Success total={rows.length} how="rebuilt C" />
          )}
          <Payoff
            label="Size of this fix"
            size={built.kind === "gcc" ? built.variant.size : built.size}
            compare={
              built.kind === "gcc"
                ? "Built by gcc -O2 ahead of time; bytes compared with gcc’s build of the shipped C."
                : "Built here by this site’s C compiler; bytes compared with its build of the shipped C."
            }
          />
          {rows ? (
            <TestTable caption="Tests of the rebuilt listing" tests={level.tests} rows={rows} />
          ) : (
            <p>Running the tests…</p>
          )}
          {built.kind === "gcc" ? (
            <details>
              <summary>gcc’s -O2 listing for this source</summary>
              <Editor
                id={`${level.id}-r`}
                lines={built.variant.lines}
                diff={diffLines(level.lines, built.variant.lines)}
                addresses={built.variant.addresses}
                bytes={built.variant.bytes}
                errors={[]}
                current={0}
                focusTick={0}
                editable={false}
                dispatch={() => undefined}
              />
            </details>
          ) : (
            <>
              <details open>
                <summary>This site’s compiler’s listing for your C (lightly optimised)</summary>
                <Editor
                  id={`${level.id}-o`}
                  lines={built.lines}
                  diff={diffLines(built.base, built.lines)}
                  addresses={built.addresses}
                  bytes={built.bytes}
                  errors={[]}
                  current={0}
                  focusTick={0}
                  editable={false}
                  dispatch={() => undefined}
                />
              </details>
              <details>
                <summary>gcc’s real -O2 listing of the shipped C, for comparison</summary>
                <Editor
                  id={`${level.id}-g`}
                  lines={level.lines}
                  diff={diffLines(level.lines, level.lines)}
                  addresses={level.addresses}
                  bytes={level.bytes}
                  errors={[]}
                  current={0}
                  focusTick={0}
                  editable={false}
                  dispatch={() => undefined}
                />
              </details>
            </>
          )}
        </div>
      )}
      <p id={`${level.id}-pre`}>Edits gcc compiled ahead of time (each loads and rebuilds):</p>
      <ul class="bc-variants" aria-labelledby={`${level.id}-pre`}>
        {level.variants.map((variant) => (
          <li key={variant.id}>
            <button type="button" disabled={!editable} onClick={() => load(variant)}>
              <code>{variant.label}</code>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
