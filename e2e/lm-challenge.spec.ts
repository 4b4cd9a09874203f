/**
 * The language-model challenge as a reader meets it: the published model says Sydney; patching
 * weights changes the hash; correcting the four sentences of the wrong batch and retraining in
 * the page's worker gives the same SHA-256 as Node's trainer on `--data fixed` (a second engine as
 * the oracle) and passes every test; reverting and retraining gives the published hash back.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  decodeCorpus,
  LM_CONFIG,
  LM_RECIPE,
  lmWeightsFromSafetensors,
  lmWeightsSha256,
  trainLm,
} from "../src/core/lm/index.ts";
import { watchPage } from "./support/reader.ts";

const decoded = decodeCorpus(JSON.parse(readFileSync("content/data/lm/corpus.json", "utf8")), LM_CONFIG.context);
if (!decoded.ok) throw new Error("corpus.json does not decode");
const corpus = decoded.value;
const published = lmWeightsFromSafetensors(
  new Uint8Array(readFileSync("content/data/lm/lm-weights.safetensors")),
  LM_CONFIG,
);
if (!published.ok) throw new Error("lm-weights.safetensors does not parse");
const PUBLISHED = lmWeightsSha256(published.value);

function fixedHash(): string {
  const outcome = trainLm(LM_CONFIG, corpus, { ...LM_RECIPE, edits: corpus.fix });
  if (outcome.status !== "trained") throw new Error("fixed data did not train");
  return lmWeightsSha256(outcome.params);
}

async function openWidget(page: Page): Promise<void> {
  await page.goto("/a-wrong-fact/");
  await page.locator("#lm-challenge").scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "Start the model" }).click({ timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Try it" })).toBeVisible({ timeout: 30_000 });
}

const group = (page: Page, name: string) => page.locator(`.lm-tests tr[data-group="${name}"]`).first();
const currentSha = (page: Page) => page.locator("code[data-sha256]").first();

test("a reader asks the model, meets an unknown word, and sees the wrong fact", async ({ page }) => {
  const problems = await watchPage(page);
  await openWidget(page);
  await expect(group(page, "efficacy")).toContainText("fail");
  await expect(group(page, "other facts about australia")).toContainText("pass");
  await expect(currentSha(page)).toHaveText(PUBLISHED);
  await expect(page.locator(".lm-completion")).toContainText("sydney");

  const prompt = page.getByLabel(/^Prompt/);
  await prompt.fill("the capital of atlantis is");
  await expect(page.locator("mark.lm-unknown")).toHaveText(/atlantis/);
  await expect(page.locator(".lm-completion")).toHaveCount(0);
  await prompt.fill("the capital of france is");
  await expect(page.locator(".lm-completion")).toContainText("paris");
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(await problems.cspViolations()).toEqual([]);
});

test("the weights: the download's sha256sum is the one shown, and an edit changes the hash", async ({ page }) => {
  await openWidget(page);
  await page.getByRole("button", { name: "The weights", exact: true }).click();
  const shown = await page.locator("code[data-file-sha256]").getAttribute("data-file-sha256");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download these weights/ }).click();
  const download = await downloading;
  const bytes = readFileSync(await download.path());
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(shown);
  // Unedited, the download is the published file itself.
  expect(bytes).toEqual(readFileSync("content/data/lm/lm-weights.safetensors"));

  const cell = page.getByLabel("output.bias row 0, column 0");
  await cell.fill("5");
  await cell.press("Enter");
  await expect(page.getByText("1 weight edited.")).toBeVisible();
  await expect(currentSha(page)).not.toHaveText(PUBLISHED);
});

test("fixing the data and retraining gives Node's hash for --data fixed; reverting gives the published hash", async ({
  page,
}) => {
  test.setTimeout(1_500_000);
  const expected = fixedHash();
  await openWidget(page);
  await page.getByRole("button", { name: "Fix the data" }).click();
  await page.getByLabel(/^Search the/).fill("sydney");
  for (const edit of corpus.fix) {
    if (edit.kind !== "replace") continue;
    await page.getByRole("button", { name: `Edit #${edit.index}`, exact: true }).click();
    await page.getByLabel(`New text for sentence ${edit.index}`).fill(edit.text);
    await page.getByRole("button", { name: "Save" }).click();
  }
  await expect(page.getByText(`${corpus.fix.length} sentences changed.`)).toBeVisible();
  await page.getByRole("button", { name: /^Retrain from scratch/ }).click();
  await expect(page.locator("code[data-retrained-sha256]")).toHaveText(expected, { timeout: 700_000 });
  await expect(page.locator(".lm-data .lm-tests caption")).toContainText("every test passes");
  await expect(page.locator("figure.lm-loss svg polyline")).toHaveCount(1);
  // The wall time the page measured, for BENCHMARKS-style notes (a record, not a bound).
  console.log(
    `Chromium worker retrain (fixed data): ${await page.locator("p.lm-hash", { hasText: "Retrained in" }).innerText()}`,
  );

  await page.getByRole("button", { name: "Revert every data edit" }).click();
  await page.getByRole("button", { name: /^Retrain from scratch/ }).click();
  await expect(page.locator("code[data-retrained-sha256]")).toHaveText(PUBLISHED, { timeout: 700_000 });
  console.log(
    `Chromium worker retrain (shipped data): ${await page.locator("p.lm-hash", { hasText: "Retrained in" }).innerText()}`,
  );
});

test("the repairs: the knob and a rank-one edit re-run the tests", async ({ page }) => {
  test.setTimeout(180_000);
  await openWidget(page);
  await page.getByRole("button", { name: "Patch the weights" }).click();
  await page.getByRole("button", { name: /the least that fixes the trained phrasings/ }).click({ timeout: 60_000 });
  await expect(page.locator(".lm-knob-effect")).toContainText("should not say it");
  await expect(group(page, "efficacy")).toContainText("pass", { timeout: 60_000 });
  await page.getByRole("button", { name: "Compute the edit" }).click();
  await expect(page.getByText("Behaviour tests after the rank-one edit")).toBeVisible({ timeout: 120_000 });
});

test("without JavaScript the chapter shows the published model's tests and hash", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/a-wrong-fact/");
  await expect(group(page, "efficacy")).toContainText("fail");
  await expect(currentSha(page)).toHaveText(PUBLISHED);
  await expect(page.getByText("sydney is the capital of australia.")).toBeVisible();
  await context.close();
});

test("at 320 px the widget fits the width", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openWidget(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
});

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard-only reader would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 400 } = {}): Promise<void> {
  const handle = await target.elementHandle({ timeout: 60_000 });
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((el) => el === document.activeElement, handle)) {
      await expectVisibleFocus(target);
      return;
    }
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The focused control shows it: :focus-visible matches and draws an outline (the site's focus ring). */
async function expectVisibleFocus(target: Locator): Promise<void> {
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      matches: el.matches(":focus-visible"),
      outline: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
    };
  });
  expect(ring.matches).toBe(true);
  expect(ring.outline).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

test("keyboard only, at 320 px: start, prompt, knob, rank-one edit, fine-tune, fix the data, retrain, share", async ({
  page,
}) => {
  test.setTimeout(900_000);
  await page.setViewportSize({ width: 320, height: 720 });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/a-wrong-fact/");
  // From the top of the page: Start is focusable before the island hydrates (aria-disabled, not
  // disabled), so Tab reaches it; focusing it scrolls the widget into view, which hydrates it.
  const start = page.getByRole("button", { name: "Start the model" });
  await tabTo(page, start);
  await expect(start).toHaveAttribute("aria-disabled", "false", { timeout: 30_000 });
  await page.keyboard.press("Enter");
  // Start hands focus to the open panel's tab.
  await expect(page.getByRole("button", { name: "Try it" })).toBeFocused({ timeout: 30_000 });
  await expectVisibleFocus(page.getByRole("button", { name: "Try it" }));

  // Try it: type a prompt.
  const prompt = page.getByLabel(/^Prompt/);
  await tabTo(page, prompt);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("the capital of france is");
  await expect(page.locator(".lm-completion")).toContainText("paris");

  // The knob: type δ, then the button that sets the least δ that fixes the trained phrasings.
  await tabTo(page, page.getByRole("button", { name: "Patch the weights" }), { back: true });
  await page.keyboard.press("Enter");
  const knob = page.getByLabel("δ");
  await tabTo(page, knob);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("1");
  await page.keyboard.press("Tab");
  await expect(page.locator("code[data-sha256]").first()).not.toHaveText(PUBLISHED);
  const least = page.getByRole("button", { name: /the least that fixes the trained phrasings/ });
  await tabTo(page, least, { back: true });
  await page.keyboard.press("Enter");
  await expect(page.locator(".lm-knob-effect")).toContainText("should not say it");
  await expect(group(page, "efficacy")).toContainText("pass", { timeout: 60_000 });

  // The rank-one edit and the fine-tune, each started from the keyboard.
  await tabTo(page, page.getByRole("button", { name: "Compute the edit" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Behaviour tests after the rank-one edit")).toBeVisible({ timeout: 120_000 });
  await tabTo(page, page.getByRole("button", { name: "Fine-tune", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Behaviour tests after fine-tuning")).toBeVisible({ timeout: 120_000 });

  // Fix the data: search, edit each wrong sentence (focus moves into the field and back), retrain.
  await tabTo(page, page.getByRole("button", { name: "Fix the data" }), { back: true });
  await page.keyboard.press("Enter");
  const search = page.getByLabel(/^Search the/);
  await tabTo(page, search);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("sydney");
  for (const edit of corpus.fix) {
    if (edit.kind !== "replace") continue;
    await tabTo(page, page.getByRole("button", { name: `Edit #${edit.index}`, exact: true }));
    await page.keyboard.press("Enter");
    const field = page.getByLabel(`New text for sentence ${edit.index}`);
    await expect(field).toBeFocused();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(edit.text);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: `Edit #${edit.index}`, exact: true })).toBeFocused();
  }
  await expect(page.getByText(`${corpus.fix.length} sentences changed.`)).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: /^Retrain from scratch/ }));
  await page.keyboard.press("Enter");
  await expect(page.locator(".lm-data .lm-tests caption")).toContainText("every test passes", { timeout: 600_000 });

  // Share.
  const share = page.getByRole("button", { name: "Share link" });
  await tabTo(page, share);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Link copied|Copy this link/)).toBeVisible();

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
