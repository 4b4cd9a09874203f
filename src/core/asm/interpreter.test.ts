/**
 * Faults are results with the faulting line, never exceptions; entry garbage is really there; step()
 * is pure and agrees with run(). (Instruction semantics themselves are checked against the CPU in
 * flags.test.ts and exercises.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { callListing, prepareCall } from "./call.ts";
import type { CFunction } from "./exercise.ts";
import { compile, run, step } from "./interpreter.ts";
import { cloneMachine } from "./machine.ts";
import { assemble } from "./program.ts";

const longOfLongs = (n: number): CFunction => ({
  name: "f",
  returns: "long",
  params: Array.from({ length: n }, (_, i) => ({ name: `a${i}`, type: "long" as const })),
});

function faultOf(source: string, args: number[] = []) {
  const result = callListing(source, longOfLongs(args.length), args, { stepLimit: 10_000 });
  if ("errors" in result) throw new Error(JSON.stringify(result.errors));
  if (result.ok) throw new Error(`expected a fault, got ${result.value}`);
  return result.fault;
}

describe("faults", () => {
  it.each([
    ["f:\n  mov eax, DWORD PTR [rdi]\n  ret", [0], "memory", 2],
    ["f:\n  mov QWORD PTR 8[rsp], rax\n  ret", [], "memory", 2],
    ["f:\n  mov eax, 1\n  cdq\n  idiv edi\n  ret", [0], "divide", 4],
    ["f:\n  mov eax, -2147483648\n  cdq\n  idiv edi\n  ret", [-1], "divide", 4],
    ["f:\n  mov rax, rdi\n  xor edx, edx\n  div rsi\n  ret", [5, 0], "divide", 4],
    ["f:\n.L0:\n  add eax, 1\n  jmp .L0", [], "step-limit", 3],
    ["f:\n  push 5\n  ret", [], "bad-return", 3],
    ["f:\n  nop", [], "end-of-code", 2],
  ] as const)("%j faults", (source, args, kind, line) => {
    expect(faultOf(source, [...args])).toMatchObject({ kind, line });
  });

  it("a call to a local function gives what the same code inlined gives", () => {
    const value = (source: string): bigint | null => {
      const result = callListing(source, longOfLongs(1), [20]);
      return !("errors" in result) && result.ok ? result.value : null;
    };
    const called = value("f:\n  call .L1\n  add rax, 1\n  ret\n.L1:\n  lea rax, [rdi+rdi]\n  ret");
    expect(called).not.toBeNull();
    expect(called).toBe(value("f:\n  lea rax, [rdi+rdi]\n  add rax, 1\n  ret"));
  });
});

describe("entry state", () => {
  it("leaves garbage in the upper half of an int argument", () => {
    const fn: CFunction = { name: "f", returns: "long", params: [{ name: "x", type: "int" }] };
    const values = [1, 2, 3].map((seed) => {
      const result = callListing("f:\n  mov rax, rdi\n  ret", fn, [5], { garbageSeed: seed });
      return !("errors" in result) && result.ok ? result.value : null;
    });
    expect(values.every((v) => v !== null && BigInt.asIntN(32, v) === 5n && v !== 5n)).toBe(true);
  });
});

describe("step", () => {
  const source = "f:\n  xor eax, eax\n.L1:\n  add eax, edi\n  dec edi\n  jne .L1\n  ret";
  const assembled = assemble(source);
  if (!assembled.ok) throw new Error("does not assemble");
  const compiled = compile(assembled.program);
  const fn: CFunction = { name: "f", returns: "int", params: [{ name: "n", type: "int" }] };

  it("does not change the machine it is given", () => {
    const prepared = prepareCall(compiled, fn, [3]);
    if (!prepared.ok) throw new Error(prepared.fault.message);
    const before = cloneMachine(prepared.machine);
    const after = step(compiled, prepared.machine);
    expect(prepared.machine).toEqual(before);
    expect(after.pc).toBe(before.pc + 1);
  });

  it("stepping to the end gives the same machine as run", () => {
    const a = prepareCall(compiled, fn, [10]);
    const b = prepareCall(compiled, fn, [10]);
    if (!a.ok || !b.ok) throw new Error("prepare failed");
    let stepped = a.machine;
    while (stepped.status === "running") stepped = step(compiled, stepped);
    const ran = run(compiled, b.machine);
    expect(stepped).toEqual(ran);
    expect(ran.status).toBe("returned");
  });
});
