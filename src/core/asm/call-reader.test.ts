/**
 * The page's "Your own listing" call (call-reader.ts): one line of comma-separated arguments with
 * strings and arrays, against the CPU's recorded results in the corpus; bad input is a message
 * with a place, never a throw (fast-check).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CorpusCase } from "../../../scripts/corpus/main.ts";
import { callReaderListing } from "./call-reader.ts";

const CORPUS = join(import.meta.dirname, "../../../content/corpus");
const cases = (JSON.parse(readFileSync(join(CORPUS, "cases.json"), "utf8")) as { functions: CorpusCase[] }).functions;
const native = JSON.parse(readFileSync(join(CORPUS, "native", "clang-O2.json"), "utf8")) as Record<string, string[]>;
const listing = (file: string): string =>
  readFileSync(join(CORPUS, "listings", "clang-O2", file.replace(".c", ".s")), "utf8");

describe("callReaderListing", () => {
  it("bubble_sort with an i32[…] argument leaves the array the CPU left", () => {
    const fn = cases.find((c) => c.name === "bubble_sort")!;
    fn.inputs.forEach((input, k) => {
      const array = (input[0] as { a: string[] }).a;
      const result = callReaderListing(listing(fn.file), "bubble_sort", `i32[${array.join(",")}], ${array.length}`);
      if (!result.ok) throw new Error(JSON.stringify(result));
      const dump = native.bubble_sort![k]!.split(" ")[1] ?? "";
      const values = (dump.match(/.{8}/g) ?? []).map((h) =>
        BigInt.asIntN(32, BigInt(`0x${h.match(/../g)!.reverse().join("")}`)),
      );
      expect(result.memory[0]).toBe(`i32[${values.join(", ")}]`);
    });
  });

  it.each(["is_palindrome", "count_words", "my_atoi"])(
    '%s with a "text" argument returns what the CPU returned',
    (name) => {
      const fn = cases.find((c) => c.name === name)!;
      fn.inputs.forEach((input, k) => {
        const result = callReaderListing(listing(fn.file), name, JSON.stringify((input[0] as { s: string }).s));
        if (!result.ok) throw new Error(JSON.stringify(result));
        expect(BigInt.asIntN(32, result.rax)).toBe(BigInt(native[name]![k]!.split(" ")[0]!));
      });
    },
  );

  it("never throws on any arguments line, and names the bad argument by position", () => {
    expect(callReaderListing("f:\n ret", "f", "1, i8[1,300]")).toMatchObject({
      ok: false,
      kind: "arguments",
      message: /Argument 2 .*i8/,
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (line) => {
        const result = callReaderListing("f:\n  mov eax, edi\n  ret", "f", line);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
