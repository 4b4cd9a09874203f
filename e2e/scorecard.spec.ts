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
