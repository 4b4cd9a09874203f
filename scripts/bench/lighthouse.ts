/**
 * The Lighthouse section: performance, accessibility, best-practices and SEO scores with LCP, TBT
 * and CLS for a few pages, under Lighthouse's mobile and desktop presets, several runs each, with
 * Debian's Chromium. The site is served on loopback, so Lighthouse never leaves this machine.
 * Audits that fail are kept by id: SEO and best-practices findings may be real and must show.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config, type Result } from "lighthouse";
import { LIGHTHOUSE_CHROME_FLAGS } from "./chromium.ts";
import { summarizeField, type Summary } from "./stats.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];
export type Preset = "mobile" | "desktop";

export interface LighthouseRun {
  /** 0–100 per category, null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  speedIndexMs: number | null;
  lcpElement: string | null;
  /** The element behind the largest layout shift, with its share of CLS. */
  topLayoutShift: string | null;
  failedAudits: { category: Category; id: string; title: string; score: number | null; note: string | null }[];
  /** Audits Lighthouse could not compute: a tool problem, not a finding about the site. */
  erroredAudits: { id: string; message: string }[];
  warnings: string[];
}

export interface LighthouseFigures {
  page: string;
  preset: Preset;
  runs: number;
  scores: Record<Category, Summary | null>;
  fcpMs: Summary | null;
  lcpMs: Summary | null;
  tbtMs: Summary | null;
  cls: Summary | null;
  speedIndexMs: Summary | null;
  lcpElement: string | null;
  topLayoutShift: string | null;
  /** Every audit that failed in at least one run, with how many runs it failed in. */
  failedAudits: { category: Category; id: string; title: string; failedRuns: number; note: string | null }[];
  erroredAudits: { id: string; message: string }[];
  /** Runs that failed outright (e.g. a 404 while dist/ was being rebuilt): left out of the figures. */
  failedRuns: string[];
  warnings: string[];
}

const numeric = (lhr: Result, id: string): number | null => lhr.audits[id]?.numericValue ?? null;

interface NodeItem {
  node?: { selector?: string; nodeLabel?: string; snippet?: string };
  score?: number;
}

function firstNode(lhr: Result, auditId: string): string | null {
  const details = lhr.audits[auditId]?.details as { items?: NodeItem[] } | undefined;
  const item = details?.items?.find((entry) => entry.node);
  if (!item?.node) return null;
  const label = item.node.selector ?? item.node.snippet ?? item.node.nodeLabel ?? "?";
  return typeof item.score === "number" ? `${label} (shift ${item.score.toFixed(3)})` : label;
}

/**
 * Failures caused by the loopback server rather than the site: it sends every file uncompressed
 * and with Cache-Control: no-store (scripts/serve/static-server.ts), which static hosts do not.
 */
function loopbackNote(lhr: Result, id: string): string | null {
  if (id === "uses-text-compression") {
    return "the loopback server sends files uncompressed; static hosts and CDNs compress them";
  }
  if (id === "bf-cache") {
    const items = (lhr.audits[id]?.details as { items?: { protocolReason?: string }[] } | undefined)?.items ?? [];
    if (items.length > 0 && items.every((item) => item.protocolReason?.includes("CacheControlNoStore"))) {
      return "only because the loopback server sends Cache-Control: no-store; check the real host's headers";
    }
  }
  return null;
}

/** A binary audit fails below 1; a numeric one where Lighthouse itself would colour it (below 0.9). */
function auditOutcomes(lhr: Result): Pick<LighthouseRun, "failedAudits" | "erroredAudits"> {
  const failedAudits: LighthouseRun["failedAudits"] = [];
  const erroredAudits: LighthouseRun["erroredAudits"] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      if (ref.group === "metrics") continue; // the metrics are reported as figures
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      if (audit.scoreDisplayMode === "error") {
        erroredAudits.push({ id: ref.id, message: audit.errorMessage ?? "?" });
        continue;
      }
      if (audit.score === null || ["manual", "notApplicable", "informative"].includes(audit.scoreDisplayMode)) continue;
      const threshold = audit.scoreDisplayMode === "binary" ? 1 : 0.9;
      if (audit.score < threshold) {
        failedAudits.push({
          category,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          note: loopbackNote(lhr, ref.id),
        });
      }
    }
  }
  return { failedAudits, erroredAudits };
}

function readRun(lhr: Result): LighthouseRun {
  const score = (category: Category): number | null => {
    const value = lhr.categories[category]?.score;
    return typeof value === "number" ? Math.round(value * 100) : null;
  };
  return {
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
    },
    fcpMs: numeric(lhr, "first-contentful-paint"),
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    speedIndexMs: numeric(lhr, "speed-index"),
    lcpElement: firstNode(lhr, "largest-contentful-paint-element"),
    topLayoutShift: firstNode(lhr, "layout-shifts"),
    ...auditOutcomes(lhr),
    warnings: lhr.runWarnings.map(String),
  };
}

function combine(page: string, preset: Preset, runs: LighthouseRun[], failedRuns: string[]): LighthouseFigures {
  const failures = new Map<string, LighthouseFigures["failedAudits"][number]>();
  for (const run of runs) {
    for (const audit of run.failedAudits) {
      const key = `${audit.category}/${audit.id}`;
      const seen = failures.get(key) ?? { ...audit, failedRuns: 0 };
      seen.failedRuns++;
      failures.set(key, seen);
    }
  }
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, summarizeField(runs, (run) => run.scores[category])]),
  ) as Record<Category, Summary | null>;
  return {
    page,
    preset,
    runs: runs.length,
    scores,
    fcpMs: summarizeField(runs, (run) => run.fcpMs),
    lcpMs: summarizeField(runs, (run) => run.lcpMs),
    tbtMs: summarizeField(runs, (run) => run.tbtMs),
    cls: summarizeField(runs, (run) => run.cls),
    speedIndexMs: summarizeField(runs, (run) => run.speedIndexMs),
    lcpElement: runs.find((run) => run.lcpElement)?.lcpElement ?? null,
    topLayoutShift: runs.find((run) => run.topLayoutShift)?.topLayoutShift ?? null,
    failedAudits: [...failures.values()].map(({ category, id, title, failedRuns, note }) => ({
      category,
      id,
      title,
      failedRuns,
      note,
    })),
    erroredAudits: [...new Map(runs.flatMap((run) => run.erroredAudits).map((a) => [a.id, a])).values()],
    failedRuns,
    warnings: [...new Set(runs.flatMap((run) => run.warnings))],
  };
}

/** Extra attempts per page and preset when runs fail outright. */
const MAX_RETRIES = 2;

export async function measureLighthouse(
  origin: string,
  pages: readonly string[],
  runsPerPreset: number,
  chromePath: string,
  log: (line: string) => void,
): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_CHROME_FLAGS });
  const presets: [Preset, Config | undefined][] = [
    ["mobile", undefined],
    ["desktop", desktopConfig],
  ];
  const results: LighthouseFigures[] = [];
  try {
    for (const page of pages) {
      for (const [preset, config] of presets) {
        const runs: LighthouseRun[] = [];
        const failedRuns: string[] = [];
        // A run can fail outright on a starved CPU (NO_NAVSTART); retry a couple, so the median has its runs.
        for (let i = 0; runs.length < runsPerPreset && i < runsPerPreset + MAX_RETRIES; i++) {
          const result = await lighthouse(
            `${origin}${page}`,
            { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
            config,
          );
          if (!result) throw new Error(`Lighthouse returned nothing for ${page} (${preset})`);
          if (result.lhr.runtimeError) {
            failedRuns.push(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
            log(`lighthouse ${page} ${preset} run ${i + 1}: failed, ${result.lhr.runtimeError.code}`);
            continue;
          }
          runs.push(readRun(result.lhr));
          const last = runs.at(-1)!;
          log(
            `lighthouse ${page} ${preset} ${runs.length}/${runsPerPreset}: perf ${last.scores.performance}, LCP ${Math.round(last.lcpMs ?? NaN)} ms`,
          );
        }
        results.push(combine(page, preset, runs, failedRuns));
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
