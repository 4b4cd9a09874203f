/**
 * In an iframe, tell the host page how tall the widget is whenever that changes, so the host can
 * size the frame to fit. The message follows a known convention (Observable's):
 * `{ context: "iframe.resize", src: <this page's URL>, height: <CSS pixels> }`. It carries no
 * state and nothing private, so it can go to any parent ("*"); the host script checks its origin.
 */
import { isEmbedded } from "./environment.ts";

export function reportHeightToParent(element: HTMLElement): () => void {
  if (!isEmbedded() || typeof ResizeObserver !== "function") return () => undefined;
  let last = -1;
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ context: "iframe.resize", src: window.location.href, height }, "*");
  };
  const observer = new ResizeObserver(send);
  observer.observe(element);
  send();
  return () => observer.disconnect();
}
