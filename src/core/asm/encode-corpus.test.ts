/**
 * The encoder against GNU as on the corpus of fixtures/encodings.json: every supported mnemonic
 * and operand form as a single instruction, and branch programs around the rel8 limit (relaxation).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SYMBOL_DATA, type EncodingFixture } from "../../../scripts/listings/encoding-corpus.ts";
import { encodeProgram, toHex } from "./encode.ts";
import { supportedMnemonics } from "./isa.ts";
import { assemble } from "./program.ts";

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "encodings.json"), "utf8"),
) as EncodingFixture;

function encodeOne(text: string): string {
  const assembled = assemble(text);
  if (!assembled.ok) return `error: ${assembled.errors[0]!.message}`;
  const encoded = encodeProgram(assembled.program);
  return encoded.ok ? toHex(encoded.instructions[0]!.bytes) : `error: ${encoded.errors[0]!.message}`;
}

describe("encoder equals GNU as on the instruction corpus", () => {
  it(`encodes all ${fixture.instructions.length} corpus instructions as as did`, () => {
    const wrong = fixture.instructions
      .map(([text, bytes]) => ({ text, expected: bytes, actual: encodeOne(text) }))
      .filter((r) => r.actual !== r.expected);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it(`encodes the ${fixture.symbolInstructions.length} instructions that name symbols as as did (relocations as zeros)`, () => {
    const wrong = fixture.symbolInstructions
      .map(([text, bytes]) => {
        const assembled = assemble(`${SYMBOL_DATA}${text}\n`);
        if (!assembled.ok) return { text, expected: bytes, actual: `error: ${assembled.errors[0]!.message}` };
        const encoded = encodeProgram(assembled.program);
        const actual = encoded.ok ? toHex(encoded.instructions[0]!.bytes) : `error: ${encoded.errors[0]!.message}`;
        return { text, expected: bytes, actual };
      })
      .filter((r) => r.actual !== r.expected);
    expect(wrong).toEqual([]);
  });

  it("encodes full-width 64-bit immediates, including those at and above 2^63, as as did", () => {
    const wide = fixture.instructions.filter(([text]) =>
      /^(mov|movabs) \w+, (0x[0-9a-f]{9,}|-?\d{16,}|-0x8)/.test(text),
    );
    expect(wide.length).toBeGreaterThanOrEqual(20);
    expect(wide.filter(([text, bytes]) => encodeOne(text) !== bytes)).toEqual([]);
  });

  it("the corpus covers every supported mnemonic", () => {
    const programLines = fixture.programs.flatMap((p) => p.source.split("\n"));
    const used = new Set(
      [...fixture.instructions.map(([text]) => text), ...programLines].map((text) => /^(rep )?\S*/.exec(text)![0]),
    );
    expect(supportedMnemonics().filter((m) => !used.has(m))).toEqual([]);
  });

  it.each(fixture.programs.map((p, i) => [i, p] as const))("branch program %i relaxes as as does", (_, program) => {
    const assembled = assemble(program.source);
    if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
    const encoded = encodeProgram(assembled.program);
    if (!encoded.ok) throw new Error(JSON.stringify(encoded.errors));
    const actual = encoded.instructions.map((i): [number, number, string] => [i.line, i.address, toHex(i.bytes)]);
    expect(actual).toEqual(program.lines);
  });
});
