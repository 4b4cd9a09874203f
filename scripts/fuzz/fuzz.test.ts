/**
 * Differential fuzzing against the real CPU (needs gcc and GNU as, which npm test installs):
 * 3,000 seeded random straight-line sequences over random registers, flags and scratch memory,
 * run natively and in the interpreter. Plus the sequences the fuzzer once found wrong, from the
 * committed fixture (no compiler needed). `npm run fuzz -- COUNT SEED` runs many more.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gccMajorVersion } from "../listings/toolchain.ts";
import { compareCase, fuzz } from "./differential.ts";
import { loadStoredCase, type StoredFuzzCase } from "./regressions.ts";

const noCompiler = gccMajorVersion() === null;
if (noCompiler) console.warn("differential fuzzing not run: gcc is not installed");

describe("differential fuzzing against the CPU", () => {
  it.skipIf(noCompiler)("3,000 random sequences give the CPU's registers, memory and defined flags", () => {
    const report = fuzz(0xf022, 3000);
    console.log(
      `fuzz: ${report.compared} compared, ${report.indeterminate} indeterminate, ${report.mismatches.length} mismatches`,
    );
    expect(report.compared).toBeGreaterThan(2500);
    expect(report.mismatches.slice(0, 5)).toEqual([]);
  });

  const stored = (
    JSON.parse(
      readFileSync(join(import.meta.dirname, "../../src/core/asm/fixtures/fuzz-regressions.json"), "utf8"),
    ) as {
      cases: StoredFuzzCase[];
    }
  ).cases;
  it.each(stored.map((c) => [c.sequence.join("; "), c] as const))("regression: %s", (_, c) => {
    expect(compareCase(loadStoredCase(c))).toBeNull();
  });
});
