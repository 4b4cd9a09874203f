/**
 * What the compiler refuses, and where it says the problem is. Each case is a program gcc also
 * rejects or a construct outside the subset; the test pins the line and column the reader sees.
 */
import { describe, expect, it } from "vitest";
import { compile } from "./index.ts";

const CASES: [string, string, number, number, RegExp][] = [
  ["#include", "#include <stdio.h>\nint main(void) { return 0; }\n", 1, 2, /#include is not supported/],
  ["float", "int f(void)\n{\n    float x = 1;\n    return 0;\n}\n", 3, 5, /floating point \(float\) is not supported/],
  ["double literal", "int f(void) { return 1.5; }", 1, 22, /floating-point numbers are not supported/],
  ["missing semicolon", "int f(int a)\n{\n    return a\n}\n", 4, 1, /expected ";"/],
  ["undeclared name", "int f(void)\n{\n    return y;\n}\n", 3, 12, /y is not declared/],
  ["unknown function", "int f(void) { return g(1); }", 1, 22, /g is not declared/],
  [
    "variadic definition",
    "int f(int a, ...)\n{\n    return a;\n}\n",
    1,
    5,
    /defining a function with \.\.\. is not supported/,
  ],
  [
    "function pointer",
    "int g(void) { return 1; }\nint f(void) { int (*p)(void) = g; return 0; }\n",
    2,
    21,
    /function pointers are not supported/,
  ],
  ["bit-field", "struct s { int a : 3; };\n", 1, 18, /bit-fields are not supported/],
  ["unterminated comment", "int f(void) { return 0; }\n/* never closed\n", 2, 1, /unterminated comment/],
  ["bad character", "int f(void) { return 0 @ 1; }", 1, 24, /unexpected character U\+0040/],
  ["break outside loop", "int f(void)\n{\n    break;\n}\n", 3, 5, /break outside a loop/],
  ["undefined label", "int f(void) { goto out; }", 1, 20, /label out is not defined/],
  ["assigning to a constant", "int f(void) { 3 = 4; return 0; }", 1, 17, /left side of an assignment/],
  [
    "seven parameters",
    "int f(int a, int b, int c, int d, int e, int g, int h) { return a; }",
    1,
    5,
    /more than six parameters/,
  ],
  ["declared, never defined", "int g(int);\nint f(void) { return g(1); }\n", 1, 5, /declared but never defined/],
  ["unclosed brace", "int f(void)\n{\n    return 0;\n", 2, 1, /never closed/],
  ["macro arguments", "#define SQ(x) ((x) * (x))\nint f(void) { return SQ(1, 2); }\n", 2, 22, /takes 1 argument/],
];

describe("compile errors", () => {
  it.each(CASES)("%s", (_, source, line, column, message) => {
    const result = compile(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ line, column });
    expect(result.errors[0]!.message).toMatch(message);
  });

  it("refuses a source over the size cap without reading it", () => {
    const result = compile("int x;\n".repeat(40_000));
    expect(result.ok).toBe(false);
  });
});
