/**
 * Runs straight-line instruction sequences on the real CPU: each sequence becomes a function in an
 * assembly file (GNU as) that loads every general register but rsp, RFLAGS (popfq) and a 256-byte
 * scratch buffer (addressed through r15) from a state, runs the sequence, and stores them back
 * (pushfq). A gcc-built driver feeds states on stdin and prints the results. Used by the
 * shift-count fixture and the differential fuzzer; nothing here knows what the sequences mean.
 */
import { writeFileSync } from "node:fs";
import { run, type workspace } from "./toolchain.ts";

export const SCRATCH_BYTES = 256;
/** r15 holds the scratch buffer's address: sequences must not write it. */
export const SCRATCH_REGISTER = 15;

export interface CpuState {
  /** rax … r15 by register number (rsp and r15 are ignored on input). */
  registers: bigint[];
  /** RFLAGS (only the arithmetic flags are loaded). */
  flags: number;
  memory: Uint8Array;
}

const LOADED = [0, 1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 13, 14];
const NAMES = [
  "rax",
  "rcx",
  "rdx",
  "rbx",
  "rsp",
  "rbp",
  "rsi",
  "rdi",
  "r8",
  "r9",
  "r10",
  "r11",
  "r12",
  "r13",
  "r14",
  "r15",
];

function caseFunction(k: number, sequence: readonly string[]): string {
  const load = LOADED.map((r) => `\tmov ${NAMES[r]}, QWORD PTR [rdi+${r * 8}]`).join("\n");
  const store = LOADED.map((r) => `\tmov QWORD PTR [rdi+${r * 8}], ${NAMES[r]}`).join("\n");
  return `case_${k}:
\tpush rbx\n\tpush rbp\n\tpush r12\n\tpush r13\n\tpush r14\n\tpush r15
\tpush rdi
\tlea r15, [rdi+136]
${load}
\tpush QWORD PTR [rdi+128]
\tpopfq
\tmov rdi, QWORD PTR [rdi+56]
${sequence.map((line) => `\t${line}`).join("\n")}
\tpushfq
\tpush rdi
\tmov rdi, QWORD PTR [rsp+16]
${store}
\tpop QWORD PTR [rdi+56]
\tpop QWORD PTR [rdi+128]
\tadd rsp, 8
\tpop r15\n\tpop r14\n\tpop r13\n\tpop r12\n\tpop rbp\n\tpop rbx
\tret
`;
}

const DRIVER = `#include <stdio.h>
#include <stdint.h>
typedef void (*case_fn)(uint64_t *);
extern case_fn cases[];
int main(void) {
  unsigned k;
  static uint64_t s[17 + ${SCRATCH_BYTES / 8}];
  while (scanf("%u", &k) == 1) {
    for (int i = 0; i < 17 + ${SCRATCH_BYTES / 8}; i++) if (scanf("%llx", (unsigned long long *)&s[i]) != 1) return 1;
    s[16] = (s[16] & 0x8d5) | 2;
    cases[k](s);
    for (int i = 0; i < 17 + ${SCRATCH_BYTES / 8}; i++) printf(i ? " %llx" : "%llx", (unsigned long long)s[i]);
    printf("\\n");
  }
  return 0;
}
`;

const words = (memory: Uint8Array): bigint[] =>
  Array.from({ length: SCRATCH_BYTES / 8 }, (_, i) =>
    new DataView(memory.buffer, memory.byteOffset).getBigUint64(i * 8, true),
  );

/** Builds one harness for `sequences` and runs each (sequence index, state) pair; results in order. */
export function runOnCpu(
  ws: ReturnType<typeof workspace>,
  name: string,
  sequences: readonly (readonly string[])[],
  runs: readonly { sequence: number; state: CpuState }[],
): CpuState[] {
  const assembly = [
    ".intel_syntax noprefix",
    ".text",
    ...sequences.map((sequence, k) => caseFunction(k, sequence)),
    '.section .data.rel.ro,"aw"',
    ".globl cases",
    "cases:",
    ...sequences.map((_, k) => `\t.quad case_${k}`),
    '.section .note.GNU-stack,"",@progbits',
    "",
  ].join("\n");
  writeFileSync(ws.path(`${name}.s`), assembly);
  writeFileSync(ws.path(`${name}-driver.c`), DRIVER);
  const exe = ws.path(name);
  run("gcc", ["-O1", ws.path(`${name}-driver.c`), ws.path(`${name}.s`), "-o", exe]);
  const input = runs
    .map(({ sequence, state }) =>
      [sequence, ...state.registers.map((r) => BigInt.asUintN(64, r)), BigInt(state.flags), ...words(state.memory)]
        .map((v, i) => (i === 0 ? String(v) : v.toString(16)))
        .join(" "),
    )
    .join("\n");
  const output = run(exe, [], input + "\n")
    .trim()
    .split("\n");
  if (output.length !== runs.length)
    throw new Error(`the CPU harness gave ${output.length} results for ${runs.length} runs`);
  return output.map((line) => {
    const values = line.split(" ").map((h) => BigInt(`0x${h}`));
    const memory = new Uint8Array(SCRATCH_BYTES);
    const view = new DataView(memory.buffer);
    values.slice(17).forEach((w, i) => view.setBigUint64(i * 8, w, true));
    return { registers: values.slice(0, 16), flags: Number(values[16]), memory };
  });
}
