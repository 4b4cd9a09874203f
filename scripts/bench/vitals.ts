/**
 * The Web Vitals section: a real Chromium (Playwright) loads each page with its CPU slowed 4×
 * (CDP Emulation.setCPUThrottlingRate) in a phone-sized viewport, then does what a reader does:
 * toggles the theme, scrolls to each widget and presses its first button. Per run we keep LCP,
 * CLS, FCP, TTFB, the longest task, and each click's interaction latency (the figure INP takes
 * its maximum of). A chapter whose widget is still a placeholder reports "widget not built yet".
 */
import type { Browser, Page } from "@playwright/test";
import { installProbe, webVitalsInitScript, type InteractionEntry, type ProbeStore } from "./vitals-probe.ts";
import { summarizeField, type Summary } from "./stats.ts";

export const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile screen, so both sections lay the page out alike. */
const VIEWPORT = { width: 412, height: 823 };
/** Below this, Event Timing does not report an interaction: its latency is at most this. */
export const EVENT_TIMING_FLOOR_MS = 16;
/** How long after a widget click we watch for long tasks (a retrain takes about a second). */
const AFTER_WIDGET_CLICK_MS = 3000;

export interface InteractionRun {
  /** Latency of the click; null when it was under EVENT_TIMING_FLOOR_MS. */
  latencyMs: number | null;
  /** The slowest event of the click, split into its three parts (null under the floor). */
  parts: Pick<InteractionEntry, "inputDelayMs" | "processingMs" | "presentationMs"> | null;
  longestTaskMs: number;
  /** The longest animation frame after the click, broken down (why a task was long). */
  longestFrame: string | null;
}

export type WidgetRun =
  | { name: string; status: "not built" }
  | { name: string; status: "no button" | "error"; detail: string }
  | ({ name: string; status: "measured"; button: string } & InteractionRun);

export interface VitalsRun {
  ttfbMs: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  lcpTarget: string | null;
  cls: number;
  clsTarget: string | null;
  longestLoadTaskMs: number;
  /** What the longest frame during load spent its time on. */
  longestLoadFrame: string | null;
  themeToggle: InteractionRun | null;
  widgets: WidgetRun[];
}

export interface WidgetFigures {
  name: string;
  status: WidgetRun["status"];
  detail: string | null;
  button: string | null;
  /** Under the floor counts as the floor: an upper bound, flagged by `underFloorRuns`. */
  latencyMs: Summary | null;
  underFloorRuns: number;
  /** Medians of the slowest event's parts, over the runs above the floor. */
  inputDelayMs: Summary | null;
  processingMs: Summary | null;
  presentationMs: Summary | null;
  longestTaskMs: Summary | null;
  /** From the run with the longest task. */
  longestFrame: string | null;
}

export interface VitalsFigures {
  page: string;
  runs: number;
  cpuSlowdown: number;
  viewport: typeof VIEWPORT;
  ttfbMs: Summary | null;
  fcpMs: Summary | null;
  lcpMs: Summary | null;
  lcpTarget: string | null;
  cls: Summary | null;
  clsTarget: string | null;
  longestLoadTaskMs: Summary | null;
  /** The longest frame of the run with the longest load task, broken down. */
  longestLoadFrame: string | null;
  themeToggle: Omit<WidgetFigures, "name" | "status" | "detail" | "button"> | null;
  widgets: WidgetFigures[];
}

const readProbe = (page: Page): Promise<ProbeStore> =>
  page.evaluate(() => (window as unknown as { __benchProbe: ProbeStore }).__benchProbe);

/** Clicks, waits, and returns the latency of the interactions the click started. */
async function measureClick(page: Page, click: () => Promise<void>, waitMs: number): Promise<InteractionRun> {
  const before = await readProbe(page);
  const clickedAtMs = await page.evaluate(() => performance.now());
  await click();
  await page.waitForTimeout(waitMs);
  const after = await readProbe(page);
  const fresh = Object.entries(after.interactions)
    .filter(([id]) => !(id in before.interactions))
    .map(([, interaction]) => interaction);
  const slowest = fresh.sort((a, b) => b.durationMs - a.durationMs)[0];
  const tasks = after.longTasks.filter((task) => task.startMs + task.durationMs >= clickedAtMs);
  return {
    latencyMs: slowest?.durationMs ?? null,
    parts: slowest
      ? {
          inputDelayMs: slowest.inputDelayMs,
          processingMs: slowest.processingMs,
          presentationMs: slowest.presentationMs,
        }
      : null,
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.durationMs)),
    longestFrame: describeFrame(after.longFrames.filter((frame) => frame.startMs + frame.durationMs >= clickedAtMs)),
  };
}

/**
 * How to reach each widget's main action, by the button names a reader sees: buttons pressed first
 * (not measured, e.g. opening a tab), then the one whose click is measured. A widget missing here,
 * or whose buttons were renamed, falls back to its first enabled button and says so.
 */
const WIDGET_ACTIONS: Record<string, { steps: RegExp[]; action: RegExp }> = {
  "binary-challenge": { steps: [], action: /^run tests$/i },
  "weights-challenge": { steps: [/^start the challenge$/i, /^fix the data$/i], action: /^retrain$/i },
  "reproducibility-lab": { steps: [], action: /rebuild|retrain/i },
  "lm-challenge": { steps: [], action: /^start the model$/i },
};

/** A step's button may appear only after a lazily loaded panel arrives. */
const STEP_TIMEOUT_MS = 15_000;

async function measureWidget(page: Page, name: string): Promise<WidgetRun> {
  const slot = page.locator(`section.widget-slot[data-widget="${name}"]`);
  if ((await slot.locator("astro-island").count()) === 0) {
    return (await slot.locator(".widget-placeholder").count()) > 0
      ? { name, status: "not built" }
      : { name, status: "error", detail: "no island and no placeholder in the slot" };
  }
  try {
    await slot.scrollIntoViewIfNeeded();
    // Astro drops `ssr` from an island once it has hydrated: only then do its buttons work.
    await slot.locator("astro-island:not([ssr])").first().waitFor({ timeout: 20_000 });
    const plan = WIDGET_ACTIONS[name];
    let fallback: string | null = plan ? null : "no action path for this widget in vitals.ts";
    if (plan) {
      for (const step of plan.steps) {
        const button = slot.getByRole("button", { name: step }).first();
        await button.click({ timeout: STEP_TIMEOUT_MS });
      }
    }
    let button = slot
      .getByRole("button", { name: plan?.action ?? /$^/ })
      .and(slot.locator("button:enabled"))
      .first();
    if (plan) {
      await button.waitFor({ timeout: STEP_TIMEOUT_MS }).catch(() => {
        fallback = `no enabled button named ${String(plan.action)}`;
      });
    }
    if (fallback !== null) button = slot.locator("button:enabled").first();
    if ((await button.count()) === 0) return { name, status: "no button", detail: "the widget has no enabled button" };
    const label = ((await button.getAttribute("aria-label")) ?? (await button.innerText())).trim();
    const result = await measureClick(page, () => button.click(), AFTER_WIDGET_CLICK_MS);
    return { name, status: "measured", button: fallback ? `${label} (fallback: ${fallback})` : label, ...result };
  } catch (error) {
    return { name, status: "error", detail: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}

function describeFrame(frames: ProbeStore["longFrames"]): string | null {
  const longest = [...frames].sort((a, b) => b.durationMs - a.durationMs)[0];
  if (!longest) return null;
  const rest = longest.durationMs - longest.scriptMs - longest.styleLayoutMs;
  return `${Math.round(longest.durationMs)} ms frame at ${Math.round(longest.startMs)} ms: scripts ${Math.round(longest.scriptMs)} ms, style and layout ${Math.round(longest.styleLayoutMs)} ms, other (parsing, paint) ${Math.round(rest)} ms`;
}

async function oneRun(browser: Browser, url: string): Promise<VitalsRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.addInitScript({ content: webVitalsInitScript() });
    await page.addInitScript(installProbe);
    await page.goto(url, { waitUntil: "load" });
    // LCP and late shifts (web fonts swapping in) settle after load; the page has no timers of its own.
    await page.waitForTimeout(1500);
    const loaded = await readProbe(page);
    const toggle = page.locator("[data-theme-toggle]:visible").first();
    const themeToggle = (await toggle.count()) > 0 ? await measureClick(page, () => toggle.click(), 500) : null;
    const names = await page
      .locator("section.widget-slot")
      .evaluateAll((slots) => slots.map((s) => s.getAttribute("data-widget") ?? "?"));
    const widgets: WidgetRun[] = [];
    for (const name of names) widgets.push(await measureWidget(page, name));
    const final = await readProbe(page);
    return {
      ttfbMs: loaded.ttfbMs,
      fcpMs: loaded.fcpMs,
      lcpMs: loaded.lcpMs,
      lcpTarget: loaded.lcpTarget,
      cls: final.cls,
      clsTarget: final.clsTarget && final.clsMove ? `${final.clsTarget} (${final.clsMove})` : final.clsTarget,
      longestLoadTaskMs: Math.max(0, ...loaded.longTasks.map((task) => task.durationMs)),
      longestLoadFrame: describeFrame(loaded.longFrames),
      themeToggle,
      widgets,
    };
  } finally {
    await context.close();
  }
}

function interactionFigures(
  runs: readonly InteractionRun[],
): Omit<WidgetFigures, "name" | "status" | "detail" | "button"> {
  return {
    latencyMs: summarizeField(runs, (run) => run.latencyMs ?? EVENT_TIMING_FLOOR_MS),
    underFloorRuns: runs.filter((run) => run.latencyMs === null).length,
    inputDelayMs: summarizeField(runs, (run) => run.parts?.inputDelayMs),
    processingMs: summarizeField(runs, (run) => run.parts?.processingMs),
    presentationMs: summarizeField(runs, (run) => run.parts?.presentationMs),
    longestTaskMs: summarizeField(runs, (run) => run.longestTaskMs),
    longestFrame: [...runs].sort((a, b) => b.longestTaskMs - a.longestTaskMs)[0]?.longestFrame ?? null,
  };
}

function widgetFigures(name: string, runs: readonly WidgetRun[]): WidgetFigures {
  const measured = runs.filter((run): run is Extract<WidgetRun, { status: "measured" }> => run.status === "measured");
  if (measured.length === 0) {
    const first = runs[0]!;
    const detail = "detail" in first ? first.detail : null;
    return {
      name,
      status: first.status,
      detail,
      button: null,
      latencyMs: null,
      underFloorRuns: 0,
      inputDelayMs: null,
      processingMs: null,
      presentationMs: null,
      longestTaskMs: null,
      longestFrame: null,
    };
  }
  const failed = runs.length - measured.length;
  return {
    name,
    status: "measured",
    detail: failed > 0 ? `${failed} of ${runs.length} runs failed` : null,
    button: measured[0]!.button,
    ...interactionFigures(measured),
  };
}

export async function measureVitals(
  browser: Browser,
  origin: string,
  pages: readonly string[],
  runsPerPage: number,
  log: (line: string) => void,
): Promise<VitalsFigures[]> {
  const results: VitalsFigures[] = [];
  for (const path of pages) {
    const runs: VitalsRun[] = [];
    for (let i = 0; i < runsPerPage; i++) {
      runs.push(await oneRun(browser, `${origin}${path}`));
      const last = runs.at(-1)!;
      log(
        `vitals ${path} ${i + 1}/${runsPerPage}: LCP ${Math.round(last.lcpMs ?? NaN)} ms, CLS ${last.cls.toFixed(3)}`,
      );
    }
    const toggles = runs.map((run) => run.themeToggle).filter((run): run is InteractionRun => run !== null);
    const widgetNames = [...new Set(runs.flatMap((run) => run.widgets.map((widget) => widget.name)))];
    results.push({
      page: path,
      runs: runs.length,
      cpuSlowdown: CPU_SLOWDOWN,
      viewport: VIEWPORT,
      ttfbMs: summarizeField(runs, (run) => run.ttfbMs),
      fcpMs: summarizeField(runs, (run) => run.fcpMs),
      lcpMs: summarizeField(runs, (run) => run.lcpMs),
      lcpTarget: runs.find((run) => run.lcpTarget)?.lcpTarget ?? null,
      cls: summarizeField(runs, (run) => run.cls),
      clsTarget: runs.find((run) => run.clsTarget)?.clsTarget ?? null,
      longestLoadTaskMs: summarizeField(runs, (run) => run.longestLoadTaskMs),
      longestLoadFrame:
        [...runs].sort((a, b) => b.longestLoadTaskMs - a.longestLoadTaskMs)[0]?.longestLoadFrame ?? null,
      themeToggle: toggles.length > 0 ? interactionFigures(toggles) : null,
      widgets: widgetNames.map((name) =>
        widgetFigures(
          name,
          runs.flatMap((run) => run.widgets.filter((widget) => widget.name === name)),
        ),
      ),
    });
  }
  return results;
}
