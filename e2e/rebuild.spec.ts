/**
 * The rebuild page states the manifest hash of every other file of the build being served.
 * Oracle: GNU coreutils, not our manifest code — `sha256sum` over every file of dist/ but the page
 * itself, sorted by path in byte order, prints exactly the manifest's lines ("<sha256>  <path>"),
 * and `sha256sum` of that listing is the manifest hash. A reader can run the same line.
 */
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";

const COREUTILS_MANIFEST =
  "cd dist && find . -type f ! -path ./rebuild/index.html -printf '%P\\n' | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum";

test("the rebuild page's hash is the sha256sum manifest of the rest of dist/", async ({ page }) => {
  await page.goto("/rebuild/");
  const stated = (await page.locator(".hash code").innerText()).trim();
  expect(stated).toMatch(/^[0-9a-f]{64}$/);
  const coreutils = execFileSync("sh", ["-c", COREUTILS_MANIFEST], { encoding: "utf8" }).split(" ")[0];
  expect(stated).toBe(coreutils);
});
