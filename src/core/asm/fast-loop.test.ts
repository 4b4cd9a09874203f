/**
 * The switch loop (fast-loop.ts, run by `run`) against the closures (run one at a time by `step`),
 * whose semantics flags.test.ts checks against the CPU: every condition after every kind of flag
 * record the loop keeps lazily (32/64-bit add, sub, cmp, logic, inc/dec keeping CF, flags left by
 * a closure), on edge values, must branch the same way and leave the same registers and flags; so
 * must the memory forms, and an access outside memory must fault at the same line either way.
 */
import { describe, expect, it } from "vitest";
import { prepareCall } from "./call.ts";
import type { CFunction } from "./exercise.ts";
import { compile, run, step, type CompiledProgram } from "./interpreter.ts";
import { cloneMachine, readRflags, writeRegister, type Machine } from "./machine.ts";
import { assemble } from "./program.ts";

const RDI = 7;
const RSI = 6;

const F: CFunction = {
  name: "f",
  returns: "long",
  params: [
    { name: "a", type: "long" },
    { name: "b", type: "long" },
  ],
};
const CONDITIONS = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "l", "ge", "le", "g"];
const SECOND = [0n, -1n, 0x80000000n, 5n];
const EDGES = [
  0n,
  1n,
  -1n,
  2n,
  0x7fffffffn,
  -0x80000000n,
  0xffffffffn,
  0x80000000n,
  1n << 32n,
  -(1n << 63n),
  (1n << 63n) - 1n,
];

function compiled(source: string): CompiledProgram {
  const assembled = assemble(source);
  if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
  const program = compile(assembled.program);
  expect(program.fast).toBeTruthy();
  return program;
}

/** Runs `source` on (a, b) through `run` and through single steps, from one entry state. */
function both(source: string | CompiledProgram, args: bigint[], entry?: Machine): { fast: Machine; slow: Machine } {
  const program = typeof source === "string" ? compiled(source) : source;
  let start = entry;
  if (!start) {
    const prepared = prepareCall(program, F, args);
    if (!prepared.ok) throw new Error(prepared.fault.message);
    start = prepared.machine;
  }
  const fast = cloneMachine(start);
  writeRegister(fast, RDI, args[0]!);
  writeRegister(fast, RSI, args[1]!);
  let slow = cloneMachine(fast);
  run(program, fast, 1000);
  while (slow.status === "running" && slow.steps < 1000) slow = step(program, slow);
  return { fast, slow };
}

/** What differs between the two end states (empty when they agree). */
function difference({ fast, slow }: { fast: Machine; slow: Machine }): string[] {
  const problems: string[] = [];
  if (fast.status !== slow.status) problems.push(`status ${fast.status} / ${slow.status}`);
  for (let r = 0; r < 16; r++) {
    if (fast.lo[r] !== slow.lo[r] || fast.hi[r] !== slow.hi[r]) problems.push(`register ${r}`);
  }
  if (readRflags(fast) !== readRflags(slow)) problems.push(`flags ${readRflags(fast)} / ${readRflags(slow)}`);
  if (fast.fault?.line !== slow.fault?.line) problems.push(`fault line ${fast.fault?.line} / ${slow.fault?.line}`);
  if (fast.steps !== slow.steps) problems.push(`steps ${fast.steps} / ${slow.steps}`);
  return problems;
}

function expectSame(pair: { fast: Machine; slow: Machine }, what: string): void {
  expect(difference(pair), what).toEqual([]);
}

describe("run's switch loop agrees with single steps", () => {
  const setters = [
    "add rdi, rsi",
    "sub rdi, rsi",
    "cmp rdi, rsi",
    "and rdi, rsi",
    "test rdi, rsi",
    "xor rdi, rsi",
    "add edi, esi",
    "sub edi, esi",
    "cmp edi, esi",
    "or edi, esi",
    "cmp edi, 5",
    "cmp rdi, -1",
    "cmp rdi, -0x80000000",
    "cmp edi, 0x80000000",
    "test edi, esi",
    "test rdi, rdi",
    // The 32-bit memory forms (ALU32_FROM_MEMORY, ALU32_TO_MEMORY) set the record too.
    "mov DWORD PTR [rsp-8], esi\n  cmp edi, DWORD PTR [rsp-8]",
    "mov DWORD PTR [rsp-8], esi\n  add edi, DWORD PTR [rsp-8]",
    "mov DWORD PTR [rsp-8], esi\n  sub edi, DWORD PTR [rsp-8]",
    "mov DWORD PTR [rsp-8], esi\n  xor edi, DWORD PTR [rsp-8]",
    "mov DWORD PTR [rsp-8], esi\n  test DWORD PTR [rsp-8], edi",
    "mov DWORD PTR [rsp-8], edi\n  add DWORD PTR [rsp-8], esi\n  mov edi, DWORD PTR [rsp-8]",
    "mov DWORD PTR [rsp-8], edi\n  cmp DWORD PTR [rsp-8], esi",
    "mov DWORD PTR [rsp-8], edi\n  sub DWORD PTR [rsp-8], 7\n  mov edi, DWORD PTR [rsp-8]",
    "inc rdi",
    "dec rdi",
    "inc edi",
    "dec edi",
    // A closure sets the flags, then an inc keeps its CF.
    "neg rdi\n  inc esi",
    "shl rdi, 1",
  ];
  it("every condition after every flag record, on edge values", () => {
    let compared = 0;
    const mismatches: string[] = [];
    for (const setter of setters) {
      for (const condition of CONDITIONS) {
        const program = compiled(
          `f:\n  ${setter}\n  j${condition} .L1\n  mov eax, 0\n  ret\n.L1:\n  mov eax, 1\n  ret`,
        );
        const prepared = prepareCall(program, F, [0n, 0n]);
        if (!prepared.ok) throw new Error(prepared.fault.message);
        for (const a of EDGES) {
          for (const b of SECOND) {
            const problems = difference(both(program, [a, b], prepared.machine));
            if (problems.length > 0) mismatches.push(`${setter} / j${condition} / ${a}, ${b}: ${problems.join(", ")}`);
            compared++;
          }
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(compared).toBe(setters.length * CONDITIONS.length * EDGES.length * SECOND.length);
  });

  it.each([
    "sub rsp, 32\n  mov QWORD PTR 8[rsp], rdi\n  add QWORD PTR 8[rsp], rsi\n  mov rax, QWORD PTR 8[rsp]\n  add rsp, 32\n  ret",
    "sub rsp, 32\n  mov DWORD PTR [rsp+4], edi\n  cmp DWORD PTR [rsp+4], 9\n  setg al\n  add esi, DWORD PTR [rsp+4]\n  movsx rax, WORD PTR [rsp+4]\n  movzx ecx, BYTE PTR [rsp+5]\n  add rsp, 32\n  ret",
    "sub rsp, 16\n  mov BYTE PTR [rsp], dil\n  mov WORD PTR [rsp+2], si\n  mov QWORD PTR [rsp+8], -7\n  mov rax, QWORD PTR [rsp]\n  lea rcx, [rsp+rdi*4-8]\n  sub rcx, rsp\n  movsxd rdx, esi\n  add rsp, 16\n  ret",
    // A negative index register: the address wraps through 2^64 back into memory.
    "mov rax, -4\n  sub rsp, 16\n  mov DWORD PTR 16[rsp+rax*4], edi\n  mov eax, DWORD PTR [rsp]\n  add rsp, 16\n  ret",
  ])("memory forms: %s", (body) => {
    for (const a of EDGES) expectSame(both(`f:\n  ${body}`, [a, a >> 3n]), `${a}`);
  });

  it("an access outside memory faults on its line either way", () => {
    const pair = both("f:\n  add rdi, 8\n  mov eax, DWORD PTR [rdi]\n  ret", [0n, 0n]);
    expectSame(pair, "load from 8");
    expect(pair.fast.fault).toMatchObject({ kind: "memory", line: 3 });
  });

  it("a jump to the jcc of a fused cmp + jcc runs the jcc alone", () => {
    const source =
      "f:\n  xor eax, eax\n  cmp rdi, rsi\n.L0:\n  jl .L1\n  add eax, 1\n  sub rdi, 1\n  test edi, edi\n  jmp .L0\n.L1:\n  ret";
    for (const a of [0n, 3n, -2n]) expectSame(both(source, [a, 1n]), `${a}`);
  });

  // A fused cmp/test + jcc is two steps: every limit, including one between the pair, stops the
  // switch loop where single steps stop.
  it.each([
    "f:\n.L0:\n  add edi, 1\n  cmp edi, esi\n  jne .L0\n  ret",
    "f:\n.L0:\n  add rdi, 1\n  cmp rdi, 100\n  jl .L0\n  ret",
    "f:\n.L0:\n  add rdi, 1\n  test rdi, rdi\n  jg .L0\n  ret",
    "f:\n.L0:\n  add edi, DWORD PTR [rsp-8]\n  cmp rdi, rsi\n  jne .L0\n  ret",
  ])("the step limit stops both at the same instruction with the same flags: %s", (source) => {
    for (let limit = 1; limit <= 16; limit++) {
      const program = compiled(source);
      const prepared = prepareCall(program, F, [0n, -1n]);
      if (!prepared.ok) throw new Error("call");
      let m = cloneMachine(prepared.machine);
      const fast = run(program, prepared.machine, limit);
      for (let i = 0; i < limit; i++) m = step(program, m);
      expect(fast.fault?.kind).toBe("step-limit");
      expect(fast.pc, `limit ${limit}`).toBe(m.pc);
      expect([...fast.lo]).toEqual([...m.lo]);
      expect(readRflags(fast)).toBe(readRflags(m));
    }
  });
});
