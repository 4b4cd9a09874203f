/**
 * Single instructions against the real CPU (fixtures/flags.json, recorded by a gcc-built harness
 * with pushfq/popfq): from the same rax, rdx, rcx and flags, the interpreter must give the same
 * full 64-bit rax and rdx and the same flags, except flags the Intel manual leaves undefined for
 * that instruction and count, which are masked here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FlagsCase } from "../../../scripts/listings/flags-harness.ts";
import { compile } from "./interpreter.ts";
import { createMachine, readRegister, readRflags, writeRegister, writeRflags } from "./machine.ts";
import { assemble } from "./program.ts";
import { definedFlags } from "./testing/defined-flags.ts";
import { stepInPlace } from "./testing/step-in-place.ts";

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "flags.json"), "utf8")) as {
  cases: FlagsCase[];
};

describe("single instructions equal the real CPU", () => {
  it("the fixture covers many instructions with random rows", () => {
    expect(fixture.cases.length).toBeGreaterThan(150);
    expect(fixture.cases.every((c) => c.rows.length >= 20)).toBe(true);
  });

  const both = fixture.cases.flatMap((c) => [
    [c.instruction, "specialised", c] as const,
    [c.instruction, "generic", c] as const,
  ]);
  it.each(both)("%s (%s path)", (instruction, path, testCase) => {
    const assembled = assemble(instruction);
    if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
    const compiled = compile(assembled.program, { specialize: path === "specialised" });
    const wrong: string[] = [];
    for (const row of testCase.rows) {
      const [rax, rdx, rcx, flagsIn, raxOut, rdxOut, flagsOut] = row.split(" ").map((h) => BigInt(`0x${h}`));
      const m = createMachine();
      writeRegister(m, 0, rax!);
      writeRegister(m, 2, rdx!);
      writeRegister(m, 1, rcx!);
      writeRflags(m, Number(flagsIn));
      const after = stepInPlace(compiled, m);
      const mask = definedFlags(instruction, rcx!);
      const actual = [readRegister(after, 0), readRegister(after, 2), readRflags(after) & mask];
      const expected = [raxOut!, rdxOut!, Number(flagsOut) & mask];
      if (after.status === "faulted" || actual.some((v, i) => BigInt(v) !== BigInt(expected[i]!))) {
        wrong.push(`${row}: got ${actual.map((v) => v.toString(16)).join(" ")} ${after.fault?.message ?? ""}`);
      }
    }
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});
