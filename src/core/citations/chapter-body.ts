/**
 * The reading length of a chapter: the words of its body as a reader meets them on the page.
 * The body is the MDX text after the frontmatter, without imports, widget and component tags,
 * footnote definitions (the source list), footnote markers, fenced code, link targets and
 * Markdown syntax. Chapters are kept short enough to read in about eight minutes, so the tests
 * hold every body to a word limit (MAX_BODY_WORDS).
 */

/** About eight minutes at a reading speed of 225 words a minute. */
export const MAX_BODY_WORDS = 1800;

const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/;
const COMPONENT_LINE = /^\s*<\/?[A-Z][\w.]*(\s[^>]*)?\/?>\s*$/;
const IMPORT_OR_EXPORT = /^(import|export)\s/;
const FENCE = /^\s*(```|~~~)/;

/** The prose of a chapter body, one string, with markup removed (see the module comment). */
export function chapterBody(mdx: string): string {
  const lines = mdx.split(/\r?\n/);
  let index = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
    index = end === -1 ? lines.length : end + 1;
  }
  const kept: string[] = [];
  let inFence = false;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || FOOTNOTE_DEFINITION.test(line) || COMPONENT_LINE.test(line) || IMPORT_OR_EXPORT.test(line)) continue;
    kept.push(
      line
        .replace(/\[\^[^\]\s]+\]/g, " ") // footnote markers
        .replace(/\]\([^)\s]*\)/g, "]") // link targets: the reader sees only the link text
        .replace(/<[^>]+>/g, " ") // inline HTML or JSX tags
        .replace(/^\s*#{1,6}\s+/, "") // heading marks
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, "") // list markers
        .replace(/[*_`[\]]/g, ""), // emphasis, code and link brackets
    );
  }
  return kept.join("\n");
}

/** Whitespace-separated tokens that contain at least one letter or digit (a lone dash is not a word). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}
