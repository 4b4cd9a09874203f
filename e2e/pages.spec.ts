/**
 * Every page of the built site: loads cleanly (no console errors, no CSP violations, no request
 * to another origin) and passes axe (WCAG 2.0/2.1/2.2 A and AA) in the light and the dark theme.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { sitePages } from "./support/site-pages.ts";
import { watchPage } from "./support/reader.ts";

const pages = sitePages();

test("the site has the pages the foundation promises", () => {
  for (const path of ["/", "/about/", "/chapters/", "/sources/", "/404.html"]) expect(pages).toContain(path);
  expect(pages.length).toBeGreaterThanOrEqual(7);
});

for (const path of pages) {
  test(`${path} loads with no errors, CSP violations or foreign requests`, async ({ page }) => {
    const problems = await watchPage(page);
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState("networkidle");
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(await problems.cspViolations()).toEqual([]);
    await expect(page.locator("h1")).toHaveCount(1);
  });

  test(`${path} has a unique title, a description, a canonical URL and a 1200×630 preview image`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
    expect((await page.title()).length).toBeGreaterThan(5);
    expect((await meta('meta[name="description"]'))?.length).toBeGreaterThanOrEqual(100);
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/^https:\/\//);
    expect(await meta('meta[property="og:image:alt"]')).toBeTruthy();
    const image = new URL((await meta('meta[property="og:image"]')) ?? "");
    const png = await request.get(image.pathname);
    expect(png.status()).toBe(200);
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`${path} has no axe violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path, { waitUntil: "networkidle" });
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
        .analyze();
      const summary = results.violations.map((violation) => ({
        id: violation.id,
        nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
      }));
      expect(summary).toEqual([]);
    });
  }
}

test("every page's title and description are unique", async ({ request }) => {
  const seen = new Map<string, string>();
  for (const path of pages.filter((p) => p !== "/404.html")) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "";
    for (const key of [`title:${title}`, `description:${description}`]) {
      expect(seen.get(key), `${path} repeats the ${key.split(":")[0]} of ${seen.get(key)}`).toBeUndefined();
      seen.set(key, path);
    }
  }
});

test("an unknown address answers 404 with the not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
