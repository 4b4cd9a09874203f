/**
 * Command-line flags of `npm run bench`:
 *   --quick        one run of everything (for development; the figures are not headline-grade)
 *   --only a,b     run only these sections: bytes, lighthouse, vitals, engines, build
 *   --no-build     measure the existing dist/ instead of building first
 */

export const SECTIONS = ["bytes", "lighthouse", "vitals", "engines", "build"] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  quick: boolean;
  build: boolean;
  sections: ReadonlySet<Section>;
  /** Runs per figure for each kind of measurement. */
  runs: { build: number; lighthouse: number; vitals: number; engineRepeats: number };
}

const isSection = (name: string): name is Section => (SECTIONS as readonly string[]).includes(name);

export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let build = true;
  let sections = new Set<Section>(SECTIONS);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--quick") quick = true;
    else if (arg === "--no-build") build = false;
    else if (arg === "--only" || arg.startsWith("--only=")) {
      const list = arg === "--only" ? (argv[++i] ?? "") : arg.slice("--only=".length);
      const names = list
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean);
      const unknown = names.filter((name) => !isSection(name));
      if (unknown.length > 0 || names.length === 0) {
        throw new Error(`--only takes a comma-separated list of ${SECTIONS.join(", ")}; got "${list}"`);
      }
      sections = new Set(names.filter(isSection));
    } else throw new Error(`Unknown flag ${arg}. Flags: --quick, --only ${SECTIONS.join(",")}, --no-build`);
  }
  // Lighthouse runs dominate the wall time (~12–18 s each): 3 per preset and 3 Web Vitals runs per page
  // keep the full run under 10 minutes on a busy 2-core machine.
  const runs = quick
    ? { build: 1, lighthouse: 1, vitals: 1, engineRepeats: 2 }
    : { build: 3, lighthouse: 3, vitals: 3, engineRepeats: 10 };
  return { quick, build, sections, runs };
}
