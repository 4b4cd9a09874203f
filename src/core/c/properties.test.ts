/**
 * Property tests on reader text: the compiler never throws, every error has a position inside the
 * text, no input reaches an internal error, and whatever compiles gives a listing that
 * src/core/asm assembles (so the page can always run what the compiler accepted).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assemble } from "../asm/index.ts";
import { compile } from "./index.ts";

function check(source: string): void {
  const result = compile(source);
  const lines = source.split("\n").length;
  if (result.ok) {
    const assembled = assemble(result.listing);
    if (!assembled.ok) throw new Error(`listing does not assemble: ${assembled.errors[0]!.message}`);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines).toBe(true);
    expect(Number.isInteger(e.column) && e.column >= 1).toBe(true);
    expect(e.message).not.toMatch(/internal error/);
  }
}

const WORDS = [
  "int",
  "char",
  "long",
  "unsigned",
  "short",
  "_Bool",
  "void",
  "struct",
  "union",
  "enum",
  "typedef",
  "static",
  "const",
  "if",
  "else",
  "while",
  "do",
  "for",
  "switch",
  "case",
  "default",
  "break",
  "continue",
  "goto",
  "return",
  "sizeof",
  "x",
  "y",
  "f",
  "main",
  "s",
  "0",
  "1",
  "18",
  "0x7fffffff",
  "'a'",
  '"str"',
  "+",
  "-",
  "*",
  "/",
  "%",
  "<<",
  ">>",
  "<",
  "<=",
  ">",
  ">=",
  "==",
  "!=",
  "&",
  "|",
  "^",
  "~",
  "!",
  "&&",
  "||",
  "?",
  ":",
  "=",
  "+=",
  "-=",
  "*=",
  "<<=",
  "++",
  "--",
  ",",
  ";",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ".",
  "->",
  "#define",
  "#include",
  "\n",
];

const corpus = join(import.meta.dirname, "corpus/programs");
const programs = readdirSync(corpus)
  .filter((f) => f.startsWith("c-"))
  .map((f) => readFileSync(join(corpus, f), "utf8"));

describe("compile on arbitrary text", () => {
  it("never throws on any string; errors have positions", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), check), { numRuns: 1000 });
  });

  it("never throws on C-like token soup", () => {
    const soup = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((t) => t.join(" "));
    fc.assert(fc.property(soup, check), { numRuns: 1500 });
  });

  it("never throws on valid programs with one character deleted, inserted or replaced", () => {
    const edit = fc
      .record({
        program: fc.constantFrom(...programs),
        at: fc.nat(),
        kind: fc.constantFrom("delete", "insert", "replace"),
        char: fc.constantFrom(...";(){}[]*&+-=<>!~?:,.'\"/\\#0123456789xyz \n".split("")),
      })
      .map(({ program, at, kind, char }) => {
        const i = at % (program.length + 1);
        if (kind === "delete") return program.slice(0, i) + program.slice(i + 1);
        if (kind === "insert") return program.slice(0, i) + char + program.slice(i);
        return program.slice(0, i) + char + program.slice(i + 1);
      });
    fc.assert(fc.property(edit, check), { numRuns: 1000 });
  });

  it("wraps every C-token-soup statement in a function without throwing", () => {
    const body = fc
      .array(fc.constantFrom(...WORDS), { maxLength: 30 })
      .map((t) => `int f(int x, int y)\n{\n${t.join(" ")}\n}\n`);
    fc.assert(fc.property(body, check), { numRuns: 1000 });
  });
});
