/**
 * Metric overrides for a fallback face, so text set in the fallback while the web font loads takes
 * the same room as the web font (no reflow when it swaps in, CLS 0). size-adjust scales the
 * fallback so that a sample of real prose has the same width in both; the ascent and descent
 * overrides then place the line box as the web font does (they are in units of the adjusted size).
 */
export interface FaceMetrics {
  unitsPerEm: number;
  ascent: number;
  /** Negative, as fonts store it. */
  descent: number;
  lineGap: number;
  /** Advance width of each character of the sample, in font units. */
  advance: (char: string) => number;
}

export interface FallbackOverrides {
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}

const widthPerEm = (face: FaceMetrics, sample: string): number =>
  [...sample].reduce((sum, char) => sum + face.advance(char), 0) / face.unitsPerEm;

/** Percentages, rounded to two decimals as they are written in the CSS. */
export function fallbackOverrides(web: FaceMetrics, fallback: FaceMetrics, sample: string): FallbackOverrides {
  const scale = widthPerEm(web, sample) / widthPerEm(fallback, sample);
  const percent = (value: number): number => Math.round(value * 10_000) / 100;
  return {
    sizeAdjust: percent(scale),
    ascentOverride: percent(web.ascent / web.unitsPerEm / scale),
    descentOverride: percent(-web.descent / web.unitsPerEm / scale),
    lineGapOverride: percent(web.lineGap / web.unitsPerEm / scale),
  };
}
