/**
 * Every page, at 320, 768 and 1,280 px, light and dark, with its widgets hydrated: no clipped
 * text, no overlapping controls, no control under 24 × 24 px, no sideways scrolling
 * (e2e/support/layout-audit.ts says what each means).
 */
import { expect, test, type Page } from "@playwright/test";
import { auditLayout } from "./support/layout-audit.ts";
import { sitePages } from "./support/site-pages.ts";

const WIDTHS = [320, 768, 1280];
const THEMES = ["light", "dark"] as const;

/** Scroll each widget into view so it hydrates (client:visible), then back to the top. */
async function hydrateWidgets(page: Page): Promise<void> {
  const islands = page.locator("astro-island");
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    await islands.nth(i).scrollIntoViewIfNeeded();
    await expect(islands.nth(i)).not.toHaveAttribute("ssr", "", { timeout: 15_000 });
  }
  // Instantly: the page scrolls smoothly by default, and the audit must not measure mid-glide.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));
}

for (const path of sitePages()) {
  for (const theme of THEMES) {
    test(`${path} lays out cleanly at 320, 768 and 1280 px (${theme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path, { waitUntil: "networkidle" });
        await page.evaluate(() => document.fonts.ready);
        await hydrateWidgets(page);
        const problems = await auditLayout(page);
        expect.soft(problems.sidewaysOverflow, `${width} px: sideways overflow`).toBeLessThanOrEqual(0);
        expect.soft(problems.clipped, `${width} px: clipped text`).toEqual([]);
        expect.soft(problems.overlapping, `${width} px: overlapping controls`).toEqual([]);
        expect.soft(problems.tooSmall, `${width} px: controls under 24 × 24 px`).toEqual([]);
      }
      await context.close();
    });
  }
}
