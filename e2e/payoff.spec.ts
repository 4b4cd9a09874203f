/**
 * The payoff panel ("each bug, fixed two ways") as a reader meets it: after each challenge and on
 * the home page, filled in from what this reader did in this tab, by the challenges themselves;
 * without JavaScript and in print it still reads ("not tried yet", links to the challenges).
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { watchPage, type PageProblems } from "./support/reader.ts";

const PANEL_NAME = /^Each bug, fixed two ways/;
const CHALLENGES = [
  { path: "/the-assembly-listing/", widget: "binary-challenge", own: ["binary", "source"] },
  { path: "/the-weights/", widget: "weights-challenge", own: ["weights", "data"] },
  { path: "/a-wrong-fact/", widget: "lm-challenge", own: ["lmWeights", "lmData"] },
] as const;
const PARTS = ["binary", "source", "weights", "data", "lmWeights", "lmData"] as const;
const HASH = "0123456789abcdef".repeat(4);

const panel = (page: Page): Locator => page.getByRole("region", { name: PANEL_NAME });
const card = (scope: Locator, part: string): Locator => scope.locator(`[data-payoff="${part}"]`);

async function expectClean(problems: PageProblems): Promise<void> {
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, widget, own } of CHALLENGES) {
    test(`${path}: the panel follows the challenge, says "not tried yet" and links to the other challenges`, async ({
      page,
    }) => {
      await page.goto(path);
      const found = panel(page);
      await expect(found).toHaveCount(1);
      // Right after the challenge's widget, before the chapter goes on.
      const follows = await found.evaluate((el, name) => {
        let before = el.previousElementSibling;
        while (before?.tagName === "SCRIPT") before = before.previousElementSibling;
        return before?.matches(`[data-widget="${name}"]`) ?? false;
      }, widget);
      expect(follows).toBe(true);
      for (const part of PARTS) {
        const entry = card(found, part);
        await expect(entry).toContainText("Not tried yet");
        if ((own as readonly string[]).includes(part)) {
          await expect(entry).toContainText("the challenge is above");
          await expect(entry.getByRole("link")).toHaveCount(0);
        } else {
          await expect(entry.getByRole("link", { name: "Try it" })).toHaveAttribute("href", /#[a-z]+-challenge$/);
        }
      }
    });
  }

  test("/: the home page's panel links to every challenge", async ({ page }) => {
    await page.goto("/");
    const links = panel(page).getByRole("link", { name: "Try it" });
    await expect(links).toHaveCount(PARTS.length);
    const targets = new Set(await links.evaluateAll((all) => all.map((a) => a.getAttribute("href"))));
    expect(targets).toEqual(
      new Set([
        "/the-assembly-listing/#binary-challenge",
        "/the-weights/#weights-challenge",
        "/a-wrong-fact/#lm-challenge",
      ]),
    );
  });
});

test("stored results are in the panel by DOMContentLoaded (no shift as they arrive), on every page that has one", async ({
  page,
}) => {
  const problems = await watchPage(page);
  await page.addInitScript((hash) => {
    sessionStorage.setItem(
      "preferred-form:payoff",
      JSON.stringify({
        binary: { bytes: 3, lines: 2, level: 2 },
        source: { chars: 1, level: 2 },
        weights: { numbers: 40, passed: 9, total: 13 },
        data: { examples: 6, retrainMs: 1840, hash, passed: 13, total: 13 },
        lmWeights: { numbers: 1, passed: 2, total: 5 },
        lmData: { examples: 4, retrainMs: 21000, hash, passed: 5, total: 5 },
      }),
    );
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { __figures: string[] }).__figures = [
        ...document.querySelectorAll("[data-payoff-panel] [data-payoff-figure]"),
      ].map((el) => el.textContent ?? "");
    });
  }, HASH);
  const expected = ["3 bytes", "1 character", "40 numbers", "6 examples", "1 number", "4 sentences"];
  for (const path of ["/", ...CHALLENGES.map((c) => c.path)]) {
    await page.goto(path);
    expect(await page.evaluate(() => (window as unknown as { __figures: string[] }).__figures)).toEqual(expected);
    await expect(card(panel(page), "data")).toContainText(
      "relabelled, retrained in 1.8 s; 13 of 13 tests pass; SHA-256 0123456789ab…",
    );
    await expect(card(panel(page), "lmData")).toContainText("edited, retrained in 21.0 s; 5 of 5 test groups pass");
  }
  await expectClean(problems);
});

test("a stored value that is malformed or foreign reads as not tried, with no error", async ({ page }) => {
  const problems = await watchPage(page);
  await page.addInitScript(() => {
    sessionStorage.setItem(
      "preferred-form:payoff",
      JSON.stringify({ binary: { bytes: "<img src=x>", lines: 1, level: 1 }, data: { examples: -1 } }),
    );
  });
  await page.goto("/");
  await expect(card(panel(page), "binary")).toContainText("Not tried yet");
  await expect(card(panel(page), "data")).toContainText("Not tried yet");
  await expect(panel(page).locator("img")).toHaveCount(0);
  await expectClean(problems);
});

test("fixing the listing fills the panel below the challenge at once, and the home page's panel after", async ({
  page,
}) => {
  const problems = await watchPage(page);
  await page.goto("/the-assembly-listing/");
  const widget = page.getByRole("region", { name: "Patch the binary: fix a bug in x86-64 assembly" });
  await widget.scrollIntoViewIfNeeded();
  const run = widget.getByRole("button", { name: "Run tests" });
  await expect(run).toBeEnabled();
  const box = widget.getByRole("textbox", { name: /^Listing of / });
  const lines = (await box.inputValue()).split("\n");
  expect(lines[6]).toMatch(/setg\s+al/);
  lines[6] = "        setge   al";
  await box.fill(lines.join("\n"));
  const below = card(panel(page), "binary");
  await expect(below).toContainText("Not tried yet");
  await run.click();
  await expect(widget.getByText("Size of your patch: binary: 1 byte in 1 line.")).toBeVisible();
  await expect(below.locator("[data-payoff-figure]")).toHaveText("1 byte");
  await expect(below).toContainText("changed on 1 line of the listing (level 1); the tests pass.");
  await page.goto("/");
  await expect(card(panel(page), "binary").locator("[data-payoff-figure]")).toHaveText("1 byte");
  await expect(card(panel(page), "weights")).toContainText("Not tried yet");
  await expectClean(problems);
});

test("the best one-number weight edit fills the weights card below the digits challenge", async ({ page }) => {
  const problems = await watchPage(page);
  await page.goto("/the-weights/");
  await page.locator("#weights-challenge").scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "Start the challenge" }).click({ timeout: 15_000 });
  await page.getByRole("button", { name: "Edit the weights" }).click({ timeout: 15_000 });
  await page.getByRole("button", { name: "Apply the best one-number edit" }).click();
  const below = card(panel(page), "weights");
  await expect(below.locator("[data-payoff-figure]")).toHaveText("1 number");
  await expect(below).toContainText("of 2,410 changed by hand; 13 of 13 tests pass.");
  await expectClean(problems);
});

test("the language model's knob fills its weights card with the widget's own test count", async ({ page }) => {
  test.setTimeout(180_000);
  const problems = await watchPage(page);
  await page.goto("/a-wrong-fact/");
  await page.locator("#lm-challenge").scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "Start the model" }).click({ timeout: 15_000 });
  await page.getByRole("button", { name: "Patch the weights" }).click({ timeout: 30_000 });
  await page.getByRole("button", { name: /the least that fixes the trained phrasings/ }).click({ timeout: 60_000 });
  const below = card(panel(page), "lmWeights");
  await expect(below.locator("[data-payoff-figure]")).toHaveText("1 number", { timeout: 60_000 });
  // The oracle is the widget's own summary line, not a number written here.
  const summary = await page
    .getByText(/^Tests: \d+ of \d+ pass\.$/)
    .first()
    .innerText();
  const [, passed, total] = /(\d+) of (\d+)/.exec(summary) ?? [];
  await expect(below).toContainText(`of 14,731 changed by hand; ${passed} of ${total} test groups pass.`);
  await expectClean(problems);
});

test("in print the panel is on the page, with its words", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  for (const path of ["/", "/the-weights/"]) {
    await page.goto(path);
    await expect(panel(page)).toBeVisible();
    await expect(card(panel(page), "data")).toContainText("Not tried yet");
  }
});
