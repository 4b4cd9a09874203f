/**
 * The corpus (content/corpus/): ≥ 200 C functions in the styles of real code, compiled by gcc 12
 * and clang 14 at -O0 … -O3 and -Os, each run on seeded inputs. The oracle is the CPU: a native
 * build of the same listing recorded every result (`npm run corpus`). Targets: no wrong answer,
 * at least 97 % of (function, compiler, level) triples run, and every refusal names the
 * instruction or directive it stopped at.
 */
import { describe, expect, it } from "vitest";
import { configs, loadCases, runConfig, type TripleResult } from "./run-corpus.ts";

const cases = loadCases();
const all: TripleResult[] = [];

describe("the C corpus runs as on the CPU", () => {
  it("has at least 200 functions and ten compiler/level configurations", () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(configs()).toHaveLength(10);
  });

  it.each(configs())("%s: no wrong answer", (config) => {
    const results = runConfig(config, cases);
    all.push(...results);
    const count = (s: string): number => results.filter((r) => r.status === s).length;
    console.log(`${config}: ran ${count("ran")} / refused ${count("refused")} / wrong ${count("wrong")}`);
    expect(results.filter((r) => r.status === "wrong").map((r) => `${r.name}: ${r.detail}`)).toEqual([]);
  });

  it("runs at least 97 % of the triples, and every refusal names what it stopped at", () => {
    const ran = all.filter((r) => r.status === "ran").length;
    const refused = all.filter((r) => r.status === "refused");
    expect(all.length).toBe(cases.length * 10);
    expect(ran / all.length).toBeGreaterThanOrEqual(0.97);
    for (const r of refused)
      expect(r.detail).toMatch(/unsupported instruction \S+|directive \.\S+|calls \S+|operand|not supported/);
  });
});
