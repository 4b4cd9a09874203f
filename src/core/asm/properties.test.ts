/**
 * Property tests over reader input: the assembler never throws on any text (random or a mutated
 * real listing) and every error points inside the text; any program that assembles runs without
 * throwing and stops (return, fault or step limit).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exercises } from "../../../content/exercises/index.ts";
import { callCompiled } from "./call.ts";
import { encodeProgram } from "./encode.ts";
import type { CFunction } from "./exercise.ts";
import { compile } from "./interpreter.ts";
import type { AsmError } from "./parse.ts";
import { assemble } from "./program.ts";

const RUNS = 1000;
const listings = exercises.flatMap((e) => [e.listing.text, ...e.sourceEdits.map((s) => s.listing.text)]);

function positionsInside(text: string, errors: readonly AsmError[]): boolean {
  const lines = text.split("\n");
  return errors.every(
    (e) => e.line >= 1 && e.line <= lines.length && e.column >= 1 && e.column <= lines[e.line - 1]!.length + 1,
  );
}

/** Inserts, deletes or replaces characters of a real listing. */
const mutatedListing = fc
  .tuple(
    fc.constantFrom(...listings),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [at, remove, insert] of edits) {
      const position = at % (out.length + 1);
      out = out.slice(0, position) + insert + out.slice(position + remove);
    }
    return out;
  });

const LINES = [
  "add eax, ecx",
  "sub rdi, 1",
  "imul eax, edi, -1030792151",
  "ror edi, 2",
  "shl rax, cl",
  "sar edx",
  "cmp edi, 18",
  "setg al",
  "cmovl eax, esi",
  "movsx rdx, DWORD PTR [rdi]",
  "add rdi, 4",
  "lea rcx, -4[rdi+rsi*4]",
  "mov DWORD PTR -8[rsp], eax",
  "mov eax, DWORD PTR -8[rsp]",
  "push rax",
  "pop rcx",
  "idiv ecx",
  "div rsi",
  "cdq",
  "cqo",
  "neg eax",
  "not rdx",
  "test dil, 3",
  "jne .L1",
  "jmp .L0",
  "jle .L2",
  "call .L2",
  "ret",
  "xor eax, eax",
  "mul rcx",
  "movzx eax, ah",
  "inc r8",
  "dec esi",
  "mov rax, QWORD PTR [rdi+rsi*8]",
  "sbb eax, eax",
  "adc rdx, 0",
];
const randomProgram = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { maxLength: 12 }), fc.array(fc.constantFrom(...LINES), { maxLength: 12 }))
  .map(([a, b]) => `f:\n.L0:\n${a.join("\n")}\n.L1:\n${b.join("\n")}\n.L2:\nret`);

const fn: CFunction = {
  name: "f",
  returns: "long",
  params: [
    { name: "a", type: "const int *" },
    { name: "n", type: "long" },
    { name: "x", type: "int" },
  ],
};

describe("properties", () => {
  it("assemble never throws on arbitrary text and places every error inside it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const result = assemble(text);
        return result.ok || positionsInside(text, result.errors);
      }),
      { numRuns: RUNS },
    );
  });

  it("assemble never throws on mutated real listings and places every error inside them", () => {
    fc.assert(
      fc.property(mutatedListing, (text) => {
        const result = assemble(text);
        if (!result.ok) return positionsInside(text, result.errors);
        encodeProgram(result.program);
        return true;
      }),
      { numRuns: RUNS },
    );
  });

  it("every assembled program runs without throwing and stops", () => {
    fc.assert(
      fc.property(
        fc.oneof(randomProgram, mutatedListing),
        fc.array(fc.integer(), { maxLength: 8 }),
        fc.integer(),
        fc.nat(),
        (text, array, x, seed) => {
          const result = assemble(text);
          if (!result.ok) return true;
          // Mutated listings keep their own function name (is_adult, sum, …): call their first label.
          const name = result.program.labels.has("f") ? "f" : ([...result.program.labels.keys()][0] ?? "f");
          const called = callCompiled(compile(result.program), { ...fn, name }, [array, array.length, x], {
            garbageSeed: seed,
            stepLimit: 5000,
          });
          expect(called.ok || called.fault.message.length > 0).toBe(true);
          return called.ok
            ? called.machine.status === "returned"
            : called.machine === null || called.machine.status === "faulted";
        },
      ),
      { numRuns: RUNS },
    );
  });
});
