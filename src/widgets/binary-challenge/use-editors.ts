/**
 * The listing editor's state for every level (so switching levels loses nothing), as one reducer
 * over model.ts's pure actions. What an action could not do (a cap, "nothing to undo") is kept as
 * a numbered message for the live region, and a keyboard action that moves the current line bumps
 * `focusTick` so the editor moves focus with it.
 */
import { useReducer } from "preact/hooks";
import { applyAction, createEditor, type EditorAction, type EditorState } from "./model.ts";

interface Editors {
  byLevel: Record<string, EditorState>;
  message: { text: string; seq: number };
  focusTick: number;
}

type Change =
  | { type: "apply"; level: string; shipped: readonly string[]; action: EditorAction; focus: boolean }
  | { type: "restore"; level: string; lines: string[] };

function reduce(state: Editors, change: Change): Editors {
  if (change.type === "restore") {
    return { ...state, byLevel: { ...state.byLevel, [change.level]: createEditor(change.lines) } };
  }
  const current = state.byLevel[change.level] ?? createEditor(change.shipped);
  const applied = applyAction(current, change.action);
  if (applied.state === current && !applied.message && !change.focus) return state;
  return {
    byLevel: applied.state === current ? state.byLevel : { ...state.byLevel, [change.level]: applied.state },
    message: applied.message ? { text: applied.message, seq: state.message.seq + 1 } : state.message,
    focusTick: change.focus ? state.focusTick + 1 : state.focusTick,
  };
}

const EMPTY: Editors = { byLevel: {}, message: { text: "", seq: 0 }, focusTick: 0 };

export function useEditors() {
  const [state, change] = useReducer(reduce, EMPTY);
  return {
    editorFor: (level: string, shipped: readonly string[]): EditorState =>
      state.byLevel[level] ?? createEditor(shipped),
    message: state.message,
    focusTick: state.focusTick,
    apply: (level: string, shipped: readonly string[], action: EditorAction, focus = false) =>
      change({ type: "apply", level, shipped, action, focus }),
    restore: (level: string, lines: string[]) => change({ type: "restore", level, lines }),
  };
}
