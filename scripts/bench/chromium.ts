/**
 * One place for how the bench starts Chromium: Debian's build (found by ensureChromium) with the
 * flags the e2e tests use, so nothing reaches the network and nothing runs in the background
 * that would steal CPU from a measurement.
 */
import { chromium, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS } from "../test/chromium-flags.ts";

/** Flags for Lighthouse's chrome-launcher (it adds its own defaults on top). */
export const LIGHTHOUSE_CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
