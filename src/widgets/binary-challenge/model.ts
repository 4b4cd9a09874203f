/**
 * The listing editor's state as plain data: the reader's lines, which line has the cursor, and an
 * undo history. Every action is a pure function so the rules (caps, what undo restores, that a
 * reset can be undone) are tested without a DOM. Typing within one line coalesces into one undo
 * step, as in a text editor; a new or removed line, a button's insert or delete, a load and a
 * reset are each a step.
 */

export const MAX_LINES = 400;
export const MAX_LINE_CHARS = 200;
const MAX_HISTORY = 200;

export interface EditorState {
  lines: string[];
  /** Index of the line that has (or last had) focus: insert and delete act on it. */
  current: number;
  /** Earlier versions, most recent last. */
  history: { lines: string[]; current: number }[];
  /** The line that the last edit typed into, so further typing there joins the same undo step. */
  typingLine: number | null;
}

export type EditorAction =
  /** The whole listing as typed in the editor, with the caret's line. */
  | { type: "text"; text: string; line: number }
  | { type: "insert"; index: number; text?: string }
  | { type: "delete"; index: number }
  | { type: "focus"; index: number }
  | { type: "undo" }
  | { type: "reset"; lines: string[] }
  | { type: "load"; lines: string[] };

export interface Applied {
  state: EditorState;
  /** Why the action did nothing (or only part of it), for the live region. */
  message?: string;
}

export function createEditor(lines: readonly string[]): EditorState {
  return { lines: [...lines], current: 0, history: [], typingLine: null };
}

/** The editor's one text surface splits into lines on either line ending. */
const linesOf = (text: string): string[] => text.split(/\r?\n/);

const clampIndex = (index: number, length: number): number => Math.max(0, Math.min(length - 1, index));

function remember(state: EditorState): EditorState["history"] {
  const history = [...state.history, { lines: state.lines, current: state.current }];
  return history.length > MAX_HISTORY ? history.slice(history.length - MAX_HISTORY) : history;
}

function commit(state: EditorState, lines: string[], current: number, typingLine: number | null = null): EditorState {
  return { lines, current: clampIndex(current, lines.length), history: remember(state), typingLine };
}

const tooLong = `A line can hold at most ${MAX_LINE_CHARS} characters; the rest was cut.`;
const tooMany = `The listing can have at most ${MAX_LINES} lines.`;

export function applyAction(state: EditorState, action: EditorAction): Applied {
  switch (action.type) {
    case "focus":
      return { state: { ...state, current: clampIndex(action.index, state.lines.length), typingLine: null } };
    case "text": {
      const capped = capLines(linesOf(action.text));
      const line = clampIndex(action.line, capped.lines.length);
      if (sameLines(capped.lines, state.lines)) return { state: { ...state, current: line } };
      // Typing within one line joins one undo step; a new or removed line starts another.
      const joins = state.typingLine === line && capped.lines.length === state.lines.length;
      const next = joins ? { ...state, lines: capped.lines, current: line } : commit(state, capped.lines, line, line);
      return capped.message ? { state: next, message: capped.message } : { state: next };
    }
    case "insert": {
      if (state.lines.length >= MAX_LINES) return { state, message: tooMany };
      const at = Math.max(0, Math.min(state.lines.length, action.index + 1));
      const lines = [...state.lines];
      lines.splice(at, 0, (action.text ?? "").slice(0, MAX_LINE_CHARS));
      return { state: commit(state, lines, at) };
    }
    case "delete": {
      if (action.index < 0 || action.index >= state.lines.length) return { state };
      if (state.lines.length === 1) {
        return state.lines[0] === "" ? { state } : { state: commit(state, [""], 0) };
      }
      const lines = state.lines.filter((_, i) => i !== action.index);
      return { state: commit(state, lines, action.index - 1) };
    }
    case "undo": {
      const previous = state.history.at(-1);
      if (!previous) return { state, message: "Nothing to undo." };
      return {
        state: {
          lines: previous.lines,
          current: clampIndex(previous.current, previous.lines.length),
          history: state.history.slice(0, -1),
          typingLine: null,
        },
      };
    }
    case "reset":
    case "load": {
      const capped = capLines(action.lines);
      if (sameLines(capped.lines, state.lines)) return { state };
      const next = commit(state, capped.lines, 0);
      return capped.message ? { state: next, message: capped.message } : { state: next };
    }
  }
}

/** Applies the caps to lines from elsewhere (a paste, a link, a precompiled listing). */
export function capLines(lines: readonly string[]): { lines: string[]; message?: string } {
  const kept = lines.slice(0, MAX_LINES);
  const cut = kept.some((line) => line.length > MAX_LINE_CHARS);
  const out = kept.map((line) => line.slice(0, MAX_LINE_CHARS));
  if (out.length === 0) out.push("");
  if (lines.length > MAX_LINES) return { lines: out, message: `${tooMany} The rest was dropped.` };
  return cut ? { lines: out, message: tooLong } : { lines: out };
}

export function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}
