/**
 * The site's two self-hosted faces: Source Serif 4 for prose (a text face drawn for long reading,
 * with an italic) and JetBrains Mono for code. Each ships as a woff2 subset to the characters the
 * built site uses (see subset.ts), so a chapter loads tens of kilobytes of font, not hundreds.
 * The CSS that names these files is in src/styles/fonts.css; a unit test keeps the two in step.
 */
export interface FontFace {
  /** The file served at /fonts/<file>. */
  file: string;
  family: string;
  style: "normal" | "italic";
  /** A weight range keeps the variable axis; one number pins an instance (a smaller file). */
  weight: number | readonly [number, number];
  /** The full latin file in node_modules that the subset is cut from. */
  source: string;
  /** The licence that ships beside the font in /fonts/. */
  licence: string;
  /** OpenType features to keep; all when absent. */
  features?: readonly string[];
}

const SERIF = "node_modules/@fontsource-variable/source-serif-4";
/**
 * The prose face's features the site uses: the defaults browsers apply (kerning, standard
 * ligatures, localised forms) and the figure styles the CSS asks for (font-variant-numeric:
 * oldstyle, lining, proportional and tabular; this package's files have no onum or lnum, so those
 * ask for nothing today). Fractions, numerators and denominators go: no CSS asks for
 * diagonal-fractions, and their glyphs were 7% of each serif file (1.7 KB of the roman, 1 KB of the italic).
 */
const SERIF_FEATURES = ["kern", "liga", "locl", "ccmp", "mark", "mkmk", "onum", "lnum", "pnum", "tnum"] as const;
const MONO = "node_modules/@fontsource-variable/jetbrains-mono";

export const FONT_FACES: readonly FontFace[] = [
  {
    file: "source-serif-4-roman.woff2",
    family: "Source Serif 4",
    style: "normal",
    weight: [400, 700],
    source: `${SERIF}/files/source-serif-4-latin-wght-normal.woff2`,
    licence: `${SERIF}/LICENSE`,
    features: SERIF_FEATURES,
  },
  {
    // Italics are for emphasis and titles in running text: one weight (bold italic is rare enough
    // to leave to the browser), half the bytes of the variable file.
    file: "source-serif-4-italic.woff2",
    family: "Source Serif 4",
    style: "italic",
    weight: 400,
    source: `${SERIF}/files/source-serif-4-latin-wght-italic.woff2`,
    licence: `${SERIF}/LICENSE`,
    features: SERIF_FEATURES,
  },
  {
    // Code is set at one weight; pinning the axis takes the file from 24 KB to 16 KB.
    file: "jetbrains-mono.woff2",
    family: "JetBrains Mono",
    style: "normal",
    weight: 400,
    source: `${MONO}/files/jetbrains-mono-latin-wght-normal.woff2`,
    licence: `${MONO}/LICENSE`,
    // No contextual alternates or ligatures: code must show ">=" as typed, never as "≥", in the
    // chapters and in every widget's editor alike.
    features: ["kern", "mark", "mkmk", "ccmp", "locl"],
  },
];

/**
 * The faces every page preloads, so text paints in them from the first frame: the prose face and
 * its italic. The italic has no metric-matched fallback of its own (the fallback is tuned to the
 * roman), so a chapter's italic deck set in the fallback wrapped onto one more line at 320 px and
 * moved the page when the italic arrived.
 */
export const PRELOADED_FONTS = ["/fonts/source-serif-4-roman.woff2", "/fonts/source-serif-4-italic.woff2"];
