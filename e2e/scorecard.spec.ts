/** The scorecard: complete without JavaScript; with it, sortable by keyboard and filterable. */
import { expect, test } from "@playwright/test";

test("without JavaScript every model row is there, with no sort buttons", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/scorecard/");
  const rows = page.locator("table[data-scorecard] tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(12);
  await expect(page.locator(".sort-button")).toHaveCount(0);
  await context.close();
});

test("a keyboard user sorts by model name both ways and filters to rebuildable models", async ({ page }) => {
  await page.goto("/scorecard/");
  const names = () =>
    page
      .locator("tbody tr:not([hidden]) th[scope=row]")
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-sort") ?? ""));
  const header = page.locator('thead th[data-col="model"]');
  await header.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const ascending = await names();
  expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "descending");
  expect(await names()).toEqual([...ascending].reverse());

  await page.getByLabel("Show").selectOption("yes");
  const rebuildable = await page
    .locator("tbody tr:not([hidden])")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-rebuildable")));
  expect(rebuildable.length).toBeGreaterThan(0);
  expect(new Set(rebuildable)).toEqual(new Set(["yes"]));
  await expect(page.getByRole("status").filter({ hasText: "models shown" })).toHaveText(/of \d+ models shown/);
});

test("the CSV and JSON downloads hold the same models as the table", async ({ page, request }) => {
  await page.goto("/scorecard/");
  const ids = await page.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-id")).sort());
  const json = (await (await request.get("/scorecard.json")).json()) as { id: string }[];
  expect(json.map((m) => m.id).sort()).toEqual(ids);
  const csv = await (await request.get("/scorecard.csv")).text();
  for (const id of ids) expect(csv).toContain(`\n${id},`);
});

test("scrolled sideways at 320 px, each row keeps its model name in view, and the verdict comes first", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/scorecard/");
  const region = page.getByRole("region", { name: /Model scorecard/ });
  const headers = await page.locator("thead th").allTextContents();
  expect(headers[0]).toContain("Model");
  expect(headers[1]).toContain("Can you rebuild it?");
  const scrolled = await region.evaluate((element) => {
    element.scrollLeft = element.scrollWidth;
    return element.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(300);
  // Bring the first row up to the middle of the screen, without touching the sideways scroll.
  // Instantly: the page scrolls smoothly by default, and a measurement taken mid-glide would
  // probe a point the name cell has already left.
  await page.evaluate(() => {
    const row = document.querySelector("tbody tr");
    if (row) window.scrollTo({ top: row.getBoundingClientRect().top + window.scrollY - 200, behavior: "instant" });
  });
  expect(await region.evaluate((element) => element.scrollLeft)).toBe(scrolled);
  const box = await region.boundingBox();
  const name = page.locator("tbody th[scope=row]").first();
  const nameBox = await name.boundingBox();
  expect(box && nameBox).toBeTruthy();
  // Pinned: still at the region's left edge, not scrolled out of it.
  expect(Math.abs((nameBox?.x ?? 0) - (box?.x ?? 0))).toBeLessThanOrEqual(2);
  // And it is what is drawn there: the name cell is on top of the cells that slide under it.
  const point = { x: (nameBox?.x ?? 0) + 10, y: (nameBox?.y ?? 0) + 10 };
  const topmost = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest("th")?.getAttribute("data-col"),
    point,
  );
  expect(topmost).toBe("model");
});
