/**
 * Chapter 2 prints two listings and says how they were made: "produced with GCC 12.2 using
 * <flags>, and the bytes with objdump -d". This test makes them again with those flags (gcc, then
 * GNU as for the bytes) and compares them with what the chapter prints, with the figures its prose
 * reads off them. Needs gcc 12 (Debian 12's, which the test script installs); with another or
 * none, the test says why it did not run, as scripts/listings/sync.test.ts does.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { assembleWithListing, compileToAssemblyWith, gccMajorVersion, workspace } from "../scripts/listings/toolchain.ts";
import { chapterSays, figure, listed, numberWord } from "./chapter-prose.ts";

const major = gccMajorVersion();
const reason = major === null ? "gcc is not installed" : major !== 12 ? `gcc ${major} is not gcc 12` : null;
if (reason) console.warn(`chapter listing test not run: ${reason}`);

const chapter = readFileSync(new URL("essays/the-assembly-listing.mdx", import.meta.url), "utf8");
const says = chapterSays("the-assembly-listing");

/** The fenced blocks of one language, in order. */
function blocks(lang: string): string[] {
  return [...chapter.matchAll(new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```", "gm"))].map((m) => m[1]!);
}

/** A listing's instructions as `mnemonic operands` with single spaces; labels and directives dropped. */
function instructions(listing: string): string[] {
  return listing
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter((line) => line !== "" && !line.endsWith(":") && !line.startsWith("."))
    .map((line) => line.replace(/\s+/g, " ").replace(/ ,/g, ","));
}

/** The chapter's bytes column: the leading hex pairs of each instruction line. */
function printedBytes(listing: string): { bytes: string; instruction: string }[] {
  return listing
    .split("\n")
    .filter((line) => /^\s+[0-9a-f]{2}( |$)/.test(line))
    .map((line) => {
      const match = /^\s+((?:[0-9a-f]{2} )+)\s*(.*)$/.exec(line)!;
      return { bytes: match[1]!.replace(/ /g, ""), instruction: match[2]!.replace(/\s+/g, " ") };
    });
}

/** The flags the chapter's note on GCC's optimisation options names. */
const flags = /produced with GCC 12\.2 using `([^`]+)`/.exec(chapter)?.[1]?.split(" ") ?? [];

describe.skipIf(reason !== null)("chapter 2's listings, made again with the flags it names", () => {
  const ws = workspace();
  afterAll(() => ws.dispose());
  const compile = (source: string, name: string) => compileToAssemblyWith(ws, flags, source, name);

  it("names its flags", () => {
    expect(flags).toContain("-O2");
    expect(flags).toContain("-masm=intel");
  });

  it("prints the is_adult source and what GCC makes of it, bytes included", () => {
    const [source] = blocks("c");
    expect(source).toContain("int is_adult(int age)");
    const [printed] = blocks("asm");
    const made = compile(source!, "is_adult");
    expect(printedBytes(printed!).map((p) => p.instruction)).toEqual(instructions(made));
    // Bytes: GNU as assembling GCC's own output.
    const { lines } = assembleWithListing(ws, made, "is_adult");
    const madeLines = made.split("\n");
    const encoded = [...lines.values()]
      .filter((l) => l.bytes !== "")
      .map((l) => ({ bytes: l.bytes, instruction: madeLines[l.line - 1]!.trim().replace(/\s+/g, " ") }));
    expect(printedBytes(printed!)).toEqual(encoded);
    const lengths = encoded.map((e) => numberWord(e.bytes.length / 2));
    says(
      `the ${numberWord(encoded.length)} in \`is_adult\` above take ${listed(lengths)} bytes.`,
    );
  });

  it("prints what GCC makes of x % 100, and the prose reads its constant right", () => {
    const printed = blocks("asm")[1]!;
    expect(printed.startsWith("urem100:")).toBe(true);
    const made = compile("unsigned urem100(unsigned x) { return x % 100; }\n", "urem100");
    expect(instructions(printed)).toEqual(instructions(made));
    const multiply = instructions(made).find((line) => line.startsWith("imul"))!;
    const shift = instructions(made).find((line) => line.startsWith("shr"))!;
    const m = BigInt(/(\d+)$/.exec(multiply)![1]!);
    const l = Number(/(\d+)$/.exec(shift)![1]!);
    // m is 2^l / 100 rounded up, and (Granlund and Montgomery) exact for every 32-bit x when
    // m·100 − 2^l ≤ 2^(l−32).
    expect(m).toBe((1n << BigInt(l)) / 100n + 1n);
    expect(m * 100n - (1n << BigInt(l))).toBeLessThanOrEqual(1n << BigInt(l - 32));
    const superscript = String(l).replace(/\d/g, (d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]!);
    says(
      `multiplies by ${figure(Number(m))}, which is 2${superscript} ÷ 100 rounded up, and shifts right by ${l} bits.`,
    );
  });
});
