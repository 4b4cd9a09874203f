/**
 * The compiler's own corpus (corpus/programs): small C programs covering every construct of the
 * subset, plus generated operator × type programs. The oracle is gcc: expected.json holds what
 * each program's native build returned from main (scripts/cc-corpus/build.ts). Our compiler's
 * listing, run on src/core/asm's interpreter, must give the same full return value, and so the
 * same exit status.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { callFunction, compile } from "./index.ts";

const DIR = join(import.meta.dirname, "corpus/programs");
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<
  string,
  { exit: number; value: number }
>;
const files = readdirSync(DIR).filter((f) => f.endsWith(".c"));

describe("own corpus against gcc", () => {
  it("has at least 150 programs, each with a gcc result", () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
    for (const f of files) expect(expected[f], f).toBeDefined();
  });

  it.each(files)("%s returns what the native build returned", (file) => {
    const compiled = compile(readFileSync(join(DIR, file), "utf8"));
    if (!compiled.ok)
      expect.fail(`${compiled.errors[0]!.line}:${compiled.errors[0]!.column} ${compiled.errors[0]!.message}`);
    const result = callFunction(compiled, "main", [], { stepLimit: 10_000_000 });
    if (!result.ok) expect.fail(result.fault.message);
    const value = Number(BigInt.asIntN(32, result.value));
    expect(value).toBe(expected[file]!.value);
    expect(value & 255).toBe(expected[file]!.exit);
  });
});
