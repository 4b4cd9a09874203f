/**
 * Screenshots of the built site for design review: `node scripts/screenshots/take.ts <out-dir>
 * [label]` serves dist/ on a free port and writes one image per page, width and theme (the top
 * of the page, one screen high, as a reader first sees it). Not a test: a person looks at these.
 *
 * Environment: PAGES, WIDTHS, THEMES (comma-separated lists); FULL=1 for the whole page;
 * SCROLL_TO=<selector> to scroll first; SELECTOR=<selector> to shoot one element only;
 * PAYOFF=<json> to seed the payoff store (src/widgets/shared/payoff.ts) as if the reader had done
 * the challenges; FORMAT=webp (QUALITY, default 0.8) to keep the committed images small: Chromium
 * itself encodes them, so no image tool is needed.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
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
const selector = process.env["SELECTOR"];
const payoff = process.env["PAYOFF"];
const format = process.env["FORMAT"] === "webp" ? "webp" : "png";
const quality = Number(process.env["QUALITY"] ?? "0.8");

/** Re-encodes a PNG as WebP in the page's own canvas (Chromium encodes WebP). */
async function toWebp(page: Page, png: Buffer): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    async ({ base64, q }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      canvas.getContext("2d")!.drawImage(image, 0, 0);
      return canvas.toDataURL("image/webp", q);
    },
    { base64: png.toString("base64"), q: quality },
  );
  if (!dataUrl.startsWith("data:image/webp;base64,")) throw new Error("this Chromium does not encode WebP");
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64");
}

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
      if (payoff) {
        await page.addInitScript((value) => sessionStorage.setItem("preferred-form:payoff", value), payoff);
      }
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
        const name = `${label}-${path.replaceAll("/", "_").replace(/^_|_$/g, "") || "home"}-${width}-${theme}.${format}`;
        const png = selector ? await page.locator(selector).first().screenshot() : await page.screenshot({ fullPage });
        // The page's own CSP may refuse data: images in a canvas; encode in a blank page instead.
        const encoder = format === "webp" ? await context.newPage() : null;
        writeFileSync(join(out, name), encoder ? await toWebp(encoder, png) : png);
        await encoder?.close();
        console.log(join(out, name));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
