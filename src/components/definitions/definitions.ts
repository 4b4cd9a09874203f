/**
 * Schemas for the definitions compared in chapter 5 (content/definitions/definitions.json). The
 * file is read as two content collections (see src/content.config.ts): `definitions`, one entry
 * per text quoted, and `definitionsKey`, the legend and the comparison questions. Astro validates
 * both with these schemas at build time, so a missing or malformed field fails the build with the
 * entry and the field's path named.
 */
import { z } from "astro/zod";

/** The three kinds of difference the comparison highlights. */
export const MARK_KINDS = ["source", "data", "licence"] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

const text = z.string().trim().min(1);
const perKind = z.strictObject({ source: text, data: text, licence: text });

/** A run of quoted text; `mark` highlights it as one kind of difference. */
export const segmentSchema = z.strictObject({ text: z.string().min(1), mark: z.enum(MARK_KINDS).optional() });

/** One quoted passage; its segments joined give the exact text of the source. */
export const passageSchema = z.strictObject({
  /** A sub-heading inside the definition, e.g. OSAID's "Data Information". */
  label: text.optional(),
  segments: z.array(segmentSchema).min(1),
});

export const definitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id must be kebab-case"),
  /** Column heading in the comparison table. */
  short: text,
  title: text,
  author: text,
  /** Free text: a date, or a date and what became of the text. */
  date: text.optional(),
  /** The text quoted (used for the link and the blockquote's cite). */
  url: z.url({ protocol: /^https$/ }),
  passages: z.array(passageSchema).min(1),
  /** One table cell per question. */
  comparison: perKind,
});

/** The single `key` entry: what each highlight means, and the question each table row answers. */
export const definitionsKeySchema = z.strictObject({
  id: z.literal("key"),
  legend: perKind,
  questions: perKind,
});

/** The file's shape: the key's fields at the top level, then the list of definitions. */
export interface DefinitionsFile {
  legend: unknown;
  questions: unknown;
  definitions: unknown[];
}

/** For the `definitions` collection: the list, in the file's order. */
export const definitionsOf = (text: string): Record<string, unknown>[] =>
  (JSON.parse(text) as DefinitionsFile).definitions as Record<string, unknown>[];

/** For the `definitionsKey` collection: one entry holding the legend and the questions. */
export const keyOf = (text: string): Record<string, unknown>[] => {
  const { legend, questions } = JSON.parse(text) as DefinitionsFile;
  return [{ id: "key", legend, questions }];
};
