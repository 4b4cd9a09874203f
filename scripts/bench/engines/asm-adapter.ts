/**
 * The only file that knows the x86-64 core's names (src/core/asm): rename here when the core's API
 * changes. Bundled into the engine bench page; scripts/bench-asm.ts runs the same loops in Node.
 */
import { exercises } from "../../../content/exercises/index.ts";
import {
  assemble,
  compile,
  prepareCall,
  run,
  runTestTable,
  type CallArgument,
  type CFunction,
} from "../../../src/core/asm/index.ts";

/** The register loop: a counted loop of four simple instructions per iteration (add, xor, sub, jne). */
const REGISTER_LISTING = `        .intel_syntax noprefix
        .text
        .globl  spin
spin:
        xor     eax, eax
        mov     rcx, rdi
.L2:
        add     rax, rcx
        xor     rax, rdi
        sub     rcx, 1
        jne     .L2
        ret
`;
const REGISTER_FUNCTION: CFunction = { name: "spin", returns: "long", params: [{ name: "n", type: "long" }] };

/**
 * The memory loop: gcc 12 -O2 -masm=intel of
 *   void prefix_sums(unsigned *a, long n, long rounds) {
 *     for (long r = 0; r < rounds; r++) for (long i = 1; i < n; i++) a[i] += a[i - 1];
 *   }
 * as printed (only the .note.GNU-stack section and the .ident line dropped): its inner loop is a
 * load-and-add, a pointer step, a store, a compare and a jump (5 instructions per element).
 * The parameter is typed `const int *` because that is how the core's CFunction passes an array
 * (the core copies it into the machine's memory; the stores land there).
 */
const MEMORY_LISTING = `	.file	"loop.c"
	.intel_syntax noprefix
	.text
	.p2align 4
	.globl	prefix_sums
	.type	prefix_sums, @function
prefix_sums:
	test	rdx, rdx
	jle	.L1
	lea	r8, [rdi+rsi*4]
	xor	r9d, r9d
.L3:
	cmp	rsi, 1
	jle	.L10
	lea	rsi, 4[rdi]
	.p2align 4,,10
	.p2align 3
.L5:
	mov	ecx, DWORD PTR [rdi]
	mov	rax, rsi
	.p2align 4,,10
	.p2align 3
.L4:
	add	ecx, DWORD PTR [rax]
	add	rax, 4
	mov	DWORD PTR -4[rax], ecx
	cmp	rax, r8
	jne	.L4
	add	r9, 1
	cmp	r9, rdx
	jne	.L5
	ret
.L10:
	add	r9, 1
	cmp	rdx, r9
	jne	.L3
.L1:
	ret
	.size	prefix_sums, .-prefix_sums
`;
const MEMORY_FUNCTION: CFunction = {
  name: "prefix_sums",
  // The function returns nothing; CFunction has no void, and the bench reads only the step count.
  returns: "long",
  params: [
    { name: "a", type: "const int *" },
    { name: "n", type: "long" },
    { name: "rounds", type: "long" },
  ],
};
/** 1,000 elements (4 KB, well inside the interpreter's memory), each round 999 × 5 instructions. */
const MEMORY_ELEMENTS = 1000;

export interface LoopRunner {
  id: "register" | "memory";
  /** One line for the report: what the loop does. */
  description: string;
  /** Sets up a fresh machine for one call (not timed). */
  prepare: () => void;
  /** Runs the call to its end; returns the instructions executed. */
  run: () => number;
}

function runner(
  id: LoopRunner["id"],
  description: string,
  listing: string,
  fn: CFunction,
  args: CallArgument[],
  instructions: number,
): LoopRunner {
  const assembled = assemble(listing);
  if (!assembled.ok) throw new Error(`${id} loop listing: ${assembled.errors.map((e) => e.message).join("; ")}`);
  const compiled = compile(assembled.program);
  let prepared: ReturnType<typeof prepareCall> | null = null;
  return {
    id,
    description,
    prepare: () => {
      prepared = prepareCall(compiled, fn, args);
    },
    run: () => {
      if (!prepared?.ok) throw new Error(`${id} loop call: ${prepared ? prepared.fault.message : "not prepared"}`);
      const machine = run(compiled, prepared.machine, instructions + 1000);
      if (machine.status !== "returned") throw new Error(`${id} loop: ${machine.fault?.message ?? "did not return"}`);
      return machine.steps;
    },
  };
}

/** The two benchmark loops, each sized to about `instructions` instructions per run. */
export function loopRunners(instructions: number): LoopRunner[] {
  const iterations = Math.round(instructions / 4);
  const rounds = Math.round(instructions / ((MEMORY_ELEMENTS - 1) * 5));
  const array = Array.from({ length: MEMORY_ELEMENTS }, (_, i) => (i * 2654435761) % 1000);
  return [
    runner(
      "register",
      `a counted loop on registers (add, xor, sub, jne), ${iterations.toLocaleString("en")} iterations`,
      REGISTER_LISTING,
      REGISTER_FUNCTION,
      [iterations],
      iterations * 4,
    ),
    runner(
      "memory",
      `gcc -O2's prefix sums over ${MEMORY_ELEMENTS.toLocaleString("en")} ints, ${rounds} rounds (load + add, store, cmp, jne per element)`,
      MEMORY_LISTING,
      MEMORY_FUNCTION,
      [array, MEMORY_ELEMENTS, rounds],
      rounds * MEMORY_ELEMENTS * 5,
    ),
  ];
}

export interface TestTableBench {
  id: string;
  rows: number;
  /** Assembles the shipped listing and runs every row, as the widget's "Run tests" does. */
  run: () => { passed: number; total: number; instructions: number };
}

export function testTables(): TestTableBench[] {
  return exercises.map((exercise) => ({
    id: exercise.id,
    rows: exercise.tests.length,
    run: () => {
      const result = runTestTable(exercise.listing.text, exercise);
      if (!result.ok) throw new Error(`${exercise.id}: ${result.errors.map((e) => e.message).join("; ")}`);
      return {
        passed: result.passed,
        total: result.total,
        instructions: result.rows.reduce((sum, row) => sum + row.steps, 0),
      };
    },
  }));
}
