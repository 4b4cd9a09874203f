/**
 * A function whose identity never changes and which always calls the `callback` of the latest
 * render: for the props of memoised children (memo.ts would re-render them for a fresh closure
 * every time) and for async work that finishes after later renders.
 */
import { useCallback, useRef } from "preact/hooks";

export function useLatestCallback<A extends unknown[], R>(callback: (...args: A) => R): (...args: A) => R {
  const latest = useRef(callback);
  latest.current = callback;
  return useCallback((...args: A) => latest.current(...args), []);
}
