/**
 * The listing editor: one text field per line, with its address and bytes beside it, so a reader
 * edits in place the way a binary patcher thinks (line by line, byte by byte) and a screen reader
 * hears each line with its address. Only the current line is in the Tab order (arrow keys move
 * between lines); Enter inserts a line below, Backspace on an empty line deletes it. Before
 * hydration (and without JavaScript) the same rows render as plain text.
 */
import { Fragment } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import type { AsmError } from "../../core/asm/index.ts";
import type { LineDiff } from "./diff.ts";
import type { EditorAction } from "./model.ts";
import { describeError } from "./results.ts";
import { memo } from "../shared/memo.ts";

interface Props {
  id: string;
  lines: readonly string[];
  diff: LineDiff;
  addresses: readonly (number | null)[] | null;
  bytes: readonly string[] | null;
  errors: readonly AsmError[];
  current: number;
  /** Bumped when the current line should take focus (after a keyboard insert, delete or undo). */
  focusTick: number;
  editable: boolean;
  dispatch: (action: EditorAction, focus?: boolean) => void;
}

export const hex = (n: number): string => n.toString(16).padStart(2, "0");
export const spacedBytes = (bytes: string): string => bytes.replace(/(..)(?=.)/g, "$1 ");

/** Re-renders only when its props change: typing in one line must not redraw the others. */
export const Editor = memo(function Editor({
  id,
  lines,
  diff,
  addresses,
  bytes,
  errors,
  current,
  focusTick,
  editable,
  dispatch,
}: Props) {
  const list = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    if (focusTick > 0) list.current?.querySelector<HTMLInputElement>(`[data-index="${current}"]`)?.focus();
  }, [focusTick]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const input = event.currentTarget as HTMLInputElement;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (event.key === "Enter" && plain && !event.shiftKey) {
      event.preventDefault();
      dispatch({ type: "insert", index }, true);
    } else if (event.key === "Backspace" && plain && input.value === "" && lines.length > 1) {
      event.preventDefault();
      dispatch({ type: "delete", index }, true);
    } else if ((event.key === "ArrowUp" || event.key === "ArrowDown") && plain) {
      const next = index + (event.key === "ArrowUp" ? -1 : 1);
      const target = list.current?.querySelector<HTMLInputElement>(`[data-index="${next}"]`);
      if (target) {
        event.preventDefault();
        const column = input.selectionStart ?? 0;
        target.focus();
        target.setSelectionRange(column, column);
      }
    } else if (event.key.toLowerCase() === "z" && (event.ctrlKey || event.metaKey) && !event.shiftKey) {
      event.preventDefault();
      dispatch({ type: "undo" }, true);
    }
  };

  const onPaste = (event: ClipboardEvent, index: number) => {
    const text = event.clipboardData?.getData("text") ?? "";
    if (!/[\r\n]/.test(text)) return;
    event.preventDefault();
    const input = event.currentTarget as HTMLInputElement;
    const before = input.value.slice(0, input.selectionStart ?? 0);
    const after = input.value.slice(input.selectionEnd ?? input.value.length);
    const pasted = text.split(/\r?\n/);
    pasted[0] = before + pasted[0];
    pasted[pasted.length - 1] += after;
    dispatch({ type: "paste", index, texts: pasted }, true);
  };

  const rows = lines.map((text, index) => {
    const mark = diff.marks[index];
    const lineErrors = errors.filter((e) => e.line === index + 1);
    const address = addresses?.[index];
    const code = bytes?.[index] ?? "";
    const status = lineErrors.length > 0 ? "error" : mark && mark.kind !== "same" ? mark.kind : "";
    const deleted = diff.deletedBefore[index] ?? 0;
    return (
      <Fragment key={index}>
        {deleted > 0 && (
          <li class="asm-deleted">
            {deleted === 1 ? "1 shipped line deleted here" : `${deleted} shipped lines deleted here`}
          </li>
        )}
        <li class={`asm-line${status ? ` asm-${status}` : ""}${index === current ? " asm-current" : ""}`}>
          <span class="asm-no" aria-hidden="true">
            {index + 1}
          </span>
          <span class="asm-addr" id={`${id}-a${index}`}>
            {address === null || address === undefined ? "" : hex(address)}
          </span>
          <span class="asm-bytes">{spacedBytes(code)}</span>
          {editable ? (
            <input
              type="text"
              class="asm-text"
              value={text}
              data-index={index}
              tabIndex={index === current ? 0 : -1}
              maxLength={200}
              spellcheck={false}
              autocomplete="off"
              autocapitalize="off"
              aria-label={`Line ${index + 1}`}
              aria-describedby={`${id}-m${index}`}
              aria-invalid={lineErrors.length > 0}
              onInput={(e) => dispatch({ type: "edit", index, text: e.currentTarget.value })}
              onFocus={() => index !== current && dispatch({ type: "focus", index })}
              onKeyDown={(e) => onKeyDown(e, index)}
              onPaste={(e) => onPaste(e, index)}
            />
          ) : (
            <code class="asm-text">{text}</code>
          )}
          <span class="asm-mark" id={`${id}-m${index}`}>
            {address !== null && address !== undefined && (
              <span class="sr-only">
                address {hex(address)}, bytes {spacedBytes(code)}
                {status ? ", " : ""}
              </span>
            )}
            {status && <span>{status}</span>}
          </span>
          {lineErrors.map((e) => (
            <span class="asm-error" key={`${e.line}:${e.column}`}>
              {describeError(e)}
            </span>
          ))}
        </li>
      </Fragment>
    );
  });
  const endDeleted = diff.deletedBefore[lines.length] ?? 0;
  return (
    <>
      <span class="visually-hidden">Listing: line, address, bytes, instruction</span>
      <ol class="asm" ref={list}>
        {rows}
        {endDeleted > 0 && (
          <li class="asm-deleted">
            {endDeleted === 1 ? "1 shipped line deleted at the end" : `${endDeleted} shipped lines deleted at the end`}
          </li>
        )}
      </ol>
    </>
  );
});
