/**
 * scripts/asm-cli.ts: on committed listings it prints what the native build returned for the same
 * arguments (the exercises' oracle; the corpus's recorded CPU results for strings and arrays,
 * read back with --memory), and every problem is one line with a non-zero exit: a missing file or
 * a directory (no stack trace), an argument that does not fit 64 bits, an unsupported instruction
 * (with FILE:line:column), and a listing of 100,000 bad lines (20 errors, then "N more").
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exercises } from "../../../content/exercises/index.ts";
import { main } from "../../../scripts/asm-cli.ts";
import type { CorpusCase } from "../../../scripts/corpus/main.ts";

const CLI = join(import.meta.dirname, "../../../scripts/asm-cli.ts");
const CORPUS = join(import.meta.dirname, "../../../content/corpus");
const folder = mkdtempSync(join(tmpdir(), "asm-cli-"));
const spawn = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
function cli(...args: string[]): { status: number; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = main(
    args,
    (l) => stdout.push(l),
    (l) => stderr.push(l),
  );
  return { status, stdout, stderr };
}

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
      expect(result.stdout).toEqual([String(expected)]);
    },
  );

  const cases = (JSON.parse(readFileSync(join(CORPUS, "cases.json"), "utf8")) as { functions: CorpusCase[] }).functions;
  const native = JSON.parse(readFileSync(join(CORPUS, "native", "gcc-O2.json"), "utf8")) as Record<string, string[]>;

  it.each(["insertion_sort", "reverse_array", "prefix_sums", "sum_u64"])(
    "%s with an array argument and --memory prints what the native build left",
    (name) => {
      const fn = cases.find((c) => c.name === name)!;
      const k = fn.inputs.findIndex((input) => input.some((v) => typeof v === "object" && "a" in v && v.a.length > 3));
      const input = fn.inputs[k]!;
      const type = (fn.params[0]!.type as { element: { bits: number; signed: boolean } }).element;
      const element = `${type.signed ? "i" : "u"}${type.bits}`;
      const args = input.map((v) => (typeof v === "string" ? v : "a" in v ? `${element}[${v.a.join(",")}]` : ""));
      const result = cli(
        join(CORPUS, "listings", "gcc-O2", `${fn.file.replace(".c", ".s")}`),
        name,
        ...args,
        "--memory",
      );
      expect(result.stderr).toEqual([]);
      const [ret, dump = ""] = native[name]![k]!.split(" ");
      const size = type.bits / 8;
      const values = Array.from({ length: dump.length / (2 * size) }, (_, i) => {
        const hex = dump
          .slice(i * 2 * size, (i + 1) * 2 * size)
          .match(/../g)!
          .reverse()
          .join("");
        const v = BigInt(`0x${hex}`);
        return String(type.signed ? BigInt.asIntN(type.bits, v) : v);
      });
      if (ret !== "-") expect(BigInt(result.stdout[0]!)).toBe(BigInt.asIntN(64, BigInt(ret!)));
      expect(result.stdout[1]).toBe(`arg 1: ${element}[${values.join(", ")}]`);
    },
  );

  it.each(["my_strlen", "count_vowels", "fnv1a32", "roman_to_int"])(
    '%s with a "text" argument prints the native result',
    (name) => {
      const fn = cases.find((c) => c.name === name)!;
      fn.inputs.forEach((input, k) => {
        const text = (input[0] as { s: string }).s;
        const quoted = `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
        const result = cli(join(CORPUS, "listings", "clang-O2", `${fn.file.replace(".c", ".s")}`), name, quoted);
        expect(result.stderr).toEqual([]);
        const expected = BigInt(native[name]![k]!.split(" ")[0]!);
        const { bits, signed } = fn.returns as { bits: number; signed: boolean };
        const rax = BigInt.asUintN(64, BigInt(result.stdout[0]!));
        expect(signed ? BigInt.asIntN(bits, rax) : BigInt.asUintN(bits, rax)).toBe(expected);
      });
    },
  );

  it("reports an unsupported instruction with its line and column and fails", () => {
    const bad = join(folder, "bad.s");
    writeFileSync(bad, "f:\n  movaps xmm0, xmm1\n  ret\n");
    const result = cli(bad, "f");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toEqual([`${bad}:2:3: error: unsupported instruction movaps on line 2`]);
  });

  it("runs a function when another function of the listing is unsupported", () => {
    const mixed = join(folder, "mixed.s");
    writeFileSync(mixed, "g:\n  movaps xmm0, xmm1\n  ret\nf:\n  lea eax, [rdi+1]\n  ret\n");
    expect(cli(mixed, "f", "41")).toMatchObject({ status: 0, stdout: ["42"] });
    expect(cli(mixed, "g").status).toBe(1);
  });

  it("refuses an integer that does not fit 64 bits instead of wrapping it", () => {
    for (const arg of ["18446744073709551616", "-9223372036854775809", "0x10000000000000000"]) {
      const result = cli(file, "is_leap", arg);
      expect(result.status).toBe(2);
      expect(result.stderr).toEqual(["Argument 1 does not fit in 64 bits."]);
    }
  });

  it("caps 100,000 bad lines at 20 errors, the last saying how many more", () => {
    const garbage = join(folder, "garbage.s");
    writeFileSync(garbage, "  frobnicate eax\n".repeat(100_000));
    const result = cli(garbage, "f");
    expect(result.status).toBe(1);
    // 20 error lines: lines 1 to 19 as themselves, then one for the 100,000 − 19 others.
    const errors = result.stderr.filter((line) => line.includes(": error: "));
    expect(errors).toEqual([
      ...Array.from(
        { length: 19 },
        (_, i) => `${garbage}:${i + 1}:3: error: unsupported instruction frobnicate on line ${i + 1}`,
      ),
      `${garbage}:20:3: error: ${100_000 - 19} more errors`,
    ]);
    expect(result.stderr).toEqual([`${garbage}: the listing has no function f`, ...errors]);
  });

  it.each([
    ["a missing file", join(folder, "nope.s"), /^cannot read .*nope\.s: no such file$/],
    ["a directory", folder, /is a directory, not a listing$/],
  ])("prints one line and exits non-zero for %s (no stack trace)", (_, path, message) => {
    const result = spawn(path, "f");
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
  });
});
