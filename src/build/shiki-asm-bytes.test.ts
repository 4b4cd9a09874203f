/**
 * The chapter's static listing, highlighted by Shiki at build time: every byte of the machine-code
 * column gets the same (plain) class, whatever Shiki's asm grammar thinks "31" or "c0" is, and the
 * instruction after it keeps its colours.
 */
import { codeToHtml } from "shiki";
import { describe, expect, it } from "vitest";
import { classTheme, styleToClassTransformer } from "./shiki-classes.ts";

const LISTING = "is_adult:\n    31 c0       xor   eax, eax\n    83 ff 12    cmp   edi, 18\n    c3          ret\n";

describe("asm listings with a bytes column", () => {
  it("colour the whole bytes column one way and keep the instruction's colours", async () => {
    const html = await codeToHtml(LISTING, { lang: "asm", theme: classTheme, transformers: [styleToClassTransformer] });
    const lines = html.split("\n").filter((line) => line.includes('<span class="line">'));
    expect(lines[1]).toContain('<span class="tok-comment">    31 c0       </span>');
    expect(lines[2]).toContain('<span class="tok-comment">    83 ff 12    </span>');
    expect(lines[3]).toContain('<span class="tok-comment">    c3          </span>');
    expect(lines[1]).toMatch(/<span class="tok-keyword">xor<\/span>/);
    expect(lines[2]).toMatch(/<span class="tok-keyword">cmp<\/span>/);
    // Nothing lost or duplicated: the text is the listing.
    const text = html.replace(/<[^>]+>/g, "").replace(/&#x3C;/g, "<");
    expect(text.trimEnd()).toBe(LISTING.trimEnd());
  });

  it("leave a listing without bytes as Shiki coloured it", async () => {
    const plain = "urem100:\n    mov   eax, edi\n    ret\n";
    const html = await codeToHtml(plain, { lang: "asm", theme: classTheme, transformers: [styleToClassTransformer] });
    expect(html).not.toContain("tok-comment");
  });
});
