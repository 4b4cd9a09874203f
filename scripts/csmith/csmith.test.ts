/**
 * Differential testing against gcc with Csmith: the committed corpus (src/core/c/corpus/csmith,
 * made by generate.ts with the flags there) holds Csmith programs and the checksum each printed
 * when gcc built it natively with the same runtime text. The site's compiler + interpreter must
 * give the same checksum for every one of them.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCsmithProgram } from "./run.ts";

const DIR = join(import.meta.dirname, "../../src/core/c/corpus/csmith");
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<string, string>;
const files = readdirSync(DIR).filter((f) => f.endsWith(".c"));

describe("Csmith programs: the site's compiler agrees with gcc", () => {
  it("runs at least 200 programs", () => {
    expect(files.length).toBeGreaterThanOrEqual(200);
  });

  it.each(files)("%s", (file) => {
    expect(runCsmithProgram(readFileSync(join(DIR, file), "utf8"))).toBe(expected[file]);
  });
});
