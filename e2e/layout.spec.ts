/**
 * Layout promises: every page reads at 320 px without sideways scrolling; print hides the site
 * chrome and keeps the text; reduced motion turns smooth scrolling off; a chapter's anchors,
 * notes and back-links work.
 */
import { expect, test } from "@playwright/test";
import { chapterPages, sitePages } from "./support/site-pages.ts";

for (const path of sitePages()) {
  test(`${path} fits a 320 px wide screen`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path, { waitUntil: "networkidle" });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("print hides navigation and keeps the chapter text", async ({ page }) => {
  const [chapter] = chapterPages();
  await page.goto(chapter ?? "/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Site" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Dark theme" })).toBeHidden();
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator(".essay-body p").first()).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(255, 255, 255)");
});

test("reduced motion turns smooth scrolling off", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto("/");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
});

test("a chapter's heading anchors, footnotes and back-links work", async ({ page }) => {
  const [chapter] = chapterPages();
  await page.goto(chapter ?? "/");
  const anchor = page.locator(".essay-body h2 .heading-anchor").first();
  const href = await anchor.getAttribute("href");
  expect(href).toMatch(/^#[a-z0-9-]+$/);
  await expect(page.locator(`${href}`)).toHaveCount(1);
  const reference = page.locator("sup a[data-footnote-ref]").first();
  await reference.click();
  const note = page.locator(`${(await reference.getAttribute("href")) ?? ""}`);
  await expect(note).toBeInViewport();
  await note.locator("a[data-footnote-backref]").first().click();
  await expect(reference).toBeInViewport();
});
