/**
 * The corrections log: every entry valid, ids unique, each naming a chapter that exists (or the
 * scorecard), and no entry dated after the chapter's own "Last updated" date, which links to it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { correctionSchema } from "../src/content/correction-schema.ts";

const entries = (JSON.parse(readFileSync(join("content", "corrections", "corrections.json"), "utf8")) as unknown[]).map(
  (raw) => correctionSchema.parse(raw),
);
const updated = new Map(
  readdirSync(join("content", "essays"))
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const frontmatter = readFileSync(join("content", "essays", name), "utf8").split(/^---$/m)[1] ?? "";
      const data = parse(frontmatter) as { updated: string | Date };
      return [name.replace(/\.mdx$/, ""), new Date(data.updated)] as const;
    }),
);

describe("corrections log", () => {
  it("has unique ids", () => {
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it.each(entries)("$id names a chapter that exists, or the scorecard", (entry) => {
    expect(entry.where === "scorecard" || updated.has(entry.where)).toBe(true);
  });

  it.each(entries.filter((entry) => entry.where !== "scorecard"))(
    "$id is not dated after its chapter's Last updated date",
    (entry) => {
      const chapterDate = updated.get(entry.where);
      expect(chapterDate && entry.date.getTime() <= chapterDate.getTime()).toBe(true);
    },
  );
});
