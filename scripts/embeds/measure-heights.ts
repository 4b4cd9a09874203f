/**
 * Measures each widget's embed page as a host page would show it — an iframe 700 px wide, the
 * width of a typical forum or blog column — and writes the heights to
 * src/widgets/shared/embed-heights.json, which the Embed snippet and oEmbed use. Run after
 * `npm run build` whenever a widget's first screen changes: `node scripts/embeds/measure-heights.ts`.
 * e2e/embed-heights.spec.ts fails when the recorded heights no longer match the widgets.
 */
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { WIDGETS } from "../../src/widgets/registry.ts";
import { EMBED_MEASURE_WIDTH, measureEmbedHeight } from "../../e2e/support/embed-height.ts";
import { serveFolder } from "../bench/local-server.ts";
import { CHROMIUM_ARGS } from "../test/chromium-flags.ts";

const server = await serveFolder("dist");
const browser = await chromium.launch({
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  const heights: Record<string, number> = {};
  for (const widget of WIDGETS) {
    const page = await browser.newPage();
    heights[widget.name] = await measureEmbedHeight(page, `${server.origin}/embed/${widget.name}/`);
    await page.close();
    console.log(`${widget.name}: ${heights[widget.name]} px at ${EMBED_MEASURE_WIDTH} px wide`);
  }
  writeFileSync(
    "src/widgets/shared/embed-heights.json",
    `${JSON.stringify({ width: EMBED_MEASURE_WIDTH, heights }, null, 2)}\n`,
  );
} finally {
  await browser.close();
  await server.close();
}
