/**
 * scripts/cc-cli.ts end to end: it exits with the status gcc's native build of the same program
 * exited with (corpus expected.json), prints a function's result for given arguments as the test
 * table's native results say, prints a listing that assembles, and reports errors as
 * FILE:line:column: error: with a non-zero exit.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exercises } from "../content/exercises/index.ts";
import { assemble } from "../src/core/asm/index.ts";

const CLI = join(import.meta.dirname, "cc-cli.ts");
const CORPUS = join(import.meta.dirname, "../src/core/c/corpus/programs");
const folder = mkdtempSync(join(tmpdir(), "cc-cli-"));
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
const expected = JSON.parse(readFileSync(join(CORPUS, "expected.json"), "utf8")) as Record<string, { exit: number }>;

describe("cc-cli", () => {
  it.each(["c-recursion-fib.c", "c-switch-fallthrough.c", "c-bool.c"])("%s exits as the native build did", (file) => {
    const result = cli(join(CORPUS, file));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(expected[file]!.exit);
  });

  it("runs a named function with arguments and prints the native result", () => {
    const leap = exercises.find((e) => e.id === "level-2-leap")!;
    const file = join(folder, "leap.c");
    writeFileSync(file, readFileSync(join(import.meta.dirname, "../content/exercises/level-2-leap/edit-or-400.c")));
    for (const test of leap.tests.slice(0, 4)) {
      const result = cli(file, "is_leap", String(test.args[0]));
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe(String(test.expected));
    }
  });

  it("--listing prints a listing that src/core/asm assembles", () => {
    const result = cli("--listing", join(CORPUS, "c-struct-copy.c"));
    expect(result.status).toBe(0);
    expect(assemble(result.stdout).ok).toBe(true);
  });

  it("reports a compile error as FILE:line:column and fails", () => {
    const bad = join(folder, "bad.c");
    writeFileSync(bad, "int main(void)\n{\n    return 1 +;\n}\n");
    const result = cli(bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}:3:15: error: expected an expression`);
  });
});
