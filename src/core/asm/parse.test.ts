/**
 * The reader of listings: the spellings gcc and clang emit are accepted and mean the same thing,
 * and refused input comes back as errors placed on the offending line and column.
 */
import { describe, expect, it } from "vitest";
import { parseListing, type MemoryOperand } from "./parse.ts";
import { assemble } from "./program.ts";

const firstOperands = (text: string) => {
  const parsed = parseListing(text);
  expect(parsed.errors).toEqual([]);
  const instruction = parsed.statements.find((s) => s.kind === "instruction");
  if (instruction?.kind !== "instruction") throw new Error("no instruction");
  return instruction.operands;
};
const address = (o: MemoryOperand) => ({
  base: o.base?.number,
  index: o.index?.number,
  scale: o.scale,
  displacement: o.displacement,
  width: o.width,
});

describe("parseListing", () => {
  it("reads both displacement spellings as the same address", () => {
    const [, a] = firstOperands("mov eax, DWORD PTR 4[rdi+rsi*4]");
    const [, b] = firstOperands("mov eax, DWORD PTR [rdi+rsi*4+4]");
    expect(address(a as MemoryOperand)).toEqual(address(b as MemoryOperand));
    expect(address(a as MemoryOperand)).toEqual({ base: 7, index: 6, scale: 4, displacement: 4, width: 32 });
    const [, c] = firstOperands("mov rax, QWORD PTR -8[rbp]");
    expect(address(c as MemoryOperand)).toEqual({ base: 5, index: undefined, scale: 1, displacement: -8, width: 64 });
  });

  it("accepts clang's comments and directives, labels sharing a line, and ; comments", () => {
    const text = [
      "\t.text",
      "\t.globl\tf                               # -- Begin function f",
      "\t.p2align\t4, 0x90",
      "\t.type\tf,@function",
      "f:                                      # @f",
      "\t.cfi_startproc",
      "# %bb.0:",
      "\tlea\teax, [rdi + 1]   ; reader's note",
      ".L1: ret",
      "\t.cfi_endproc",
      '\t.ident\t"clang version 14 # not a comment"',
      '\t.section\t".note.GNU-stack","",@progbits',
    ].join("\n");
    const assembled = assemble(text);
    expect(assembled.ok).toBe(true);
    if (assembled.ok) expect(assembled.program.instructions.map((i) => i.line)).toEqual([8, 9]);
  });

  it("reads an implicit shift count of 1", () => {
    const assembled = assemble("shr eax\nsal edx");
    expect(assembled.ok && assembled.program.instructions.map((i) => [i.operation, i.operands.length])).toEqual([
      ["shr", 1],
      ["shl", 1],
    ]);
  });

  it.each([
    ["f:\n  movaps xmm0, xmm1", 2, 3, /unsupported instruction movaps on line 2/],
    ["  repne scasb", 1, 3, /unsupported instruction rep/],
    ["  mov eax, DWORD PTR [rip+4]", 1, 23, /rip-relative/],
    ["  .uleb128 4", 1, 3, /\.uleb128 is not supported/],
    ["  movl $1, %eax", 1, 3, /AT&T syntax .*-masm=intel/],
    ["  mov rax, QWORD PTR fs:40", 1, 22, /-fno-stack-protector/],
    ["  call printf", 1, 8, /calls printf, which is not in the listing/],
    ["  mov eax", 1, 3, /takes 2 operands/],
    ["  add eax, rbx", 1, 12, /sizes do not match/],
    ["  mov [rax], 1", 1, 7, /size unknown/],
    ["  jmp .L9", 1, 7, /unknown label \.L9/],
    ["  mov eax, DWORD PTR [rax+rbx*3]", 1, 27, /scale must be/],
    ["  add al, 300", 1, 11, /does not fit/],
    ["x:\nx:\n ret", 2, 1, /defined twice/],
    ["  mov eax, 1,", 1, 14, /missing operand/],
  ])("refuses %j at line %i column %i", (text, line, column, message) => {
    const assembled = assemble(text);
    expect(assembled.ok).toBe(false);
    if (assembled.ok) return;
    expect(assembled.errors[0]).toMatchObject({ line, column });
    expect(assembled.errors[0]!.message).toMatch(message);
  });
});
