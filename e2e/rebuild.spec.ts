/** The rebuild page states the manifest hash of every other file of the build being served. */
import { expect, test } from "@playwright/test";
import { buildManifest, REBUILD_PAGE } from "../src/build/manifest.ts";

test("the rebuild page's hash is the manifest of the rest of dist/", async ({ page }) => {
  await page.goto("/rebuild/");
  const stated = (await page.locator(".hash code").innerText()).trim();
  expect(stated).toMatch(/^[0-9a-f]{64}$/);
  expect(stated).toBe(buildManifest("dist", [REBUILD_PAGE]).hash);
});
