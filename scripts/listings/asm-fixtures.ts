/**
 * The core's own oracle fixtures (src/core/asm/fixtures/): GNU as's bytes for a corpus of
 * instructions and branch programs, and the real CPU's results and flags for single instructions.
 */
import { buildEncodingFixture } from "./encoding-corpus.ts";
import { buildFlagsFixture } from "./flags-harness.ts";
import { buildShiftCountFixture } from "./shift-counts.ts";
import { buildFuzzRegressions } from "../fuzz/regressions.ts";
import { toolVersions, type workspace } from "./toolchain.ts";

export const FLAGS_ROWS_PER_INSTRUCTION = 24;

/** File name → JSON value. */
export function generateAsmFixtures(ws: ReturnType<typeof workspace>): Map<string, unknown> {
  const versions = toolVersions();
  return new Map<string, unknown>([
    ["encodings.json", buildEncodingFixture(ws, versions.as)],
    ["flags.json", { gcc: versions.gcc, cases: buildFlagsFixture(ws, FLAGS_ROWS_PER_INSTRUCTION, 0xf1a65) }],
    ["shift-counts.json", { as: versions.as, ...buildShiftCountFixture(ws, 0x5c0de) }],
    ["fuzz-regressions.json", buildFuzzRegressions()],
  ]);
}
