/** The shape of reports/bench.json: everything BENCHMARKS.md is rendered from. */
import type { BuildResult } from "./build.ts";
import type { PageBytes } from "./bytes.ts";
import type { EngineOutcome } from "./engines/run-engines.ts";
import type { LighthouseFigures } from "./lighthouse.ts";
import type { MachineInfo } from "./machine.ts";
import type { BenchOptions, Section } from "./options.ts";
import type { VitalsFigures } from "./vitals.ts";

export interface BudgetCheck {
  /** What is promised, e.g. "Lighthouse performance ≥ 98 (mobile)". */
  budget: string;
  /** Which page, widget or engine the figure is for. */
  scope: string;
  figure: string;
  anchor: string | null;
  status: "met" | "not met" | "not measured";
  /** Why it is not met (or not measured): the biggest files, the failing audits, the shifting element. */
  cause: string | null;
}

export interface BenchReport {
  generatedAt: string;
  options: Omit<BenchOptions, "sections"> & { sections: Section[] };
  machine: MachineInfo;
  wallTimeMs: number;
  sectionMs: Partial<Record<Section | "setup build", number>>;
  /** 1-minute load average when the bench finished (see machine.loadAverageAtStart). */
  loadAverageAtEnd: number;
  /** Highest 1-minute load average sampled every 5 s during the run. */
  loadAverageMax: number;
  build: BuildResult | null;
  bytes: PageBytes[] | null;
  lighthouse: LighthouseFigures[] | null;
  vitals: VitalsFigures[] | null;
  engines: EngineOutcome[] | null;
  /** A section that crashed: the others still report. */
  errors: { section: Section; message: string }[];
  checks: BudgetCheck[];
}
