/**
 * The flags oracle: single instructions run on the real CPU by a gcc-built harness. Each case is
 * one instruction with fixed registers (rax and rdx in and out, rcx as source or shift count); the
 * harness loads RFLAGS with popfq, runs it, and reads RFLAGS back with pushfq. Inputs are seeded
 * random 64-bit values mixed with edge values, so narrow instructions also show what they do to the
 * untouched upper bits. Results go to fixtures/flags.json.
 */
import { createRng } from "../../src/core/rng/xoshiro128.ts";
import { buildAndRun, type workspace } from "./toolchain.ts";

/** CF, PF, AF, ZF, SF, OF: the flags the interpreter models. */
const MODELLED_FLAGS = 0x8d5n;
const WIDTH_REGISTERS = {
  8: ["al", "cl", "dl"],
  16: ["ax", "cx", "dx"],
  32: ["eax", "ecx", "edx"],
  64: ["rax", "rcx", "rdx"],
} as const;

export interface FlagsCase {
  /** The instruction as the interpreter reads it; registers: rax, rdx (in and out), rcx (source). */
  instruction: string;
  /** rows of hex: rax, rdx, rcx, rflags in, then rax, rdx, rflags out (rflags masked to 0x8d5). */
  rows: string[];
}

export function flagsInstructions(): string[] {
  const list: string[] = [];
  for (const width of [8, 16, 32, 64] as const) {
    const [a, c, d] = WIDTH_REGISTERS[width];
    for (const op of ["add", "adc", "sub", "sbb", "and", "or", "xor", "cmp", "test"]) list.push(`${op} ${a}, ${c}`);
    list.push(`add ${a}, 100`, `sub ${a}, -1`, `and ${a}, 15`);
    for (const op of ["inc", "dec", "neg", "not"]) list.push(`${op} ${a}`);
    for (const op of ["shl", "shr", "sar", "rol", "ror"])
      list.push(`${op} ${a}, cl`, `${op} ${a}, 1`, `${op} ${a}, 7`, `${op} ${a}`);
    for (const op of ["mul", "imul", "div", "idiv"]) list.push(`${op} ${c}`);
    if (width !== 8)
      list.push(
        `imul ${a}, ${c}`,
        `imul ${a}, ${c}, -1030792151`.replace(/-1030792151/, width === 16 ? "-1000" : "-1030792151"),
      );
    if (width !== 8) list.push(`cmovg ${a}, ${c}`, `cmovb ${a}, ${c}`, `cmovne ${d}, ${c}`);
    if (width !== 8) list.push(`movzx ${a}, cl`, `movsx ${a}, cl`, `lea ${a}, [rax+rcx*4-7]`);
    list.push(`mov ${a}, ${c}`);
  }
  list.push("add ah, ch", "sub dh, al", "xor ah, ah", "shl ah, cl", "movzx eax, ah", "movsx edx, ch", "movsx rax, ecx");
  list.push("cdq", "cqo", "cdqe", "cwde");
  for (const cc of ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"]) {
    list.push(`set${cc} al`, `cmov${cc} eax, ecx`);
  }
  return list;
}

const EDGES = [
  0n,
  1n,
  2n ** 64n - 1n,
  0x7fn,
  0x80n,
  0xffn,
  0x7fffn,
  0x8000n,
  0xffffn,
  0x7fffffffn,
  0x80000000n,
  0xffffffffn,
  2n ** 63n - 1n,
  2n ** 63n,
  100n,
];

function randomValue(next: () => number): bigint {
  if (next() % 4 === 0) return EDGES[next() % EDGES.length]!;
  const value = (BigInt(next()) << 32n) | BigInt(next());
  // Small magnitudes too: they make carries and sign changes likelier at every width.
  return next() % 3 === 0 ? BigInt.asUintN(64, BigInt.asIntN(64, value) >> BigInt(next() % 64)) : value;
}

/** A dividend/divisor that does not fault (the CPU would kill the harness with SIGFPE). */
function divisionInputs(next: () => number, width: number, signed: boolean): [bigint, bigint, bigint] {
  for (;;) {
    const [a, d, c] = [randomValue(next), randomValue(next), randomValue(next)];
    const bits = BigInt(width);
    const low = BigInt.asUintN(width, a);
    const high = width === 8 ? BigInt.asUintN(8, a >> 8n) : BigInt.asUintN(width, d);
    const pair = (high << bits) | low;
    const dividend = signed ? BigInt.asIntN(width * 2, pair) : pair;
    const divisor = signed ? BigInt.asIntN(width, c) : BigInt.asUintN(width, c);
    if (divisor === 0n) continue;
    const quotient = dividend / divisor;
    if (signed ? BigInt.asIntN(width, quotient) === quotient : quotient < 1n << bits) return [a, d, c];
  }
}

const hex = (v: bigint): string => v.toString(16);

export function buildFlagsFixture(ws: ReturnType<typeof workspace>, rowsPerCase: number, seed: number): FlagsCase[] {
  const instructions = flagsInstructions();
  const rng = createRng(seed);
  const next = (): number => rng.nextUint32();
  const inputs: bigint[][][] = instructions.map((instruction) => {
    const division = /^(i?div) (\w+)$/.exec(instruction);
    const width = division ? ({ cl: 8, cx: 16, ecx: 32, rcx: 64 } as Record<string, number>)[division[2]!]! : 0;
    return Array.from({ length: rowsPerCase }, () => {
      const [a, d, c] = division
        ? divisionInputs(next, width, division[1] === "idiv")
        : [randomValue(next), randomValue(next), randomValue(next)];
      const flags = BigInt(next()) & MODELLED_FLAGS;
      return [a, d, c, flags];
    });
  });
  const cases = instructions
    .map(
      (instruction, k) => `    case ${k}:
      __asm__ volatile("push %[f]\\n\\tpopfq\\n\\t${instruction}\\n\\tpushfq\\n\\tpop %[f]"
                       : "+a"(a), "+d"(d), [f] "+r"(f) : "c"(c) : "cc", "memory");
      break;`,
    )
    .join("\n");
  const source = `#include <stdio.h>
#include <stdint.h>
int main(void) {
  unsigned k; unsigned long long a, d, c, f;
  while (scanf("%u %llx %llx %llx %llx", &k, &a, &d, &c, &f) == 5) {
    f |= 2;
    switch (k) {
${cases}
    }
    printf("%llx %llx %llx\\n", a, d, f & 0x8d5);
  }
  return 0;
}
`;
  const lines = inputs.flatMap((rows, k) => rows.map((row) => `${k} ${row.map(hex).join(" ")}`));
  const output = buildAndRun(ws, "flags-harness", source, [], lines.join("\n") + "\n", ["-mno-red-zone"])
    .trim()
    .split("\n");
  if (output.length !== lines.length) throw new Error("the flags harness gave fewer results than inputs");
  let line = 0;
  return instructions.map((instruction, k) => ({
    instruction,
    rows: inputs[k]!.map((row) => `${row.map(hex).join(" ")} ${output[line++]}`),
  }));
}
