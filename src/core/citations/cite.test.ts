import { parse } from "@retorquere/bibtex-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bibtexEntry, bibtexKey, plainCitation, SITE_AUTHOR, type CitableChapter } from "./cite.ts";

const chapter: CitableChapter = {
  slug: "the-weights",
  title: "The weights",
  order: 3,
  url: "https://preferred-form.org/the-weights/",
  updated: new Date("2026-12-02T00:00:00Z"),
  siteName: "Preferred Form",
};

/** The oracle: a BibTeX parser we did not write (the one Better BibTeX uses). */
function readBack(bibtex: string) {
  // Titles as written: the parser would otherwise sentence-case English titles, as Zotero does.
  const result = parse(bibtex, { sentenceCase: false, english: false });
  expect(result.errors).toEqual([]);
  expect(result.entries).toHaveLength(1);
  const [entry] = result.entries;
  if (!entry) throw new Error("no entry");
  return entry;
}

describe("bibtexEntry", () => {
  it("reads back as a @misc entry with the chapter's title, author, URL and date", () => {
    const entry = readBack(bibtexEntry(chapter));
    expect(entry.type).toBe("misc");
    expect(entry.key).toBe("preferredform-the-weights-2026");
    expect(entry.fields.title).toBe("The weights");
    expect(entry.fields.author).toEqual([{ name: SITE_AUTHOR }]);
    expect(entry.fields.url).toBe(chapter.url);
    expect(entry.fields.year).toBe("2026");
    expect(entry.fields.month).toBe("12");
    expect(entry.fields.note).toContain("Chapter 3 of");
    expect(entry.fields.note).toContain("last updated 2 December 2026");
  });

  it("keeps any title intact through BibTeX's special characters", () => {
    fc.assert(
      fc.property(
        fc
          .stringMatching(/^[A-Za-z0-9 “”’&%$#_{}~^\\.,:;!?()-]{1,60}$/)
          .filter((t) => t.trim() === t && t !== "" && !t.includes("  ")), // TeX folds runs of spaces,
        (title) => {
          const entry = readBack(bibtexEntry({ ...chapter, title }));
          expect(entry.fields.title).toBe(title);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("uses the UTC date, whatever the build machine's time zone", () => {
    const saved = process.env["TZ"];
    process.env["TZ"] = "Pacific/Kiritimati"; // UTC+14: local time is already 1 January 2027
    try {
      const late = { ...chapter, updated: new Date("2026-12-31T23:30:00Z") };
      expect(new Date("2026-12-31T23:30:00Z").getFullYear()).toBe(2027); // the zone took effect
      expect(readBack(bibtexEntry(late)).fields.year).toBe("2026");
      expect(bibtexKey(late)).toBe("preferredform-the-weights-2026");
      expect(plainCitation(late)).toContain("31 December 2026");
    } finally {
      if (saved === undefined) delete process.env["TZ"];
      else process.env["TZ"] = saved;
    }
  });
});

describe("plainCitation", () => {
  it("names the author, the chapter in quotes, its place in the book, the date and the URL", () => {
    expect(plainCitation(chapter)).toBe(
      "The Preferred Form authors. “The weights.” Chapter 3 of Preferred Form, last updated 2 December 2026. https://preferred-form.org/the-weights/",
    );
  });
});
