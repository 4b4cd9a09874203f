/**
 * Hydrating the reproducibility lab moves nothing. Its server-rendered HTML is the first frame a
 * reader with JavaScript sees before the island hydrates on view, so it must lay out exactly as the
 * hydrated lab does, at 320 and 1,280 px. Oracles: the browser's own boxes before and after
 * hydration, and its layout-shift entries (what CLS adds up). Without JavaScript the lab still
 * shows the published recipe and says scripts are needed to change it.
 */
import { expect, test } from "@playwright/test";
import { boxesWithin, countedShiftsSince, recordShifts, settle } from "./support/layout-shifts.ts";

const CHAPTER = "/rebuilding/";

/** The lab's parts whose boxes hydration must not move. */
const PARTS = [".lab-layout", ".lab-card", ".lab-actions", ".lab-published", ".lab-lesson", ".share-bar"];

for (const width of [320, 1280]) {
  test(`at ${width} px the lab is laid out the same before and after it hydrates, and nothing shifts`, async ({
    page,
  }) => {
    await recordShifts(page);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(CHAPTER);
    await page.evaluate(() => document.fonts.ready);
    const slot = page.locator('section.widget-slot[data-widget="reproducibility-lab"]');
    // Below the fold: client:visible has not hydrated it, so this is the server-rendered HTML.
    await expect(slot.locator("astro-island[ssr]")).toHaveCount(1);
    await settle(page);
    const lab = slot.locator(".lab");
    const before = await boxesWithin(lab, PARTS);
    expect(before[".lab-card height"]).toBeGreaterThan(200);

    const scrolledAt = await page.evaluate(() => performance.now());
    // A script scroll is not an input: a shift after it counts, as it would for a reader's scroll.
    await slot.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await expect(slot.locator("astro-island:not([ssr])")).toHaveCount(1);
    await expect(lab.getByRole("button", { name: "Rebuild" })).toBeEnabled();
    await settle(page);

    expect(await boxesWithin(lab, PARTS)).toEqual(before);
    expect(await countedShiftsSince(page, scrolledAt)).toEqual([]);
  });
}

test("without JavaScript the lab shows the published recipe, says so, and shows no share bar", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const lab = page.locator('section.widget-slot[data-widget="reproducibility-lab"] .lab');
  await expect(lab.getByText("Turn on JavaScript to change the recipe and rebuild the model.")).toBeVisible();
  await expect(lab.locator(".share-bar")).toBeHidden();
  await expect(lab.getByLabel("Seed (0 to 4,294,967,295)")).toHaveValue(/^\d+$/);
  await context.close();
});

test("with JavaScript the no-script note is not shown", async ({ page }) => {
  await page.goto(CHAPTER);
  const lab = page.locator('section.widget-slot[data-widget="reproducibility-lab"] .lab');
  await lab.scrollIntoViewIfNeeded();
  await expect(lab.getByRole("button", { name: "Rebuild" })).toBeEnabled();
  await expect(lab.getByText("Turn on JavaScript to change the recipe and rebuild the model.")).toBeHidden();
  await expect(lab.locator(".share-bar")).toBeVisible();
});
