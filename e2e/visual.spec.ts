/**
 * Visual regression: screenshots of the home page, each chapter's opening and each widget's first
 * state, compared with the baselines committed in e2e/visual.spec.ts-snapshots/. The fonts ship
 * with the site, so rendering is stable in one Chromium. After an intended change, look at the
 * new pictures, then regenerate the baselines (after `npx astro build`):
 *
 *   /work/e2e-run.sh e2e/visual.spec.ts --update-snapshots     (or: npx playwright test e2e/visual.spec.ts --update-snapshots)
 */
import { expect, test, type Page } from "@playwright/test";
import { WIDGETS } from "../src/widgets/registry.ts";
import { chapterPages } from "./support/site-pages.ts";

const name = (path: string): string => path.replace(/^\/|\/$/g, "").replaceAll("/", "_") || "home";

async function open(page: Page, path: string, width: number, height = 900): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ reducedMotion: "reduce", colorScheme: "light" });
  await page.goto(path, { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready);
}

for (const width of [320, 1280]) {
  test(`the home page at ${width} px looks as it did`, async ({ page }) => {
    await open(page, "/", width);
    await expect(page).toHaveScreenshot(`home-${width}.png`, { maxDiffPixelRatio: 0.002 });
  });
}

for (const path of chapterPages()) {
  test(`${path} opens as it did (1280 px)`, async ({ page }) => {
    await open(page, path, 1280);
    await expect(page).toHaveScreenshot(`chapter-${name(path)}.png`, { maxDiffPixelRatio: 0.002 });
  });
}

for (const widget of WIDGETS) {
  test(`the ${widget.name} widget's first state looks as it did`, async ({ page }) => {
    await open(page, `/embed/${widget.name}/`, 1000);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("astro-island")].every((island) => !island.hasAttribute("ssr")),
    );
    await expect(page.locator(`[data-widget="${widget.name}"]`)).toHaveScreenshot(`widget-${widget.name}.png`, {
      maxDiffPixelRatio: 0.002,
    });
  });
}
