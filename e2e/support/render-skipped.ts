/**
 * Chapters mark their off-screen blocks `content-visibility: auto` (src/styles/global.css) so a
 * theme change restyles only what is on screen. The browser skips such a block's style, layout and
 * paint while it is far from the viewport, so an audit of the whole page (axe, the layout audit)
 * would measure stale or empty boxes there. A reader never sees a skipped block: by the time it
 * is on screen it is rendered, with the containment `auto` keeps while rendered (layout, style,
 * paint). So audits see every block exactly that way: `content-visibility: visible` plus
 * `contain: layout style paint`, then the page is put back as it was.
 */
import type { Page } from "@playwright/test";

export async function withEveryBlockRendered<T>(page: Page, audit: () => Promise<T>): Promise<T> {
  await page.evaluate(() => {
    const saved: [HTMLElement, string][] = [];
    for (const element of document.querySelectorAll<HTMLElement>("body *")) {
      if (getComputedStyle(element).contentVisibility !== "auto") continue;
      saved.push([element, element.style.cssText]);
      element.style.contentVisibility = "visible";
      element.style.contain = "layout style paint";
    }
    (window as unknown as { __skippedBlocks: typeof saved }).__skippedBlocks = saved;
  });
  try {
    return await audit();
  } finally {
    await page.evaluate(() => {
      const holder = window as unknown as { __skippedBlocks?: [HTMLElement, string][] };
      for (const [element, cssText] of holder.__skippedBlocks ?? []) element.style.cssText = cssText;
      delete holder.__skippedBlocks;
    });
  }
}
