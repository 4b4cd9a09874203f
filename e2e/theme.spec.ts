/** The theme toggle: keyboard operable, persistent across pages and reloads, no flash on load. */
import { expect, test } from "@playwright/test";

test("a keyboard user switches to dark, and the choice persists", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");

  // Tab from the top of the page until the toggle has focus, as a keyboard user would.
  for (let presses = 0; presses < 20; presses++) {
    await page.keyboard.press("Tab");
    if (await toggle.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(toggle).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.goto("/about/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);

  await page.keyboard.press("Tab");
  await page.getByRole("button", { name: "Dark theme" }).focus();
  await page.keyboard.press("Space");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(darkBackground);
});

test("a stored dark choice applies before first paint", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.addInitScript(() => localStorage.setItem("pf-theme", "dark"));
  // Record the theme when the first visible element (the skip link) is parsed: before any
  // content can paint and before any module script runs.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(".skip-link")) {
        (window as unknown as { __firstTheme: string }).__firstTheme = getComputedStyle(
          document.documentElement,
        ).colorScheme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("/");
  const firstScheme = await page.evaluate(() => (window as unknown as { __firstTheme: string }).__firstTheme);
  expect(firstScheme).toBe("dark");
});

test("without JavaScript the toggle is hidden and the system theme applies", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Dark theme" })).toBeHidden();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(18, 19, 23)");
  await context.close();
});
