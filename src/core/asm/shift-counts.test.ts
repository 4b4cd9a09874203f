/**
 * Every shift and rotate, at every width, with every count 0–255 as an immediate and in cl,
 * against the real CPU (fixtures/shift-counts.json): the full 64-bit rax and the flags the manual
 * defines for that count must match. Counts 128–255 once read cl instead of the immediate.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, type CompiledProgram } from "./interpreter.ts";
import { createMachine, readRegister, readRflags, writeRegister, writeRflags } from "./machine.ts";
import { assemble } from "./program.ts";
import { definedFlags } from "./testing/defined-flags.ts";
import { stepInPlace } from "./testing/step-in-place.ts";

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "shift-counts.json"), "utf8")) as {
  rows: string[];
};

describe("shift and rotate counts 0–255 equal the real CPU", () => {
  it("covers 5 operations × 4 widths × 256 counts, immediate and cl", () => {
    const instructions = new Set(fixture.rows.map((row) => row.split("|")[0]));
    expect(instructions.size).toBe(5 * 4 * 257);
    expect(fixture.rows.length).toBe(5 * 4 * 512);
  });

  it.each([
    ["specialised", true],
    ["generic", false],
  ])("every row (%s path)", (_, specialize) => {
    const compiled = new Map<string, CompiledProgram>();
    const wrong: string[] = [];
    for (const row of fixture.rows) {
      const [instruction = "", values = ""] = row.split("|");
      let program = compiled.get(instruction);
      if (!program) {
        const assembled = assemble(instruction);
        if (!assembled.ok) throw new Error(`${instruction}: ${assembled.errors[0]!.message}`);
        program = compile(assembled.program, { specialize });
        compiled.set(instruction, program);
      }
      const [rax, rcx, flagsIn, raxOut, flagsOut] = values.split(" ").map((h) => BigInt(`0x${h}`));
      const m = createMachine();
      writeRegister(m, 0, rax!);
      writeRegister(m, 1, rcx!);
      writeRflags(m, Number(flagsIn));
      const after = stepInPlace(program, m);
      const mask = definedFlags(instruction, rcx!);
      if (readRegister(after, 0) !== raxOut || (readRflags(after) & mask) !== (Number(flagsOut) & mask)) {
        wrong.push(`${row}: got ${readRegister(after, 0).toString(16)} ${(readRflags(after) & mask).toString(16)}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(wrong.length).toBe(0);
  });
});
