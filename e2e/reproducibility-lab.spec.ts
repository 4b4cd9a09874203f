/**
 * The reproducibility lab as a reader uses it: rebuild the published recipe and see "match",
 * change the seed and see "differs" with the behaviour summary, reopen a shared recipe, and do it
 * all from the keyboard — with no console error or CSP violation along the way.
 */
import { expect, test, type Page } from "@playwright/test";
import published from "../content/data/published-weights.json" with { type: "json" };
import { encodeShare } from "../src/core/share/fragment.ts";
import { PUBLISHED_LAB_RECIPE } from "../src/core/nn/lab/choices.ts";
import { labShareSpec } from "../src/widgets/reproducibility-lab/model.ts";
import { watchPage, type PageProblems } from "./support/reader.ts";

async function openLab(page: Page, hash = ""): Promise<PageProblems> {
  const problems = await watchPage(page);
  await page.goto(`/rebuilding/${hash}`);
  const lab = page.locator('[data-widget="reproducibility-lab"]');
  await lab.scrollIntoViewIfNeeded();
  await expect(lab.getByRole("button", { name: "Rebuild" })).toBeEnabled();
  return problems;
}

async function expectClean(problems: PageProblems) {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
}

test("rebuilding the published recipe matches the published hash, a new seed differs", async ({ page }) => {
  const problems = await openLab(page);
  const lab = page.locator('[data-widget="reproducibility-lab"]');
  await lab.getByRole("button", { name: "Rebuild" }).click();
  const results = lab.getByRole("region", { name: /Rebuilt:/ });
  await expect(results).toContainText("Same build", { timeout: 30_000 });
  await expect(results).toContainText(published.sha256);
  await expect(results).toContainText("0 of 359 test images classified differently");

  await lab.getByLabel(/^Seed/).fill("2");
  await lab.getByRole("button", { name: "Rebuild" }).click();
  await expect(results).toContainText("Another build", { timeout: 30_000 });
  await expect(results).toContainText(/Rebuilt: seed 2/);
  await expect(results).toContainText(/\d+ of 359 test images classified differently/);
  await expect(results.getByRole("table")).toContainText("Published");
  await expect(results.getByRole("row")).toHaveCount(11);
  await expect(lab.getByRole("img", { name: /Map of the weight differences/ })).toBeVisible();
  await expectClean(problems);
});

test("a shared recipe link reopens the same recipe", async ({ page }) => {
  const recipe = { ...PUBLISHED_LAB_RECIPE, seed: 7, sum: "pairwise" as const, labels: "fixed" as const };
  const problems = await openLab(page, `#${encodeShare(labShareSpec, recipe)}`);
  const lab = page.locator('[data-widget="reproducibility-lab"]');
  await expect(lab.getByLabel(/^Seed/)).toHaveValue("7");
  await expect(lab.getByLabel("Summation order")).toHaveValue("pairwise");
  await expect(lab.getByLabel("Labels", { exact: true })).toHaveValue("fixed");
  await lab.getByRole("button", { name: "Reset to the published recipe" }).click();
  await expect(lab.getByLabel(/^Seed/)).toHaveValue("1");
  await lab.getByRole("button", { name: "Undo reset" }).click();
  await expect(lab.getByLabel(/^Seed/)).toHaveValue("7");
  await expectClean(problems);
});

test("a damaged link shows a notice and the published recipe", async ({ page }) => {
  const problems = await openLab(page, "#reproducibility-lab=1.bm90IGpzb24");
  const lab = page.locator('[data-widget="reproducibility-lab"]');
  await expect(lab.getByRole("status").filter({ hasText: "damaged" })).toBeVisible();
  await expect(lab.getByLabel(/^Seed/)).toHaveValue("1");
  await expectClean(problems);
});

test("keyboard only: choose another exponential and rebuild", async ({ page }) => {
  const problems = await openLab(page);
  const lab = page.locator('[data-widget="reproducibility-lab"]');
  const exp = lab.getByLabel("Exponential");
  await exp.focus();
  await page.keyboard.press("ArrowDown"); // "this browser's Math.exp"
  await page.keyboard.press("ArrowDown"); // "another engine's exp (simulated)"
  await expect(exp).toHaveValue("other");
  // Tab forward to the Rebuild button and press Enter.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await lab.getByRole("button", { name: "Rebuild" }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(lab.getByRole("button", { name: "Rebuild" })).toBeFocused();
  await page.keyboard.press("Enter");
  const results = lab.getByRole("region", { name: /Rebuilt:/ });
  await expect(results).toContainText("Another build", { timeout: 30_000 });
  await expect(results).toContainText(/exponential another engine/);
  await expectClean(problems);
});
