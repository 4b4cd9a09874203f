/**
 * Reading and writing a widget's state in the URL fragment (the codec lives in src/core/share).
 * A share link always points at the chapter that holds the widget, so it opens with the prose
 * around it; the embed reads the same fragment, so the same link works in an iframe's src.
 */
import { decodeShare, encodeShare, type Decoded, type ShareSpec } from "../../core/share/fragment.ts";

export function readSharedState<State>(spec: ShareSpec<State>): Decoded<State> {
  try {
    return decodeShare(spec, window.location.hash);
  } catch {
    return { kind: "invalid", notice: "This link's saved state could not be read, so the default is shown." };
  }
}

export function shareUrl<State>(spec: ShareSpec<State>, state: State, pagePath: string): string {
  const url = new URL(pagePath, window.location.origin);
  url.hash = encodeShare(spec, state);
  return url.href;
}

export function embedUrl<State>(spec: ShareSpec<State>, state: State | null): string {
  const url = new URL(`/embed/${spec.widget}/`, window.location.origin);
  if (state !== null) url.hash = encodeShare(spec, state);
  return url.href;
}

/** Copies text to the clipboard; false when the page may not (sandboxed frames, old browsers). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
