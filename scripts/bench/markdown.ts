/**
 * Renders BENCHMARKS.md from the report: the machine, the budgets with their anchors (each one not
 * met named with its cause), then every section's figures. Timings read "median (min–max)".
 */
import { ANCHORS, BUDGETS, totalAnchorNote } from "./budgets.ts";
import { bytesTriple, cls, kb, mb, millions, ms, spread } from "./format.ts";
import type { PageBytes } from "./bytes.ts";
import { lmLines } from "./engines/lm-report.ts";
import type { EngineOutcome } from "./engines/run-engines.ts";
import type { LighthouseFigures } from "./lighthouse.ts";
import type { BenchReport } from "./report.ts";
import { EVENT_TIMING_FLOOR_MS, type VitalsFigures, type WidgetFigures } from "./vitals.ts";

const row = (cells: readonly string[]): string => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");

function machineSection(report: BenchReport): string {
  const m = report.machine;
  return [
    "## Machine",
    "",
    table(
      ["", ""],
      [
        ["CPU", `${m.cpuModel}, ${m.cores} cores`],
        ["Memory", `${(m.memoryBytes / 1024 ** 3).toFixed(1)} GB`],
        ["OS", m.os],
        ["Node", m.node],
        ["Chromium", m.chromium],
        ["Lighthouse", m.lighthouse],
        [
          "Load average (1 min) at start / highest / end",
          `${m.loadAverageAtStart.toFixed(2)} / ${report.loadAverageMax.toFixed(2)} / ${report.loadAverageAtEnd.toFixed(2)}`,
        ],
      ],
    ),
    ...(report.loadAverageMax > m.cores
      ? [
          "",
          `**The machine was busy during this run** (load average up to ${report.loadAverageMax.toFixed(1)} on ${m.cores} cores): other work competed for the CPU, so timings are slower and more spread out than on an idle machine. Bytes are unaffected, but Lighthouse's TBT and performance score count main-thread time and suffer too; rerun on a quiet machine for headline timings.`,
        ]
      : []),
  ].join("\n");
}

function budgetSection(report: BenchReport): string {
  const notMet = report.checks.filter((c) => c.status === "not met");
  const notMeasured = report.checks.filter((c) => c.status === "not measured");
  const mark = { met: "met", "not met": "**NOT MET**", "not measured": "not measured" } as const;
  return [
    "## Budgets",
    "",
    table(
      ["Budget", "Scope", "Figure", "Anchor", "Status"],
      report.checks.map((c) => [c.budget, c.scope, c.figure, c.anchor ?? "—", mark[c.status]]),
    ),
    "",
    "### Not met",
    "",
    notMet.length === 0
      ? "Every measured budget is met."
      : notMet.map((c) => `- **${c.budget}**, ${c.scope}: ${c.figure}. Cause: ${c.cause ?? "?"}`).join("\n"),
    "",
    "### Not measured",
    "",
    notMeasured.length === 0
      ? "Every budget was measured."
      : notMeasured.map((c) => `- ${c.budget}, ${c.scope}: ${c.cause ?? "?"}`).join("\n"),
  ].join("\n");
}

/** The font files pages load first, stated on their own: which, how big, on how many pages. */
function fontsNote(pages: readonly PageBytes[]): string {
  const fonts = new Map<string, { bytes: PageBytes["fontFiles"][number]["bytes"]; pages: number }>();
  for (const page of pages) {
    for (const font of page.fontFiles) {
      const entry = fonts.get(font.file) ?? { bytes: font.bytes, pages: 0 };
      entry.pages++;
      fonts.set(font.file, entry);
    }
  }
  if (fonts.size === 0) return "**Fonts:** no page loads a web font.";
  const total = [...fonts.values()].reduce((sum, font) => sum + font.bytes.gzip, 0);
  return [
    `**Fonts** (in every first-load figure above; woff2 is compressed already, so gzip barely shrinks it): ${kb(total)} gzip in ${fonts.size} files.`,
    "",
    table(
      ["Font file", "raw / gzip / brotli", "Pages that load it"],
      [...fonts].map(([file, { bytes, pages: on }]) => [file, bytesTriple(bytes), `${on} of ${pages.length}`]),
    ),
  ].join("\n");
}

function bytesSection(pages: readonly PageBytes[]): string {
  const gz = (b: { gzip: number }): string => kb(b.gzip);
  const islands = pages.flatMap((page) => page.islands.map((island) => ({ page: page.page, island })));
  const onDemand = new Map<string, { file: PageBytes["onDemand"][number]; pages: string[] }>();
  for (const page of pages) {
    for (const file of page.onDemand) {
      const entry = onDemand.get(file.file) ?? { file, pages: [] };
      entry.pages.push(page.page);
      onDemand.set(file.file, entry);
    }
  }
  return [
    "## Bytes",
    "",
    "Per page, from dist/. First load = HTML, CSS, JS that runs on load (inline and modules with their static imports), fonts, and eager images (the social preview image is not counted). On view = island code fetched when a widget scrolls into view. On demand = workers, dynamic imports and data files a page's scripts name (found by file name in the scripts).",
    "",
    table(
      [
        "Page",
        "First load raw / gzip / brotli",
        "HTML",
        "CSS",
        "JS",
        "Fonts",
        "Images",
        "On view JS",
        "On demand",
        "Everything",
      ],
      pages.map((p) => [
        p.page,
        bytesTriple(p.firstLoadWithImages),
        gz(p.html),
        gz(p.css),
        gz(p.firstJs),
        gz(p.fonts),
        gz(p.images),
        gz(p.lazyJs),
        kb(p.onDemand.reduce((sum, f) => sum + f.bytes.gzip, 0)),
        gz(p.everything),
      ]),
    ),
    "",
    "Columns after the first are gzip.",
    "",
    fontsNote(pages),
    "",
    islands.length === 0
      ? "**Widgets:** none built yet: every widget slot is still a placeholder, so no page ships island code."
      : table(
          ["Widget", "Page", "Hydrates", "JS on view raw / gzip / brotli", "Files"],
          islands.map(({ page, island }) => [
            island.widget ?? island.component,
            page,
            `client:${island.client}`,
            bytesTriple(island.js),
            island.files.map((f) => `${f.file} (${kb(f.bytes.gzip)})`).join(", "),
          ]),
        ),
    "",
    onDemand.size === 0
      ? "**Data fetched lazily:** none yet: no page's scripts name a worker, a dynamic chunk or a data file in dist/."
      : table(
          ["On-demand file", "Kind", "raw / gzip / brotli", "Pages"],
          [...onDemand.values()].map(({ file, pages: on }) => [
            file.file,
            file.kind,
            bytesTriple(file.bytes),
            on.join(", "),
          ]),
        ),
    "",
    `**Anchors:** ${totalAnchorNote(pages)}`,
  ].join("\n");
}

function lighthouseSection(all: readonly LighthouseFigures[], version: string): string {
  const failures = all.filter((f) => f.failedAudits.length > 0);
  const warnings = [...new Set(all.flatMap((f) => f.warnings))];
  const errored = new Map<string, string[]>();
  for (const audit of all.flatMap((f) => f.erroredAudits)) {
    const ids = errored.get(audit.message) ?? [];
    if (!ids.includes(audit.id)) ids.push(audit.id);
    errored.set(audit.message, ids);
  }
  const brokenRuns = all.filter((f) => f.failedRuns.length > 0);
  return [
    "## Load: Lighthouse",
    "",
    `Lighthouse ${version} run programmatically against the site on loopback, Debian's Chromium, simulated throttling; ${Math.max(0, ...all.map((f) => f.runs))} runs per page and preset, median (min–max). The loopback server sends files uncompressed, so the mobile transfer times are pessimistic. Anchors: Lighthouse's "good" LCP ≤ ${ms(ANCHORS.goodLcpMs)}, TBT ≤ ${ANCHORS.goodTbtMs} ms, CLS ≤ ${ANCHORS.goodCls}.`,
    "",
    table(
      ["Page", "Preset", "Performance", "Accessibility", "Best practices", "SEO", "FCP", "LCP", "TBT", "CLS"],
      all.map((f) => [
        f.page,
        f.preset,
        spread(f.scores.performance, String),
        spread(f.scores.accessibility, String),
        spread(f.scores["best-practices"], String),
        spread(f.scores.seo, String),
        spread(f.fcpMs, ms),
        spread(f.lcpMs, ms),
        spread(f.tbtMs, ms),
        spread(f.cls, cls),
      ]),
    ),
    "",
    "Audits that failed (a binary audit below 1, a scored one below 0.9; the metrics above excepted), by id, in how many runs:",
    "",
    failures.length === 0
      ? "None."
      : failures
          .map(
            (f) =>
              `- ${f.page} (${f.preset}): ${f.failedAudits.map((a) => `\`${a.id}\` [${a.category}] ${a.title} (${a.failedRuns}/${f.runs})${a.note ? `: ${a.note}` : ""}`).join("; ")}`,
          )
          .join("\n"),
    "",
    errored.size === 0
      ? "No audit errored."
      : [
          "Audits Lighthouse could not compute (a tool problem, not a finding; the LCP element and layout shifts are in the Web Vitals section instead):",
          "",
          ...[...errored].map(([message, ids]) => `- ${ids.map((id) => `\`${id}\``).join(", ")}: ${message}`),
        ].join("\n"),
    ...(brokenRuns.length > 0
      ? ["", "Runs left out:", "", ...brokenRuns.map((f) => `- ${f.page} (${f.preset}): ${f.failedRuns.join("; ")}`)]
      : []),
    ...(warnings.length > 0 ? ["", "Lighthouse warnings:", "", ...warnings.map((w) => `- ${w}`)] : []),
  ].join("\n");
}

function interactionCell(
  figures: Pick<WidgetFigures, "latencyMs" | "underFloorRuns" | "longestTaskMs"> | null,
): string {
  if (!figures?.latencyMs) return "—";
  const latency =
    figures.underFloorRuns === figures.latencyMs.runs ? `≤ ${EVENT_TIMING_FLOOR_MS} ms` : spread(figures.latencyMs, ms);
  const floorNote =
    figures.underFloorRuns > 0 && figures.underFloorRuns < figures.latencyMs.runs
      ? ` (${figures.underFloorRuns} runs ≤ ${EVENT_TIMING_FLOOR_MS} ms)`
      : "";
  return `${latency}${floorNote}; longest task ${spread(figures.longestTaskMs, ms)}`;
}

function vitalsSection(all: readonly VitalsFigures[]): string {
  const first = all[0];
  const widgetLines = all.flatMap((page) =>
    page.widgets.map((w) => {
      if (w.status === "not built") return `- ${page.page} ${w.name}: widget not built yet`;
      if (w.status !== "measured") return `- ${page.page} ${w.name}: ${w.status}${w.detail ? ` (${w.detail})` : ""}`;
      return `- ${page.page} ${w.name}, click on "${w.button ?? "?"}": INP ${interactionCell(w)}${w.longestFrame ? `; longest frame after the click ${w.longestFrame}` : ""}${w.detail ? ` (${w.detail})` : ""}`;
    }),
  );
  return [
    "## Load: Web Vitals in Chromium",
    "",
    `web-vitals 6 (attribution build) injected before the page's scripts, Playwright driving Debian's Chromium with the CPU slowed ${first?.cpuSlowdown ?? 4}× (CDP Emulation.setCPUThrottlingRate), viewport ${first?.viewport.width ?? 0}×${first?.viewport.height ?? 0}, no network throttling (loopback). ${first?.runs ?? 0} runs per page, median (min–max). INP per click is the interaction's Event Timing duration (what INP takes the maximum of); Event Timing does not report interactions under ${EVENT_TIMING_FLOOR_MS} ms, so those read "≤ ${EVENT_TIMING_FLOOR_MS} ms".`,
    "",
    table(
      ["Page", "TTFB", "FCP", "LCP", "CLS", "Longest task during load", "Theme toggle click: INP"],
      all.map((v) => [
        v.page,
        spread(v.ttfbMs, ms),
        spread(v.fcpMs, ms),
        spread(v.lcpMs, ms),
        spread(v.cls, cls),
        spread(v.longestLoadTaskMs, ms),
        interactionCell(v.themeToggle),
      ]),
    ),
    "",
    "LCP elements, largest shifts and the longest frame during load:",
    "",
    ...all.map(
      (v) =>
        `- ${v.page}: LCP ${v.lcpTarget ?? "?"}; largest shift ${v.clsTarget ?? "none"}; longest frame ${v.longestLoadFrame ?? "none over 50 ms"}`,
    ),
    "",
    'Widgets: scroll into view, wait for hydration, press the main action (binary challenge: "Run tests"; weights challenge: "Start the challenge" and "Fix the data", then the measured "Retrain"; a widget without a known action: its first enabled button), then watch the main thread for 3 s:',
    "",
    widgetLines.length === 0 ? "- no widget slot on these pages" : widgetLines.join("\n"),
  ].join("\n");
}

function enginesSection(outcomes: readonly EngineOutcome[]): string {
  const lines = [
    "## Engines in Chromium",
    "",
    "Bundled from scripts/bench/engines/ with esbuild, run in Chromium without CPU slowdown, median (min–max).",
  ];
  for (const outcome of outcomes) {
    lines.push("");
    if (outcome.status !== "measured") {
      lines.push(
        `- **${outcome.name}**: ${outcome.status === "not available" ? outcome.reason : `failed: ${outcome.reason}`}`,
      );
    } else if (outcome.name === "lm") {
      lines.push(...lmLines(outcome.result));
    } else if (outcome.name === "asm") {
      const { loops, testTables } = outcome.result;
      lines.push(
        `**x86-64 interpreter** (src/core/asm), each loop run ${loops[0]?.runMs.runs ?? 0} times after a warm-up (budget ≥ ${millions(BUDGETS.interpreterInstructionsPerSecond)} instructions/s on each):`,
        "",
        ...loops.map(
          (loop) =>
            `- ${loop.id} loop, ${loop.description} (${millions(loop.instructionsPerRun)} instructions): **${spread(loop.instructionsPerSecond, millions)} instructions/s**, ${spread(loop.runMs, ms)} per run.`,
        ),
        "",
        table(
          ["Level", "Rows", "Passing (shipped listing)", "Instructions", "Assemble + run the whole table"],
          testTables.map((t) => [
            t.id,
            String(t.rows),
            `${t.passed}/${t.rows}`,
            String(t.instructions),
            `${spread(t.runMs, (v) => `${v.toFixed(1)} ms`)}, p95 ${t.runMs.p95.toFixed(1)} ms`,
          ]),
        ),
      );
    } else {
      const r = outcome.result;
      const same = r.publishedRetrainSha256 === r.publishedSha256;
      lines.push(
        `**Digits retrain** (src/core/nn), ${r.retrain} (${r.edits} relabelled examples), ${r.steps} SGD steps, then its hash and the ${r.testCount} behaviour tests: **${spread(r.retrainMs, ms)}, p95 ${ms(r.retrainMs.p95)}** over ${r.retrainMs.runs} runs on the main thread; in a Web Worker ${spread(r.workerRetrain.retrainMs, ms)}, longest main-thread task meanwhile ${r.workerRetrain.longestMainThreadTaskMs === 0 ? "none over 50 ms" : ms(r.workerRetrain.longestMainThreadTaskMs)} (on the main thread the retrain is one ${ms(r.mainThreadRetrainLongestTaskMs)} task).`,
        "",
        `Weights SHA-256 after that retrain in Chromium: \`${r.sha256 ?? "none"}\`, passing ${r.testsPassed} of ${r.testCount} tests. The published recipe on the shipped labels gives \`${r.publishedRetrainSha256 ?? "none"}\` in Chromium, ${same ? "identical to" : "**different from**"} the published \`${r.publishedSha256}\`.`,
      );
    }
  }
  return lines.join("\n");
}

function buildSection(report: BenchReport): string {
  const b = report.build!;
  return [
    "## Build",
    "",
    table(
      ["`npm run build` (astro build)", "dist/ files", "dist/ size"],
      [
        [
          `${spread(b.durationMs, ms)}, ${b.durationMs.runs} runs`,
          String(b.distFiles),
          `${mb(b.distBytes)} (${b.distBytes} bytes)`,
        ],
      ],
    ),
  ].join("\n");
}

export function renderMarkdown(report: BenchReport): string {
  const date = report.generatedAt.slice(0, 16).replace("T", " ");
  const kind = report.options.quick
    ? "a **quick** run (one run each: development figures, not headline-grade)"
    : "a full run";
  const parts = [
    "# Benchmarks",
    "",
    `Generated by \`npm run bench\` on ${date} UTC: ${kind} of ${report.options.sections.join(", ")}, in ${ms(report.wallTimeMs)} wall time. The figures are from this machine; rerun to refresh. Raw data: \`reports/bench.json\`.`,
    "",
    machineSection(report),
    "",
    budgetSection(report),
  ];
  if (report.bytes) parts.push("", bytesSection(report.bytes));
  if (report.lighthouse) parts.push("", lighthouseSection(report.lighthouse, report.machine.lighthouse));
  if (report.vitals) parts.push("", vitalsSection(report.vitals));
  if (report.engines) parts.push("", enginesSection(report.engines));
  if (report.build) parts.push("", buildSection(report));
  if (report.errors.length > 0) {
    parts.push("", "## Sections that failed", "", ...report.errors.map((e) => `- ${e.section}: ${e.message}`));
  }
  const timings = Object.entries(report.sectionMs).map(([section, value]) => `${section} ${ms(value)}`);
  parts.push("", `Section wall times: ${timings.join(", ")}.`, "");
  return parts.join("\n");
}
