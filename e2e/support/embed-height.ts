/**
 * How tall a widget's embed page is when framed at a typical column width: the page's full
 * height once the widget has hydrated and the fonts have loaded. Used by the measuring script and
 * by the test that checks the recorded heights.
 */
import type { Page } from "@playwright/test";

export const EMBED_MEASURE_WIDTH = 700;

export async function measureEmbedHeight(page: Page, url: string): Promise<number> {
  await page.setViewportSize({ width: EMBED_MEASURE_WIDTH, height: 600 });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => [...document.querySelectorAll("astro-island")].every((i) => !i.hasAttribute("ssr")));
  return page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
}
