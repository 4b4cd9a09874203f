/** Site pages refuse to be framed by other origins (frame-ancestors from _headers). */
import { expect, test } from "@playwright/test";

for (const path of ["/", "/about/"]) {
  test(`${path} framed by a page on another origin is refused`, async ({ page }) => {
    const target = `http://127.0.0.1:4321${path}`;
    const blocked = page.waitForEvent("console", (message) => message.text().includes("frame-ancestors"));
    await page.goto(`http://127.0.0.1:4322/?src=${encodeURIComponent(target)}`);
    await blocked;
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    // A refused frame never gets our document: Chromium shows its own error page instead.
    expect(frame?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator("#frame").locator(".site-name")).toHaveCount(0);
  });
}

test("the same page opened directly (not framed) is served", async ({ page }) => {
  await page.goto("/about/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this site");
});

test("the served header CSP has the build's inline hashes in place of its tokens, on pages and on SVG", async ({
  request,
}) => {
  for (const path of ["/", "/embed/binary-challenge/", "/favicon.svg"]) {
    const csp = (await request.get(path)).headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/^default-src 'self';/);
    expect(csp, path).toMatch(/script-src 'self' 'sha256-/);
    expect(csp, path).not.toContain("-hashes'");
  }
  const asset = await request.get("/favicon.svg");
  expect(asset.headers()["x-frame-options"]).toBeUndefined();
});
