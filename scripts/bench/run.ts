/**
 * `npm run bench`: measures what a reader waits for and checks it against the budgets and
 * anchors, then writes reports/bench.json and BENCHMARKS.md. Sections: build (astro build time,
 * dist/ size), bytes (every page), lighthouse and vitals (home and the two challenge chapters),
 * engines (interpreter and retrain in Chromium). Flags: see options.ts. A section that crashes is
 * reported and the others still run; budgets not met do not fail the command (this is a
 * benchmark; the byte budgets are tests in e2e/budgets.spec.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import type { Browser } from "@playwright/test";
import { ensureChromium } from "../test/ensure-chromium.ts";
import { evaluateBudgets } from "./budgets.ts";
import { buildSiteOnce, measureBuild } from "./build.ts";
import { measureBytes } from "./bytes.ts";
import { launchChromium } from "./chromium.ts";
import { measureEngines } from "./engines/run-engines.ts";
import { ms } from "./format.ts";
import { measureLighthouse } from "./lighthouse.ts";
import { serveFolder, type LocalServer } from "./local-server.ts";
import { machineInfo } from "./machine.ts";
import { renderMarkdown } from "./markdown.ts";
import { privateTree, snapshotOfDist, type Workspace } from "./workspace.ts";
import { parseOptions, SECTIONS, type Section } from "./options.ts";
import type { BenchReport } from "./report.ts";
import { measureVitals } from "./vitals.ts";

/** What a reader lands on first, and the chapters of the three challenges (the heaviest widgets). */
const LOAD_PAGES = ["/", "/the-assembly-listing/", "/the-weights/", "/a-wrong-fact/"];
const REPORT_JSON = "reports/bench.json";
const REPORT_MARKDOWN = "BENCHMARKS.md";

const startedMs = performance.now();
const log = (line: string): void =>
  console.log(`[bench ${((performance.now() - startedMs) / 1000).toFixed(0).padStart(4)} s] ${line}`);

const options = parseOptions(process.argv.slice(2));
const chromePath = ensureChromium();
const machine = machineInfo(chromePath);
const report: BenchReport = {
  generatedAt: new Date().toISOString(),
  options: { ...options, sections: SECTIONS.filter((s) => options.sections.has(s)) },
  machine,
  wallTimeMs: 0,
  sectionMs: {},
  loadAverageAtEnd: 0,
  loadAverageMax: machine.loadAverageAtStart,
  build: null,
  bytes: null,
  lighthouse: null,
  vitals: null,
  engines: null,
  errors: [],
  checks: [],
};
log(
  `${machine.cpuModel}, ${machine.cores} cores; Node ${machine.node}; ${machine.chromium}${options.quick ? "; quick run" : ""}`,
);

// Other work on the machine inflates every timing: sample the load so the report can say so.
const loadSampler = setInterval(() => {
  report.loadAverageMax = Math.max(report.loadAverageMax, os.loadavg()[0] ?? 0);
}, 5000);
loadSampler.unref();

/** Runs one section, timing it; a crash is recorded and the bench goes on. */
async function section<T>(name: Section | "setup build", work: () => Promise<T> | T): Promise<T | null> {
  const sectionStartMs = performance.now();
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`${name} failed: ${message}`);
    if (name !== "setup build") report.errors.push({ section: name, message: message.split("\n")[0]! });
    else throw error;
    return null;
  } finally {
    report.sectionMs[name] = performance.now() - sectionStartMs;
  }
}

const wants = (name: Section): boolean => options.sections.has(name);
const needsSite = wants("bytes") || wants("lighthouse") || wants("vitals");

const willBuild = wants("build") || (options.build && needsSite);
if (!willBuild && needsSite && !existsSync("dist/index.html")) {
  throw new Error("dist/ has no index.html: build the site (drop --no-build)");
}
const workspace: Workspace | null = willBuild ? privateTree() : needsSite ? snapshotOfDist("dist") : null;
if (willBuild && workspace) log(`building in a private copy of the tree: ${workspace.root}`);

let site: LocalServer | null = null;
let browser: Browser | null = null;
try {
  if (wants("build") && workspace) {
    const cwd = workspace.root;
    report.build = await section("build", () => measureBuild(options.runs.build, cwd, log));
  } else if (willBuild && workspace) {
    const cwd = workspace.root;
    await section("setup build", () => log(`built the site in ${ms(buildSiteOnce(cwd))}`));
  }
  const missingPages = LOAD_PAGES.filter((page) => workspace && !existsSync(join(workspace.dist, page, "index.html")));
  // A failed build leaves no site: the site sections are skipped, the engines still run.
  const siteReady = needsSite && workspace !== null && missingPages.length === 0;
  if (needsSite && !siteReady) {
    const skipped = (["bytes", "lighthouse", "vitals"] as const).filter(wants);
    for (const name of skipped)
      report.errors.push({ section: name, message: `no built site (missing ${missingPages.join(", ")})` });
  }
  if (wants("bytes") && workspace && siteReady) {
    const dist = workspace.dist;
    report.bytes = await section("bytes", () => measureBytes(dist));
  }
  if ((wants("lighthouse") || wants("vitals")) && workspace && siteReady) site = await serveFolder(workspace.dist);
  if (wants("lighthouse") && site) {
    const origin = site.origin;
    report.lighthouse = await section("lighthouse", () =>
      measureLighthouse(origin, LOAD_PAGES, options.runs.lighthouse, chromePath, log),
    );
  }
  if (wants("vitals") || wants("engines")) browser = await launchChromium(chromePath);
  if (wants("vitals") && site && browser) {
    const [origin, chromium] = [site.origin, browser];
    report.vitals = await section("vitals", () =>
      measureVitals(chromium, origin, LOAD_PAGES, options.runs.vitals, log),
    );
  }
  if (wants("engines") && browser) {
    const chromium = browser;
    report.engines = await section("engines", () => measureEngines(chromium, options.runs.engineRepeats, log));
  }
} finally {
  await browser?.close();
  await site?.close();
  workspace?.remove();
}

report.checks = evaluateBudgets(report);
report.wallTimeMs = performance.now() - startedMs;
report.loadAverageAtEnd = os.loadavg()[0] ?? 0;
clearInterval(loadSampler);
mkdirSync("reports", { recursive: true });
writeFileSync(REPORT_JSON, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(REPORT_MARKDOWN, renderMarkdown(report));

const notMet = report.checks.filter((c) => c.status === "not met");
for (const c of notMet) log(`NOT MET: ${c.budget} — ${c.scope}: ${c.figure}`);
log(
  `${report.checks.length - notMet.length}/${report.checks.length} budget checks met or not measured; wrote ${REPORT_JSON} and ${REPORT_MARKDOWN} in ${ms(report.wallTimeMs)}`,
);
if (report.errors.length > 0) process.exitCode = 1;
