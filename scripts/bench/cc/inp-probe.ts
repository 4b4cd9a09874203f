/**
 * One-off probe (not part of `npm run bench`): the binary challenge's "Fix the C" under 4× CPU
 * slowdown in Chromium. Types into the C source one key at a time (the first edit loads the
 * compiler; each pause in typing compiles and runs the level's tests) and prints the Event Timing
 * durations of the keystrokes, whose worst is the page's INP for this interaction.
 * Usage, after `npm run build`: node scripts/bench/cc/inp-probe.ts
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../test/chromium-flags.ts";
import { serveFolder } from "../local-server.ts";

const server = await serveFolder("dist");
const browser = await chromium.launch({
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const events: { name: string; duration: number; id: number }[] = [];
    (window as unknown as { __events: typeof events }).__events = events;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { interactionId?: number })[])
        events.push({ name: e.name, duration: e.duration, id: e.interactionId ?? 0 });
    }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  await page.goto(`${server.origin}/the-assembly-listing/`);
  const widget = page.locator("#binary-challenge");
  await widget.scrollIntoViewIfNeeded();
  await widget.getByRole("button", { name: "Run tests" }).waitFor();
  await page.waitForFunction(() => !document.querySelector("#binary-challenge button.button-primary[disabled]"));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await widget.getByRole("tab", { name: "Fix the C" }).click();
  const source = widget.getByRole("textbox", { name: /C source of/ });
  await source.click();
  await page.keyboard.press("Control+End");
  for (const round of [0, 1, 2]) {
    for (const key of " /* fixed */") await page.keyboard.type(key, { delay: round === 0 ? 60 : 450 });
    await page.waitForTimeout(2500);
  }
  const events = await page.evaluate(
    () => (window as unknown as { __events: { name: string; duration: number; id: number }[] }).__events,
  );
  const keys = events.filter((e) => e.id > 0 && /key|input|beforeinput/.test(e.name));
  const byInteraction = new Map<number, number>();
  for (const e of keys) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  const durations = [...byInteraction.values()].sort((a, b) => a - b);
  const typed = 3 * " /* fixed */".length;
  console.log(`keystrokes typed: ${typed}; interactions over 16 ms: ${durations.length}`);
  console.log(`worst: ${durations.at(-1) ?? 0} ms; all over 16 ms: ${durations.join(", ")}`);
} finally {
  await browser.close();
  await server.close();
}
