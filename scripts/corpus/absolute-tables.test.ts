/**
 * gcc's absolute jump tables (`jmp [QWORD PTR .L16[0+rdi*8]]` over `.quad .L25`, what it emits
 * without PIE) and absolute data addresses (`names[0+rdi*8]`), which the corpus's default (PIE) listings do
 * not show: the corpus's switch functions compiled with -fno-pie must give the CPU's results for
 * the same inputs (recorded from the PIE build of the same C, which has no undefined behaviour on
 * them). Needs gcc at test time, as the fuzzers do.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gccMajorVersion, workspace } from "../listings/toolchain.ts";
import { CORPUS_DIR, interpretSource, loadCases, nativeResults } from "./run-corpus.ts";

const noCompiler = gccMajorVersion() === null;

describe("gcc -fno-pie listings (absolute jump tables)", () => {
  it.skipIf(noCompiler).each([
    ["switches.c", /jmp\s+\[QWORD PTR \.L\d+\[0\+\w+\*8\]\]/],
    ["misc.c", /QWORD PTR names\[0\+\w+\*8\]/],
  ])("%s runs as the PIE build ran on the CPU", (file, shape) => {
    const ws = workspace();
    try {
      const out = ws.path(file.replace(".c", ".s"));
      const flags = ["-O2", "-fno-pie", "-S", "-masm=intel", "-fno-asynchronous-unwind-tables", "-fcf-protection=none"];
      execFileSync("gcc", [...flags, join(CORPUS_DIR, "src", file), "-o", out]);
      const text = readFileSync(out, "utf8");
      expect(text).toMatch(shape);
      const cases = loadCases().filter((c) => c.file === file);
      const results = interpretSource(text, cases, nativeResults("gcc-O2"));
      expect(results.filter((r) => r.status === "wrong")).toEqual([]);
      // Only a function the vectoriser turned into SSE may be refused.
      expect(results.filter((r) => r.status === "refused" && !/xmm|pxor|movd|movq/i.test(r.detail))).toEqual([]);
      expect(results.filter((r) => r.status === "ran").length).toBeGreaterThanOrEqual(cases.length - 1);
    } finally {
      ws.dispose();
    }
  });
});
