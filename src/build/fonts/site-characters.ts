/**
 * The characters a built site can show: every character of its HTML, CSS and JavaScript, with
 * JavaScript's \uXXXX and \u{X} escapes decoded (esbuild writes non-ASCII text that way), plus
 * all of printable ASCII, because readers type into the widgets. Sorted, so the subset (and so
 * the build) does not depend on the order files are read in.
 */
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");

export function decodeEscapes(text: string): string {
  return text
    .replace(/\\u\{([0-9a-fA-F]{1,6})\}/g, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

export function siteCharacters(texts: Iterable<string>): string {
  const seen = new Set<string>(PRINTABLE_ASCII);
  for (const text of texts) for (const char of decodeEscapes(text)) if (char >= " ") seen.add(char);
  return [...seen].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join("");
}
