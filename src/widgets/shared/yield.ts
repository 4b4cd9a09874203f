/**
 * Giving the main thread back. A click's latency (INP) runs until the next frame is painted, so a
 * handler should change what the reader sees ("Running…") and leave the heavy work to a later
 * task: `afterNextPaint` resolves once the frame showing that change has been produced, and
 * `yieldToMain` between steps of long work lets input and rendering in, so no single task
 * blocks the page for long.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/** A new task: scheduler.yield where the browser has it (it keeps its place in the queue), else a message. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel === "undefined") {
      setTimeout(resolve, 0);
      return;
    }
    // A message is not clamped to 4 ms the way nested timeouts are.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A page that renders no frame this long is not painting (an occluded or background tab). */
export const NO_FRAME_MS = 100;

/**
 * Resolves in a task after the next frame: its animation-frame callback runs just before that
 * frame is painted, so the task it queues runs after. A hidden page paints no frames (and runs
 * no frame callbacks), so there it is simply a new task; a page whose frames stall (a tab that
 * says it is visible but is not drawn) goes on after NO_FRAME_MS, so work never waits forever.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame === "undefined" || document.visibilityState === "hidden") return yieldToMain();
  return new Promise((resolve) => {
    let settled = false;
    const go = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void yieldToMain().then(resolve);
    };
    const timer = setTimeout(go, NO_FRAME_MS);
    requestAnimationFrame(go);
  });
}
