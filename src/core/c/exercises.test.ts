/**
 * The compiler on the binary challenge's levels. Oracles: each level's oracle.json (the native
 * gcc build of every shipped and edited C file, on a thousand random inputs) and each level's test
 * table (the native build of the fixed C). Every variant compiled by the site's compiler must
 * return what gcc's build returned; every reasonable spelling of the fix must pass the whole test
 * table; every listing must also encode to machine code (the hex view).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exercises } from "../../../content/exercises/index.ts";
import { encodeProgram, assemble } from "../asm/index.ts";
import { callFunction, compile, runCTestTable, type CompileSuccess } from "./index.ts";

const root = join(import.meta.dirname, "../../../content/exercises");

function compiled(source: string): CompileSuccess {
  const result = compile(source);
  if (!result.ok) throw new Error(`${result.errors[0]!.line}:${result.errors[0]!.column} ${result.errors[0]!.message}`);
  return result;
}

/** Spellings a reader might write for the fix; each must pass every row. */
const SPELLINGS: Record<string, string[]> = {
  "level-1-age": [
    "int is_adult(int age)\n{\n    return age >= 18;\n}\n",
    "int is_adult(int age)\n{\n    return (age >= 18);\n}\n",
    "int is_adult(int age)\n{\n    return age >= 18 ? 1 : 0;\n}\n",
    "int is_adult(int age)\n{\n    return 18 <= age;\n}\n",
    "int is_adult(int age)\n{\n    return age > 17; /* fixed */\n}\n",
    "/* May this person sign up? */\nint is_adult(int age)\n{\n    return !(age < 18);\n}\n",
    "int is_adult(int age) { if (age < 18) return 0; else return 1; }",
    "int is_adult(int age)\n{\n    // eighteen and over\n    return (age > 18) || (age == 18);\n}\n",
    "#define ADULT 18\nint is_adult(int age) { return age >= ADULT; }\n",
  ],
  "level-2-leap": [
    "int is_leap(int year)\n{\n    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);\n}\n",
    "int is_leap(int year)\n{\n    return (year % 400 == 0) || (year % 4 == 0 && year % 100 != 0);\n}\n",
    "int is_leap(int year) { return !(year % 4) && (year % 100 || !(year % 400)); }",
    "int is_leap(int year)\n{\n    if (year % 400 == 0)\n        return 1;\n    if (year % 100 == 0)\n        return 0;\n    return year % 4 == 0;\n}\n",
    "int is_leap(int year) { return year % 4 == 0 ? (year % 100 != 0 ? 1 : year % 400 == 0) : 0; }",
  ],
  "level-3-sum": [
    "long sum(const int *a, long n)\n{\n    long total = 0;\n    for (long i = 0; i < n; i++)\n        total += a[i];\n    return total;\n}\n",
    "long sum(const int *a, long n)\n{\n    long total = 0;\n    for (long i = 0; i <= n - 1; i++)\n        total += a[i];\n    return total;\n}\n",
    "long sum(const int *a, long n)\n{\n    long total = 0;\n    while (n-- > 0)\n        total += *a++;\n    return total;\n}\n",
    "long sum(const int *a, long n)\n{\n    long total = 0;\n    int i;\n    for (i = 0; i < n; ++i) total = total + a[i];\n    return total;\n}\n",
    "long sum(const int *a, long n)\n{\n    const int *end = a + n;\n    long total = 0;\n    for (; a < end; a++)\n        total += *a;\n    return total;\n}\n",
  ],
};

describe.each(exercises.map((e) => [e.id, e] as const))("%s", (id, exercise) => {
  const oracle = JSON.parse(readFileSync(join(root, id, "oracle.json"), "utf8")) as {
    inputs: (number | number[])[][];
    results: Record<string, number[]>;
  };
  const spec = JSON.parse(readFileSync(join(root, id, "exercise.json"), "utf8")) as {
    shipped: string;
    sourceEdits: { id: string; file: string }[];
  };
  const variants = [{ id: "shipped", file: spec.shipped }, ...spec.sourceEdits];

  it.each(variants.map((v) => [v.id, v.file] as const))(
    "%s returns what gcc's build returned on every oracle input",
    (variant, file) => {
      const c = compiled(readFileSync(join(root, id, file), "utf8"));
      const expected = oracle.results[variant]!;
      const fn = c.signatures.find((s) => s.name === exercise.function.name)!.asm!;
      expect(fn.returns).toBe(exercise.function.returns);
      expect(fn.params.map((p) => p.type)).toEqual(exercise.function.params.map((p) => p.type));
      oracle.inputs.forEach((args, i) => {
        const result = callFunction(c, fn.name, args, { garbageSeed: i + 1 });
        if (!result.ok) expect.fail(`${JSON.stringify(args)}: ${result.fault.message}`);
        expect(Number(result.value), JSON.stringify(args)).toBe(expected[i]);
      });
    },
  );

  it.each(SPELLINGS[id]!.map((s, i) => [i, s] as const))("spelling %i of the fix passes every test", (_, source) => {
    const table = runCTestTable(compiled(source), exercise);
    if (!table.ok) expect.fail(table.fault.message);
    expect(table.passed).toBe(table.total);
  });

  it("the shipped bug fails some test, and the listing encodes to machine code", () => {
    const c = compiled(readFileSync(join(root, id, spec.shipped), "utf8"));
    const table = runCTestTable(c, exercise);
    expect(table.ok && table.passed < table.total).toBe(true);
    const assembled = assemble(c.listing);
    if (!assembled.ok) expect.fail(assembled.errors[0]!.message);
    expect(encodeProgram(assembled.program).ok).toBe(true);
  });
});
