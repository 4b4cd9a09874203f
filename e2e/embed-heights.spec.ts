/**
 * The Embed snippet's iframe height is the widget's measured height, not a guess: for each
 * widget, the height recorded in src/widgets/shared/embed-heights.json (which the snippet and
 * oEmbed use) is within 5 % of the embed page's real height at the recorded width. When a
 * widget's first screen changes, regenerate it: `node scripts/embeds/measure-heights.ts`.
 */
import { expect, test } from "@playwright/test";
import recorded from "../src/widgets/shared/embed-heights.json" with { type: "json" };
import { WIDGETS } from "../src/widgets/registry.ts";
import { EMBED_MEASURE_WIDTH, measureEmbedHeight } from "./support/embed-height.ts";

for (const widget of WIDGETS) {
  test(`the ${widget.name} embed snippet's height matches the widget's measured height`, async ({ page }) => {
    expect(recorded.width).toBe(EMBED_MEASURE_WIDTH);
    const measured = await measureEmbedHeight(page, `/embed/${widget.name}/`);
    expect(widget.embedHeight).toBe((recorded.heights as Record<string, number>)[widget.name]);
    expect(Math.abs(widget.embedHeight - measured) / measured).toBeLessThanOrEqual(0.05);
  });
}
