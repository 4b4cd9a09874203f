/**
 * Every exercise is sound: the shipped listing fails at least one test, every known assembly fix
 * and the intended source fix pass all of them, and every precompiled listing (shipped and each
 * source edit) gives, in the interpreter, what its native build gave on the CPU for 1,000 random
 * inputs (oracle.json, recorded by npm run listings).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exercises } from "../../../content/exercises/index.ts";
import { callCompiled } from "./call.ts";
import { applyLineEdits, type ArgValue } from "./exercise.ts";
import { compile } from "./interpreter.ts";
import { supportedMnemonics } from "./isa.ts";
import { assemble } from "./program.ts";
import { runTestTable } from "./test-table.ts";

interface Oracle {
  inputs: ArgValue[][];
  results: Record<string, number[]>;
}

const oracleOf = (id: string): Oracle =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../../content/exercises", id, "oracle.json"), "utf8"),
  ) as Oracle;

describe.each(exercises.map((e) => [e.id, e] as const))("exercise %s", (_, exercise) => {
  it("has at least three hints, a bug report and edge-case tests", () => {
    expect(exercise.hints.length).toBeGreaterThanOrEqual(3);
    expect(exercise.bugReport.length).toBeGreaterThan(100);
    expect(exercise.tests.length).toBeGreaterThanOrEqual(5);
  });

  it("uses only supported instructions in every listing", () => {
    const supported = new Set(supportedMnemonics());
    for (const listing of [exercise.listing, ...exercise.sourceEdits.map((e) => e.listing)]) {
      expect(listing.mnemonics.filter((m) => !supported.has(m))).toEqual([]);
      expect(assemble(listing.text).ok).toBe(true);
    }
  });

  it("the shipped listing fails at least one test", () => {
    const result = runTestTable(exercise.listing.text, exercise);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.passed).toBeLessThan(result.total);
  });

  it.each(exercise.asmFixes.map((f) => [f.id, f] as const))("assembly fix %s passes every test", (_, fix) => {
    const edited = applyLineEdits(exercise.listing.text, fix.edits);
    if (!edited.ok) throw new Error(edited.message);
    const result = runTestTable(edited.text, exercise);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.rows.filter((r) => !r.pass)).toEqual([]);
  });

  it("the source fix passes every test", () => {
    const fix = exercise.sourceEdits.find((e) => e.id === exercise.sourceFix)!;
    const result = runTestTable(fix.listing.text, exercise);
    expect(result.ok && result.passed === result.total).toBe(true);
  });

  const oracle = oracleOf(exercise.id);
  const variants = [{ id: "shipped", listing: exercise.listing }, ...exercise.sourceEdits];
  it.each(variants.map((v) => [v.id, v] as const))(
    "listing %s behaves as its native build on 1,000 inputs",
    (id, variant) => {
      const assembled = assemble(variant.listing.text);
      if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
      const compiled = compile(assembled.program);
      const expected = oracle.results[id]!;
      expect(oracle.inputs.length).toBeGreaterThanOrEqual(1000);
      const mismatches: string[] = [];
      oracle.inputs.forEach((args, i) => {
        const result = callCompiled(compiled, exercise.function, args, { garbageSeed: i });
        const actual = result.ok ? Number(result.value) : result.fault.message;
        if (actual !== expected[i]) mismatches.push(`${JSON.stringify(args)}: ${actual} ≠ ${expected[i]}`);
      });
      expect(mismatches.slice(0, 5)).toEqual([]);
    },
  );
});
