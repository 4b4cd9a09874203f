/**
 * What the page the widget runs in allows. An embed may sit in a sandboxed iframe without
 * `allow-same-origin`: then storage and workers throw, and the widget must say so or degrade
 * instead of failing with an uncaught error.
 */

export function isEmbedded(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** Whether a module worker from our own origin can start here (not in an opaque-origin sandbox). */
export function workersAllowed(): boolean {
  try {
    return typeof Worker === "function" && window.origin !== "null";
  } catch {
    return false;
  }
}
