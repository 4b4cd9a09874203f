/**
 * Layout shifts as the page's own PerformanceObserver sees them (what CLS adds up), with what
 * moved: for tests that a widget's hydration or a run moves nothing.
 */
import type { Locator, Page } from "@playwright/test";

export interface Shift {
  value: number;
  at: number;
  hadRecentInput: boolean;
  sources: string[];
}

/** Records every layout shift from the first paint on, with what moved (before the page's own scripts). */
export async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
    const name = (node: Node | null): string =>
      node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}.${node.className}` : "?";
    interface LayoutShift extends PerformanceEntry {
      value: number;
      hadRecentInput: boolean;
      sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) {
        shifts.push({
          value: entry.value,
          at: entry.startTime,
          hadRecentInput: entry.hadRecentInput,
          sources: entry.sources.map(
            (s) =>
              `${name(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}, ` +
              `h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
          ),
        });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Shifts not caused by an input (the ones CLS counts) since `since` (performance.now()). */
export const countedShiftsSince = (page: Page, since: number): Promise<Shift[]> =>
  page.evaluate(
    (t) => (window as unknown as { __shifts: Shift[] }).__shifts.filter((s) => s.at >= t && !s.hadRecentInput),
    since,
  );

/** Two frames: layout done and any layout-shift entry delivered. */
export const settle = (page: Page): Promise<void> =>
  page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
  );

/**
 * A widget's height and where each of its parts sits inside it (top and height, whole pixels; -1
 * for a part it lacks): compared before and after hydration, it shows what hydrating moved.
 */
export const boxesWithin = (root: Locator, selectors: readonly string[]): Promise<Record<string, number>> =>
  root.evaluate((element, parts) => {
    const top = element.getBoundingClientRect().top;
    const boxes: Record<string, number> = { height: Math.round(element.getBoundingClientRect().height) };
    for (const selector of parts) {
      const box = element.querySelector(selector)?.getBoundingClientRect();
      boxes[`${selector} top`] = box ? Math.round(box.top - top) : -1;
      boxes[`${selector} height`] = box ? Math.round(box.height) : -1;
    }
    return boxes;
  }, selectors);
