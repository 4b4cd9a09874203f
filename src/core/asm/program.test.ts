/**
 * Per-function checking, the stack guard and the entry garbage. The corpus (scripts/corpus) checks
 * real gcc and clang output against the CPU; these pin the rules on small listings.
 */
import { describe, expect, it } from "vitest";
import { prepareRawCall } from "./call.ts";
import { compile, run } from "./interpreter.ts";
import { assemble, functionProblem } from "./program.ts";
import { createRng } from "../rng/xoshiro128.ts";

const LISTING = [
  "g:", //                              1
  "  movaps xmm0, xmm1", //             2
  "  ret", //                           3
  "f:", //                              4
  "  lea eax, [rdi+1]", //              5
  "  ret", //                           6
  "h:", //                              7
  "  call g", //                        8
  "  ret", //                           9
  "t:", //                              10
  "  jmp [QWORD PTR .Ltable[0+rdi*8]]", // 11
  ".La:", //                            12
  "  call printf", //                   13
  "  ret", //                           14
  "  .section .rodata", //              15
  ".Ltable:", //                        16
  "  .quad .La", //                     17
].join("\n");

describe("each function is checked on its own", () => {
  const assembled = assemble(LISTING, { perFunction: true });
  if (!assembled.ok) throw new Error("per-function assembly refused the listing");
  const program = assembled.program;

  it("runs a function that does not reach the unsupported line", () => {
    expect(functionProblem(program, "f")).toBeNull();
  });

  it("refuses the function with the line, and every function that calls it", () => {
    expect(functionProblem(program, "g")).toMatchObject({ line: 2, message: /unsupported instruction movaps/ });
    expect(functionProblem(program, "h")).toMatchObject({ line: 2 });
  });

  it("follows a jump table to the code it names, and names a call outside the listing", () => {
    expect(functionProblem(program, "t")).toMatchObject({
      line: 13,
      message: /calls printf, which is not in the listing/,
    });
  });

  it("strict assembly refuses the whole listing, with every problem placed", () => {
    const strict = assemble(LISTING);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.errors.map((e) => e.line)).toEqual([2, 13]);
  });
});

describe("calls", () => {
  it("endless recursion is a stack overflow fault, not a crash or a hang", () => {
    const assembled = assemble("f:\n  push rbp\n  call f\n  ret");
    if (!assembled.ok) throw new Error("does not assemble");
    const compiled = compile(assembled.program);
    const prepared = prepareRawCall(compiled, "f", []);
    if (!prepared.ok) throw new Error(prepared.fault.message);
    const m = run(compiled, prepared.prepared.machine);
    expect(m.fault).toMatchObject({ kind: "stack-overflow", line: 3 });
  });

  it("the entry garbage comes from the core's one generator (xoshiro128**), seeded", () => {
    const assembled = assemble("f:\n  ret");
    if (!assembled.ok) throw new Error("does not assemble");
    const prepared = prepareRawCall(compile(assembled.program), "f", [], { garbageSeed: 7 });
    if (!prepared.ok) throw new Error(prepared.fault.message);
    const rng = createRng(7);
    const stream = Array.from({ length: 32 }, () => rng.nextUint32() | 0);
    const m = prepared.prepared.machine;
    expect([m.lo[3], m.hi[3], m.lo[15], m.hi[15]]).toEqual([stream[6], stream[7], stream[30], stream[31]]);
  });
});
