import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "./asm-tokens.ts";

const kinds = (line: string) =>
  tokenize(line)
    .map((t) => `${t.kind}:${t.text.trim()}`)
    .filter((s) => !s.startsWith("plain:"));

describe("listing colours", () => {
  it("names each part of gcc's lines", () => {
    expect(kinds("        cmp     edi, 18")).toEqual(["mnemonic:cmp", "register:edi", "number:18"]);
    expect(kinds(".L1:")).toEqual(["label:.L1:"]);
    expect(kinds("        .globl  is_adult")).toEqual(["directive:.globl", "label:is_adult"]);
    expect(kinds("        mov     eax, DWORD PTR [rdi+r9*4]")).toEqual([
      "mnemonic:mov",
      "register:eax",
      "keyword:DWORD",
      "keyword:PTR",
      "register:rdi",
      "register:r9",
      "number:4",
    ]);
    expect(kinds("        imul    eax, edi, -1030792151 # magic")).toEqual([
      "mnemonic:imul",
      "register:eax",
      "register:edi",
      "number:-1030792151",
      "comment:# magic",
    ]);
  });

  it("keeps every character of any line, in order", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (line) => {
        expect(
          tokenize(line)
            .map((t) => t.text)
            .join(""),
        ).toBe(line);
      }),
      { numRuns: 2000 },
    );
  });
});
