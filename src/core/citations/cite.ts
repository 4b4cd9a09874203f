/**
 * "Cite this": a BibTeX entry and a plain-text citation for a chapter. Pure functions over plain
 * data, so the chapter page, the tests and any feed build the same text.
 */

/** The collective author named in LICENSE and CITATION.cff. */
export const SITE_AUTHOR = "The Preferred Form authors";

export interface CitableChapter {
  /** URL slug, e.g. "the-weights"; also the stem of the BibTeX key. */
  slug: string;
  title: string;
  order: number;
  /** Absolute URL of the chapter. */
  url: string;
  /** The chapter's "Last updated" date (a UTC calendar date). */
  updated: Date;
  siteName: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/**
 * Escapes the characters BibTeX gives a meaning to, so that a title such as "Cost & 50% {draft}"
 * reads back as written. Unicode letters and typographic quotes pass through (biber and
 * modern BibTeX read UTF-8).
 */
export function escapeBibtex(text: string): string {
  const escaped = text.replace(/[\\{}&%$#_~^]/g, (ch) => {
    switch (ch) {
      case "\\":
        return "\\textbackslash{}";
      case "~":
        return "\\textasciitilde{}";
      case "^":
        return "\\textasciicircum{}";
      default:
        return `\\${ch}`;
    }
  });
  // TeX joins "--" and "---" into dashes; an empty group between the hyphens keeps them as typed.
  return escaped.replace(/-(?=-)/g, "-{}");
}

/** "2 December 2026", in UTC so that the build machine's time zone cannot change the text. */
export function longDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
}

/** A stable key: site, slug and year, e.g. "preferredform-the-weights-2026". */
export function bibtexKey(chapter: CitableChapter): string {
  const site = chapter.siteName.toLowerCase().replace(/[^a-z0-9]/g, "");
  return `${site}-${chapter.slug}-${chapter.updated.getUTCFullYear()}`;
}

/** A @misc entry, which every BibTeX style accepts; the URL goes in both url and howpublished. */
export function bibtexEntry(chapter: CitableChapter): string {
  const year = chapter.updated.getUTCFullYear();
  const month = MONTHS[chapter.updated.getUTCMonth()] ?? "jan";
  const fields: [string, string][] = [
    ["author", `{{${escapeBibtex(SITE_AUTHOR)}}}`],
    ["title", `{{${escapeBibtex(chapter.title)}}}`],
    ["howpublished", `{\\url{${chapter.url}}}`],
    ["url", `{${chapter.url}}`],
    ["year", `{${year}}`],
    ["month", month],
    [
      "note",
      `{Chapter ${chapter.order} of \\emph{${escapeBibtex(chapter.siteName)}}, last updated ${longDate(chapter.updated)}}`,
    ],
  ];
  const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(",\n");
  return `@misc{${bibtexKey(chapter)},\n${body}\n}`;
}

/** Author. “Title.” Chapter N of Site, last updated D Month YYYY. URL */
export function plainCitation(chapter: CitableChapter): string {
  return `${SITE_AUTHOR}. “${chapter.title}.” Chapter ${chapter.order} of ${chapter.siteName}, last updated ${longDate(chapter.updated)}. ${chapter.url}`;
}
