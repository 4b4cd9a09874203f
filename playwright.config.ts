import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS } from "./scripts/test/chromium-flags.ts";

/**
 * E2E tests against the built site in dist/, served the way a static host would serve it (with
 * `_headers`). Port 4321 is the site; 4322 plays "another site" that frames our pages.
 * Chromium is Debian's (or any found by scripts/test/ensure-chromium.ts): $CHROMIUM_PATH.
 */
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "reports/tmp/playwright.json" }]],
  use: {
    baseURL: "http://127.0.0.1:4321",
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: "node scripts/serve/static-server.ts dist 4321",
      url: "http://127.0.0.1:4321/",
      reuseExistingServer: !process.env["CI"],
      stdout: "ignore",
    },
    {
      command: "node scripts/serve/host-server.ts 4322",
      url: "http://127.0.0.1:4322/",
      reuseExistingServer: !process.env["CI"],
      stdout: "ignore",
    },
  ],
});
