/** The frontmatter every chapter must have; Astro's content layer validates each file with it. */
import { z } from "astro/zod";

export const essaySchema = z.strictObject({
  title: z.string().min(3).max(70),
  /** The link-preview text: long enough for Discourse's card, short enough for search results. */
  description: z.string().min(110).max(220),
  order: z.number().int().positive(),
  updated: z.coerce.date(),
  /** The one-paragraph summary the chapter opens with. */
  summary: z.string().min(80).max(900),
});
