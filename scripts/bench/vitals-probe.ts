/**
 * What the Web Vitals bench injects into each page before any of the page's own scripts run:
 * web-vitals' attribution build reports LCP, CLS, FCP and TTFB (with the element behind LCP and
 * behind the largest shift), and two observers record every interaction's latency (Event Timing,
 * which is what INP is made of, so each click can be attributed on its own) and every long task.
 * The probe is serialized into the page, so it must not refer to anything outside itself.
 */
import { readFileSync } from "node:fs";

/** One interaction's longest event, split the way INP attribution splits it. */
export interface InteractionEntry {
  durationMs: number;
  startMs: number;
  target: string;
  /** Until the handlers start: the main thread was busy. */
  inputDelayMs: number;
  /** The event handlers themselves. */
  processingMs: number;
  /** From the handlers' end to the next frame: style, layout and paint of what they changed. */
  presentationMs: number;
}

export interface ProbeStore {
  lcpMs: number | null;
  lcpTarget: string | null;
  cls: number;
  clsTarget: string | null;
  /** How the largest shift moved its element, and when: the cause of a CLS figure. */
  clsMove: string | null;
  fcpMs: number | null;
  ttfbMs: number | null;
  /** interactionId → the longest event duration of that interaction (its INP contribution). */
  interactions: Record<string, InteractionEntry>;
  longTasks: { startMs: number; durationMs: number }[];
  /** Long animation frames (> 50 ms), split into script time and style/layout time: why a task is long. */
  longFrames: { startMs: number; durationMs: number; scriptMs: number; styleLayoutMs: number }[];
}

const WEB_VITALS_IIFE = "node_modules/web-vitals/dist/web-vitals.attribution.iife.js";

/**
 * web-vitals' IIFE declares `var webVitals`; Playwright evaluates an init script inside a function,
 * where that var stays local, so the script publishes it on window itself.
 */
export const webVitalsInitScript = (): string =>
  `${readFileSync(WEB_VITALS_IIFE, "utf8")}\nwindow.webVitals = webVitals;\n`;

interface Metric {
  value: number;
  attribution: {
    target?: string;
    largestShiftTarget?: string;
    largestShiftTime?: number;
    largestShiftSource?: { previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
  };
}
type OnMetric = (callback: (metric: Metric) => void, options?: { reportAllChanges?: boolean }) => void;

export function installProbe(): void {
  const scope = window as unknown as {
    webVitals?: { onLCP: OnMetric; onCLS: OnMetric; onFCP: OnMetric; onTTFB: OnMetric };
    __benchProbe?: ProbeStore;
  };
  const store: ProbeStore = {
    lcpMs: null,
    lcpTarget: null,
    cls: 0,
    clsTarget: null,
    clsMove: null,
    fcpMs: null,
    ttfbMs: null,
    interactions: {},
    longTasks: [],
    longFrames: [],
  };
  scope.__benchProbe = store;
  const vitals = scope.webVitals;
  if (vitals) {
    const all = { reportAllChanges: true };
    vitals.onLCP((m) => {
      store.lcpMs = m.value;
      store.lcpTarget = m.attribution.target ?? null;
    }, all);
    vitals.onCLS((m) => {
      store.cls = m.value;
      store.clsTarget = m.attribution.largestShiftTarget ?? null;
      const source = m.attribution.largestShiftSource;
      if (source) {
        const { previousRect: from, currentRect: to } = source;
        store.clsMove = `top ${Math.round(from.y)}→${Math.round(to.y)} px, height ${Math.round(from.height)}→${Math.round(to.height)} px at ${Math.round(m.attribution.largestShiftTime ?? 0)} ms`;
      }
    }, all);
    vitals.onFCP((m) => (store.fcpMs = m.value), all);
    vitals.onTTFB((m) => (store.ttfbMs = m.value), all);
  }
  const describe = (node: Node | null): string => {
    if (!(node instanceof Element)) return "?";
    const label = node.getAttribute("aria-label") ?? node.textContent?.trim().slice(0, 40) ?? "";
    return `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(" ")[0]}` : ""} "${label}"`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (!entry.interactionId) continue;
      const key = String(entry.interactionId);
      const seen = store.interactions[key];
      if (!seen || entry.duration > seen.durationMs) {
        store.interactions[key] = {
          durationMs: entry.duration,
          startMs: entry.startTime,
          target: describe(entry.target),
          inputDelayMs: entry.processingStart - entry.startTime,
          processingMs: entry.processingEnd - entry.processingStart,
          presentationMs: entry.startTime + entry.duration - entry.processingEnd,
        };
      }
    }
    // 16 ms is the smallest threshold Event Timing accepts; a faster interaction is not reported.
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      store.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
  }).observe({ type: "longtask", buffered: true });
  interface LongFrame extends PerformanceEntry {
    styleAndLayoutStart: number;
    scripts: { duration: number }[];
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LongFrame[]) {
      store.longFrames.push({
        startMs: entry.startTime,
        durationMs: entry.duration,
        scriptMs: entry.scripts.reduce((sum, script) => sum + script.duration, 0),
        styleLayoutMs: entry.styleAndLayoutStart > 0 ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0,
      });
    }
  }).observe({ type: "long-animation-frame", buffered: true });
}
