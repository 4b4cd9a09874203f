/**
 * Hydrating the binary challenge moves nothing. Its server-rendered HTML is the first frame a
 * reader with JavaScript sees before the island hydrates on view, so it must lay out exactly as
 * the hydrated widget does, at 320 and 1,280 px. Oracles: the browser's own boxes before and
 * after hydration, and its layout-shift entries (what CLS adds up). A run of the tests moves no
 * button either. Without JavaScript the note saying so still shows.
 */
import { expect, test } from "@playwright/test";
import { boxesWithin, countedShiftsSince, recordShifts, settle } from "./support/layout-shifts.ts";

const CHAPTER = "/the-assembly-listing/";

/** The widget's parts whose boxes hydration must not move. */
const PARTS = [".bc-tabs", "#bc-panel-listing", ".bc-toolbar", ".asm-editor", ".bc-tests", ".share-bar"];

for (const width of [320, 1280]) {
  test(`at ${width} px the widget is laid out the same before and after it hydrates, and nothing shifts`, async ({
    page,
  }) => {
    await recordShifts(page);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(CHAPTER);
    await page.evaluate(() => document.fonts.ready);
    const slot = page.locator('section.widget-slot[data-widget="binary-challenge"]');
    // Below the fold: client:visible has not hydrated it, so this is the server-rendered HTML.
    await expect(slot.locator("astro-island[ssr]")).toHaveCount(1);
    await settle(page);
    const widget = slot.locator(".bc");
    const before = await boxesWithin(widget, PARTS);
    expect(before["#bc-panel-listing height"]).toBeGreaterThan(200);

    const scrolledAt = await page.evaluate(() => performance.now());
    // A script scroll is not an input: a shift after it counts, as it would for a reader's scroll.
    await slot.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await expect(slot.locator("astro-island:not([ssr])")).toHaveCount(1);
    await expect(widget.getByRole("button", { name: "Run tests" })).toBeEnabled();
    await settle(page);

    expect(await boxesWithin(widget, PARTS)).toEqual(before);
    expect(await countedShiftsSince(page, scrolledAt)).toEqual([]);
  });
}

test("a test run changes the Run tests label but not the button's width", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 800 });
  await page.goto(CHAPTER);
  const widget = page.locator('section.widget-slot[data-widget="binary-challenge"] .bc');
  await widget.scrollIntoViewIfNeeded();
  const run = widget.getByRole("button", { name: "Run tests" });
  await expect(run).toBeEnabled();
  // Every label the button shows during the run, with the width it has then.
  await run.evaluate((button) => {
    const seen: string[] = [];
    (window as unknown as { __labels: string[] }).__labels = seen;
    const note = () => seen.push(`${button.textContent} ${button.getBoundingClientRect().width.toFixed(1)}`);
    note();
    new MutationObserver(note).observe(button, { subtree: true, childList: true, characterData: true });
  });
  await run.click();
  await expect(widget.getByRole("status").first()).toContainText(/tests pass/);
  await expect(run).toBeEnabled();
  const labels = await page.evaluate(() => (window as unknown as { __labels: string[] }).__labels);
  // The run showed its other label (else this test saw nothing)…
  expect(labels.some((label) => label.startsWith("Running"))).toBe(true);
  // …at the same width as "Run tests".
  expect(new Set(labels.map((label) => label.split(" ").at(-1))).size).toBe(1);
});

test("without JavaScript the widget says so, and shows no share bar or caret line it cannot use", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const widget = page.locator('section.widget-slot[data-widget="binary-challenge"] .bc');
  await expect(widget.getByText("Turn on JavaScript to edit the listing")).toBeVisible();
  await expect(widget.locator(".share-bar")).toBeHidden();
  await expect(widget.locator(".asm-caret")).toBeHidden();
  await expect(widget.getByRole("table").first()).toBeVisible();
  await context.close();
});

test("with JavaScript the no-JavaScript note never shows, even before the widget hydrates", async ({ page }) => {
  await page.goto(CHAPTER);
  const slot = page.locator('section.widget-slot[data-widget="binary-challenge"]');
  await expect(slot.locator("astro-island[ssr]")).toHaveCount(1);
  await expect(slot.locator(".bc-nojs")).toBeAttached();
  await expect(slot.locator(".bc-nojs")).toBeHidden();
});
