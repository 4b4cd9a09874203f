/**
 * The fallback faces in fonts.css are metric-matched to the web fonts: recomputed here from the
 * font files themselves (the shipped woff2 sources and Liberation Serif/Mono, which are metric
 * twins of Times New Roman and Courier New) on a paragraph of a chapter, they must equal the CSS.
 */
import { existsSync, readFileSync } from "node:fs";
import { create, type Font } from "fontkitten";
import { describe, expect, it } from "vitest";
import { FONT_FACES } from "./faces.ts";
import { fallbackOverrides, type FaceMetrics } from "./fallback-metrics.ts";

const css = readFileSync("src/styles/fonts.css", "utf8");
const sample = readFileSync("content/essays/the-assembly-listing.mdx", "utf8")
  .split("\n")
  .filter((line) => /^[A-Z]/.test(line))
  .slice(0, 4)
  .join(" ")
  .replace(/[^ -~]/g, "");

function metricsOf(path: string): FaceMetrics {
  const font = create(readFileSync(path)) as Font;
  return {
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    lineGap: font.lineGap,
    advance: (char) => font.glyphForCodePoint(char.codePointAt(0) ?? 32).advanceWidth,
  };
}

function declaredOverrides(family: string): Record<string, string> {
  const block = new RegExp(`@font-face\\s*{[^}]*font-family:\\s*"${family}"[^}]*}`).exec(css)?.[0] ?? "";
  const entries = [...block.matchAll(/([a-z-]+):\s*([^;]+);/g)].map((m): [string, string] => [
    m[1] ?? "",
    (m[2] ?? "").trim(),
  ]);
  return Object.fromEntries(entries);
}

const LIBERATION = "/usr/share/fonts/truetype/liberation";
const cases = [
  {
    fallback: "Source Serif 4 fallback",
    web: FONT_FACES[0]?.source ?? "",
    local: `${LIBERATION}/LiberationSerif-Regular.ttf`,
  },
  {
    fallback: "JetBrains Mono fallback",
    web: FONT_FACES[2]?.source ?? "",
    local: `${LIBERATION}/LiberationMono-Regular.ttf`,
  },
];

describe.skipIf(!existsSync(LIBERATION))("metric-matched fallback fonts", () => {
  it("uses a real paragraph as the sample", () => expect(sample.length).toBeGreaterThan(300));
  for (const { fallback, web, local } of cases) {
    it(`${fallback} matches the web font's width and line box`, () => {
      const expected = fallbackOverrides(metricsOf(web), metricsOf(local), sample);
      const declared = declaredOverrides(fallback);
      expect(declared["size-adjust"]).toBe(`${expected.sizeAdjust}%`);
      expect(declared["ascent-override"]).toBe(`${expected.ascentOverride}%`);
      expect(declared["descent-override"]).toBe(`${expected.descentOverride}%`);
      expect(declared["line-gap-override"]).toBe(`${expected.lineGapOverride}%`);
    });
  }
});

describe("the @font-face rules", () => {
  for (const face of FONT_FACES) {
    it(`name /fonts/${face.file} with its family, style and weight`, () => {
      const block = new RegExp(`@font-face\\s*{[^}]*url\\("/fonts/${face.file.replace(".", "\\.")}"\\)[^}]*}`).exec(
        css,
      )?.[0];
      expect(block).toContain(`font-family: "${face.family}"`);
      expect(block).toContain(`font-style: ${face.style}`);
      expect(block).toContain(`font-weight: ${typeof face.weight === "number" ? face.weight : face.weight.join(" ")}`);
    });
  }
});
