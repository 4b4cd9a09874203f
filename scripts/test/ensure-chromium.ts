/**
 * Finds a Chromium for Playwright, installing one if there is none, and prints which it uses.
 * Order: $CHROMIUM_PATH, then browsers already on the system, then Playwright's own installer
 * (which needs its download host), then Debian's package when running as root.
 * Prints the executable path on the last line of stdout.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const SYSTEM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

function firstExisting(): string | null {
  const fromEnv = process.env["CHROMIUM_PATH"];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere.`);
  }
  return SYSTEM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function playwrightBundled(): string | null {
  try {
    const out = execFileSync(
      process.execPath,
      ["-e", "console.log(require('playwright-core').chromium.executablePath())"],
      {
        encoding: "utf8",
      },
    ).trim();
    return out && existsSync(out) ? out : null;
  } catch {
    return null;
  }
}

function log(message: string): void {
  console.error(`[chromium] ${message}`);
}

export function ensureChromium(): string {
  const found = firstExisting() ?? playwrightBundled();
  if (found) {
    log(`using ${found}`);
    return found;
  }
  log("no Chromium found; trying Playwright's installer");
  const viaPlaywright = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit", timeout: 300_000 });
  const installed = viaPlaywright.status === 0 ? playwrightBundled() : null;
  if (installed) {
    log(`using Playwright's ${installed}`);
    return installed;
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    log("Playwright's download host is unreachable; installing Debian's chromium package with apt-get");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    const apt = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    const afterApt = apt.status === 0 ? firstExisting() : null;
    if (afterApt) {
      log(`using ${afterApt} (installed from Debian)`);
      return afterApt;
    }
  }
  throw new Error(
    "No Chromium available. Install one (Debian: `apt-get install chromium`) or set CHROMIUM_PATH to its executable.",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = ensureChromium();
  const version = spawnSync(path, ["--version"], { encoding: "utf8" }).stdout.trim();
  log(version);
  console.log(path);
}
