/**
 * Screenshots of the built site for design review: `node scripts/screenshots/take.ts <out-dir>
 * [label]` serves dist/ on a free port and writes one PNG per page, width and theme (the top
 * of the page, one screen high, as a reader first sees it). Not a test: a person looks at these.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { serveFolder } from "../bench/local-server.ts";
import { CHROMIUM_ARGS } from "../test/chromium-flags.ts";

const out = process.argv[2] ?? "docs/screenshots";
const label = process.argv[3] ?? "now";
const pages = (process.env["PAGES"] ?? "/,/the-assembly-listing/,/the-weights/,/scorecard/,/rebuild/")
  .split(",")
  .filter(Boolean);
const widths = (process.env["WIDTHS"] ?? "320,1280").split(",").map(Number);
const themes = (process.env["THEMES"] ?? "light").split(",") as ("light" | "dark")[];
const fullPage = process.env["FULL"] === "1";

mkdirSync(out, { recursive: true });
const server = await serveFolder("dist");
const browser = await chromium.launch({
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  for (const theme of themes) {
    for (const width of widths) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 720 : 900 },
        colorScheme: theme,
      });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.origin + path, { waitUntil: "networkidle" });
        await page.evaluate(() => document.fonts.ready);
        const hash = process.env["SCROLL_TO"];
        if (hash)
          await page
            .locator(hash)
            .first()
            .scrollIntoViewIfNeeded()
            .catch(() => undefined);
        const name = `${label}-${path.replaceAll("/", "_").replace(/^_|_$/g, "") || "home"}-${width}-${theme}.png`;
        await page.screenshot({ path: join(out, name), fullPage });
        console.log(join(out, name));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
