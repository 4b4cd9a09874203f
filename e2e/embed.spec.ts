/**
 * Embeds: framable by any site (unlike chapter pages), noindex with a canonical link to the
 * chapter, discoverable by oEmbed, and the host script only trusts our own resize messages.
 */
import { expect, test } from "@playwright/test";
import { WIDGETS } from "../src/widgets/registry.ts";

const SITE = "http://127.0.0.1:4321";
const HOST = "http://127.0.0.1:4322";

for (const widget of WIDGETS) {
  test(`another origin can frame the ${widget.name} embed, which renders`, async ({ page }) => {
    await page.goto(`${HOST}/?src=${encodeURIComponent(`${SITE}/embed/${widget.name}/`)}`);
    const frame = page.frameLocator("#frame");
    await expect(frame.locator(`[data-widget="${widget.name}"]`)).toBeVisible();
    await expect(frame.getByRole("link", { name: /./ }).last()).toHaveAttribute("href", `/${widget.chapter}/`);
  });

  test(`the ${widget.name} embed is noindex, points at its chapter and has valid oEmbed`, async ({ page, request }) => {
    await page.goto(`/embed/${widget.name}/`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(
      new RegExp(`/${widget.chapter}/$`),
    );
    const discovery = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
    const oembed = (await (await request.get(new URL(discovery ?? "").pathname)).json()) as Record<string, unknown>;
    // oEmbed 1.0 §2.3.4: version and type always; rich requires html, width and height.
    expect(oembed["version"]).toBe("1.0");
    expect(oembed["type"]).toBe("rich");
    expect(typeof oembed["html"]).toBe("string");
    expect(oembed["html"]).toContain(`/embed/${widget.name}/`);
    expect(Number.isInteger(oembed["width"]) && Number.isInteger(oembed["height"])).toBe(true);
    expect(oembed["provider_name"]).toBe("Preferred Form");
  });
}

test("the host script resizes our iframe from our messages and ignores others", async ({ page }) => {
  await page.goto(`${HOST}/resize-host.html`);
  await page.waitForFunction(() => document.querySelectorAll("iframe").length === 2);
  const height = (id: string) => page.locator(`#${id}`).evaluate((el) => (el as HTMLIFrameElement).style.height);
  // Our embed reports its own height as soon as it hydrates: wait until that has settled.
  await expect.poll(() => height("ours"), { timeout: 15_000 }).toMatch(/^\d+px$/);
  let settled = "";
  await expect
    .poll(
      async () => {
        const before = settled;
        settled = await height("ours");
        return before === settled;
      },
      { intervals: [500] },
    )
    .toBe(true);
  // Oracle for "ignored": a recorder registered after embed.js's listener sees each message
  // right after the helper has handled it, so once the recorder has it, the helper is done with it.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    addEventListener("message", (event) => {
      const from =
        (event.source as Window | null) === document.querySelector<HTMLIFrameElement>("#ours")?.contentWindow;
      seen.push(`${from ? "ours" : "other"}:${JSON.stringify(event.data)}`);
    });
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  // A frame from another origin posts a well-formed message: delivered, and ignored.
  await page.evaluate(() => {
    const frame = document.getElementById("foreign") as HTMLIFrameElement;
    frame.contentWindow?.postMessage("post-resize", "*");
  });
  await expect.poll(seen).toContain('other:{"context":"iframe.resize","height":777}');
  expect(await height("foreign")).toBe("");
  // Our own origin's frame sends the wrong shape, then the right one.
  const ours = page.frameLocator("#ours");
  await ours.locator("body").evaluate(() => {
    window.parent.postMessage({ context: "something-else", height: 999 }, "*");
    window.parent.postMessage({ context: "iframe.resize", height: "tall" }, "*");
  });
  await expect.poll(seen).toContain('ours:{"context":"iframe.resize","height":"tall"}');
  expect(await seen()).toContain('ours:{"context":"something-else","height":999}');
  expect(await height("ours")).toBe(settled);
  await ours
    .locator("body")
    .evaluate(() => window.parent.postMessage({ context: "iframe.resize", height: 432.2 }, "*"));
  await expect.poll(() => height("ours")).toBe("433px");
});

test("an embed grows and the host script grows its iframe with it", async ({ page }) => {
  await page.goto(`${HOST}/resize-host.html`);
  const frameHeight = () => page.locator("#ours").evaluate((el) => el.getBoundingClientRect().height);
  await expect
    .poll(() => page.locator("#ours").evaluate((el) => (el as HTMLIFrameElement).style.height))
    .toMatch(/px$/);
  const before = await frameHeight();
  const frame = page.frameLocator("#ours");
  await frame.getByText("Hints", { exact: true }).click();
  await frame.getByText("Hint 1", { exact: true }).click();
  await expect.poll(frameHeight).toBeGreaterThan(before);
});

for (const widget of WIDGETS) {
  test(`in a frame sandboxed with allow-scripts only, the ${widget.name} embed shows and throws nothing`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(`${HOST}/sandboxed.html?src=${encodeURIComponent(`${SITE}/embed/${widget.name}/`)}`);
    const frame = page.frameLocator("#frame");
    await expect(frame.locator(`[data-widget="${widget.name}"]`)).toBeVisible();
    await expect(frame.getByRole("status").first()).toBeAttached();
    // Oracle for "done": the widget hydrated and ran its mount effects (storage, share link,
    // workers), the last of which reports its height to the host page.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { fromFrame: { context?: string }[] }).fromFrame))
      .toContainEqual(expect.objectContaining({ context: "iframe.resize" }));
    // Oracle for "nothing was thrown": an error thrown in the frame now is reported, and after
    // any error the frame threw earlier, so once the probe is in, the record is complete.
    await frame.locator("body").evaluate(() => {
      setTimeout(() => {
        throw new Error("probe");
      });
    });
    await expect.poll(() => errors).toContainEqual(expect.stringContaining("probe"));
    expect(errors).toEqual(["Error: probe"]);
  });
}

for (const widget of WIDGETS) {
  test(`the ${widget.name} embed's headings never skip a level`, async ({ page }) => {
    await page.goto(`/embed/${widget.name}/`);
    const levels = await page
      .locator("h1, h2, h3, h4, h5, h6")
      .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName.slice(1))));
    expect(levels[0]).toBe(1);
    for (let index = 1; index < levels.length; index++) {
      expect(
        levels[index]! - levels[index - 1]!,
        `heading ${index} after ${levels.slice(0, index).join(",")}`,
      ).toBeLessThanOrEqual(1);
    }
  });
}
