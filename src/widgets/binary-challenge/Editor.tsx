/**
 * The listing editor: one text surface (a textarea) over a coloured copy of the same text, with a
 * gutter of line number, address, bytes and the line's diff mark beside it. Both layers share one
 * font, line height and padding, and the coloured copy sets the size of the box, so the caret is
 * always over its character; the gutter is its own column, so it never overlaps the code. A line
 * below names the caret's line with its address and bytes (and is what a screen reader hears as
 * the textarea's description). Before hydration (and without JavaScript) only the coloured copy
 * renders: the layout is the same.
 */
import { useLayoutEffect, useRef } from "preact/hooks";
import type { AsmError } from "../../core/asm/index.ts";
import { tokenize } from "./asm-tokens.ts";
import type { LineDiff } from "./diff.ts";
import type { EditorAction } from "./model.ts";
import { memo } from "../shared/memo.ts";

interface Props {
  id: string;
  /** What the listing is, for the textarea's name, e.g. "Listing of is_adult". */
  label?: string;
  lines: readonly string[];
  diff: LineDiff;
  addresses: readonly (number | null)[] | null;
  bytes: readonly string[] | null;
  errors: readonly AsmError[];
  current: number;
  /** Bumped when the caret should move to the current line (Go to line, insert, delete, undo). */
  focusTick: number;
  editable: boolean;
  dispatch: (action: EditorAction, focus?: boolean) => void;
}

/** Narrow screens show a symbol in the gutter, with a legend under the listing. */
const SYMBOL: Record<string, string> = { changed: "~", inserted: "+", error: "!" };

export const hex = (n: number): string => n.toString(16).padStart(2, "0");
export const spacedBytes = (bytes: string): string => bytes.replace(/(..)(?=.)/g, "$1 ");

const lineOfOffset = (text: string, offset: number): number => {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

function lineStart(lines: readonly string[], index: number): number {
  let start = 0;
  for (let i = 0; i < index; i++) start += lines[i]!.length + 1;
  return start;
}

/** Re-renders only when its props change. */
export const Editor = memo(function Editor(props: Props) {
  const { id, lines, diff, addresses, bytes, errors, current, editable, dispatch } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const textarea = area.current;
    if (props.focusTick === 0 || !textarea) return;
    const start = lineStart(lines, current);
    textarea.focus();
    textarea.setSelectionRange(start, start + (lines[current]?.length ?? 0));
  }, [props.focusTick]);

  const caretLine = (textarea: HTMLTextAreaElement) => lineOfOffset(textarea.value, textarea.selectionStart);
  const onCaret = (event: Event) => {
    const line = caretLine(event.currentTarget as HTMLTextAreaElement);
    if (line !== current) dispatch({ type: "focus", index: line });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key.toLowerCase() === "z" && (event.ctrlKey || event.metaKey) && !event.shiftKey) {
      event.preventDefault();
      dispatch({ type: "undo" }, true);
    }
  };

  const errorLines = new Set(errors.map((e) => e.line - 1));
  const statusOf = (index: number): string => {
    if (errorLines.has(index)) return "error";
    const mark = diff.marks[index];
    return mark && mark.kind !== "same" ? mark.kind : "";
  };
  const deletedAbove = (index: number): number => diff.deletedBefore[index] ?? 0;
  const endDeleted = diff.deletedBefore[lines.length] ?? 0;
  const describe = (index: number): string => {
    const address = addresses?.[index];
    const code = bytes?.[index] ?? "";
    const parts = [`Line ${index + 1} of ${lines.length}`];
    if (address !== null && address !== undefined) parts.push(`address ${hex(address)}, bytes ${spacedBytes(code)}`);
    const status = statusOf(index);
    if (status) parts.push(status);
    if (deletedAbove(index) > 0) parts.push(`${deletedAbove(index)} shipped line(s) deleted above it`);
    return parts.join(", ");
  };

  return (
    <div class="asm-editor">
      <div class="asm-box">
        <div class="asm-gutter" aria-hidden="true">
          {lines.map((_, index) => {
            const address = addresses?.[index];
            const status = statusOf(index);
            const deleted = deletedAbove(index);
            return (
              <span key={index} class="asm-g">
                <span class="asm-no">{index + 1}</span>
                <span class="asm-addr">{address === null || address === undefined ? "" : hex(address)}</span>
                <span class="asm-bytes">{spacedBytes(bytes?.[index] ?? "")}</span>
                <span class={`asm-mark${status === "error" ? " asm-mark-error" : ""}`}>
                  {deleted > 0 && <span class="asm-del">−{deleted}</span>}
                  <span class="asm-word">{status}</span>
                  <span class="asm-sym">{status ? SYMBOL[status] : ""}</span>
                </span>
              </span>
            );
          })}
        </div>
        <div class="asm-code">
          <pre class="asm-layer" aria-hidden={editable ? "true" : undefined}>
            {lines.map((text, index) => {
              const status = statusOf(index);
              return (
                <span
                  key={index}
                  class={`asm-row${status ? ` asm-${status}` : ""}${deletedAbove(index) > 0 ? " asm-del-above" : ""}${index === current && editable ? " asm-current" : ""}`}
                >
                  {tokenize(text).map((token, k) =>
                    token.kind === "plain" ? (
                      token.text
                    ) : (
                      <span key={k} class={`tk-${token.kind}`}>
                        {token.text}
                      </span>
                    ),
                  )}
                  {"\n"}
                </span>
              );
            })}
          </pre>
          {editable && (
            <textarea
              ref={area}
              id={`${id}-text`}
              class="asm-input"
              value={lines.join("\n")}
              wrap="off"
              spellcheck={false}
              autocomplete="off"
              autocapitalize="off"
              aria-label={props.label ?? "Listing"}
              aria-describedby={`${id}-caret`}
              aria-invalid={errors.length > 0}
              onInput={(e) => {
                const textarea = e.currentTarget;
                dispatch({ type: "text", text: textarea.value, line: caretLine(textarea) });
              }}
              onKeyUp={onCaret}
              onClick={onCaret}
              onKeyDown={onKeyDown}
            />
          )}
        </div>
      </div>
      {(diff.changed > 0 || diff.inserted > 0 || diff.deleted > 0 || errors.length > 0) && (
        <p class="asm-legend">Marks: ~ changed, + inserted, ! error, −n lines deleted above.</p>
      )}
      {endDeleted > 0 && (
        <p class="asm-deleted">
          {endDeleted === 1 ? "1 shipped line deleted at the end" : `${endDeleted} shipped lines deleted at the end`}
        </p>
      )}
      {/* Server-rendered too (hidden without scripting, styles.css), so hydrating adds no line. */}
      <p class="asm-caret" id={`${id}-caret`}>
        {describe(Math.min(current, lines.length - 1))}
      </p>
    </div>
  );
});
