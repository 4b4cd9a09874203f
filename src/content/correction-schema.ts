/**
 * One entry of the public "Corrections and updates" log (content/corrections/corrections.json):
 * when, which chapter or scorecard row, what it said before, what it says now, and the source that
 * settled it. Astro's content layer validates each entry with this schema at build time.
 */
import { z } from "astro/zod";

export const correctionSchema = z.strictObject({
  /** A stable anchor, e.g. "2026-12-02-thompson". */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, "id must be the date, then kebab-case"),
  date: z.coerce.date(),
  kind: z.enum(["correction", "update"]),
  /** A chapter slug, or "scorecard". */
  where: z.string().regex(/^[a-z0-9-]+$/),
  before: z.string().min(3).max(400),
  now: z.string().min(3).max(600),
  source: z.url({ protocol: /^https$/ }),
});

