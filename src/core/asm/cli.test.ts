/**
 * scripts/asm-cli.ts end to end: on a committed listing it prints what the native build returned
 * for the same arguments, and a bad listing gives FILE:line:column and a non-zero exit.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exercises } from "../../../content/exercises/index.ts";

const CLI = join(import.meta.dirname, "../../../scripts/asm-cli.ts");
const folder = mkdtempSync(join(tmpdir(), "asm-cli-"));
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

describe("asm-cli", () => {
  const leap = exercises.find((e) => e.id === "level-2-leap")!;
  const fixed = leap.sourceEdits.find((e) => e.id === leap.sourceFix)!;
  const file = join(folder, "leap.s");
  writeFileSync(file, fixed.listing.text);

  it.each(leap.tests.map((t) => [t.args[0] as number, t.expected] as const))(
    "is_leap %i prints the native result",
    (year, expected) => {
      const result = cli(file, "is_leap", String(year));
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe(String(expected));
    },
  );

  it("reports an unsupported instruction with its line and column and fails", () => {
    const bad = join(folder, "bad.s");
    writeFileSync(bad, "f:\n  movaps xmm0, xmm1\n  ret\n");
    const result = cli(bad, "f");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${bad}:2:3: error: unsupported instruction movaps`);
  });
});
