/**
 * With JavaScript off, every chapter is complete: its headings, paragraphs, footnotes and sources
 * are all there and visible, and each widget place shows a static stand-in, not an empty box.
 */
import { expect, test } from "@playwright/test";
import { chapterPages } from "./support/site-pages.ts";

const chapters = chapterPages();

test("there are chapters to read", () => {
  expect(chapters.length).toBeGreaterThanOrEqual(2);
});

for (const path of chapters) {
  test(`${path} reads completely without JavaScript`, async ({ browser }) => {
    const withScript = await browser.newContext();
    const scripted = await withScript.newPage();
    await scripted.goto(path, { waitUntil: "networkidle" });
    const headings = await scripted.locator("article h2, article h3").allInnerTexts();
    const paragraphs = await scripted.locator(".essay-body > p").count();
    await withScript.close();

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator(".summary")).toBeVisible();
    expect(await page.locator("article h2, article h3").allInnerTexts()).toEqual(headings);
    expect(await page.locator(".essay-body > p").count()).toBe(paragraphs);
    for (const paragraph of await page.locator(".essay-body > p").all()) await expect(paragraph).toBeVisible();
    await expect(page.locator("section.footnotes")).toBeAttached();
    await expect(page.getByRole("heading", { name: "Sources", exact: true })).toBeVisible();
    for (const widget of await page.locator("[data-widget]").all()) {
      await expect(widget).toBeVisible();
      expect((await widget.innerText()).trim().length).toBeGreaterThan(20);
    }
    await noScript.close();
  });
}
