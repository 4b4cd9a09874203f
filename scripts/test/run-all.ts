/**
 * `npm test`: the whole suite, in the order a failure is cheapest to find. It makes sure a
 * Chromium is available first (see ensure-chromium.ts), keeps going after a failing check so one
 * run reports every problem, and ends with one line counting every test and check.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureChromium } from "./ensure-chromium.ts";
import { ensurePackages } from "./ensure-packages.ts";

interface StepResult {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
}

// Astro's usage telemetry stays off in every `npx astro …` this run starts (children inherit it).
process.env["ASTRO_TELEMETRY_DISABLED"] = "1";

const results: StepResult[] = [];
mkdirSync("reports/tmp", { recursive: true });

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n━━ ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = child.status === 0;
  results.push({
    name,
    ok,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    seconds: (Date.now() - started) / 1000,
  });
  return ok;
}

/** Replaces a step's pass/fail count with the test counts its runner reported. */
function countFrom(name: string, counts: { passed: number; failed: number; skipped: number } | null): void {
  const step = results.find((result) => result.name === name);
  if (!step || !counts) return;
  step.passed = counts.passed;
  step.failed = Math.max(counts.failed, step.ok ? 0 : 1);
  step.skipped = counts.skipped;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null;
}

ensurePackages();

let chromium: string;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(String(error));
  process.exit(1);
}
const chromiumVersion = spawnSync(chromium, ["--version"], { encoding: "utf8" }).stdout.trim();
console.log(`Node ${process.version}; ${chromiumVersion} at ${chromium}`);

run("static checks", "npm", ["run", "--silent", "check"]);

rmSync("reports/tmp/vitest.json", { force: true });
run("unit tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=reports/tmp/vitest.json",
]);
const vitest = readJson("reports/tmp/vitest.json") as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
} | null;
countFrom(
  "unit tests",
  vitest && {
    passed: vitest.numPassedTests,
    failed: vitest.numFailedTests,
    skipped: vitest.numPendingTests + vitest.numTodoTests,
  },
);

if (run("production build", "npx", ["astro", "build"])) {
  run("html-validate", "npx", ["html-validate", "dist/**/*.html"]);
  run("Nu HTML checker", "node", ["scripts/test/nu-html-checker.ts", "dist"]);
  run("links and fragments", "node", ["scripts/test/links.ts"]);
  run("reproducible build", "node", ["scripts/test/reproducible-build.ts"]);
  rmSync("reports/tmp/playwright.json", { force: true });
  run("end-to-end (Chromium)", "npx", ["playwright", "test"], { CHROMIUM_PATH: chromium });
  const playwright = readJson("reports/tmp/playwright.json") as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  } | null;
  countFrom(
    "end-to-end (Chromium)",
    playwright && {
      passed: playwright.stats.expected,
      failed: playwright.stats.unexpected + playwright.stats.flaky,
      skipped: playwright.stats.skipped,
    },
  );
}

console.log("\n━━ Summary");
for (const step of results) {
  const counts = `${step.passed} passed, ${step.failed} failed${step.skipped ? `, ${step.skipped} skipped` : ""}`;
  console.log(`${step.ok ? "✓" : "✗"} ${step.name.padEnd(24)} ${counts.padEnd(32)} ${step.seconds.toFixed(1)} s`);
}
const total = results.reduce(
  (sum, step) => ({
    passed: sum.passed + step.passed,
    failed: sum.failed + step.failed,
    skipped: sum.skipped + step.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const allOk = results.every((step) => step.ok) && total.failed === 0 && total.skipped === 0;
if (total.skipped > 0) console.log("Skipped tests count as failures here: nothing is skipped silently.");
console.log(`tests: ${total.passed} passed, ${total.failed + total.skipped} failed`);
process.exit(allOk ? 0 : 1);
