/**
 * Content collections. Essays are MDX chapters; a wrong or missing frontmatter field fails the
 * build with the file and the field named (zod's error carries the path).
 */
import { glob } from "astro/loaders";
import { defineCollection } from "astro:content";
import { essaySchema } from "./content/essay-schema.ts";

const essays = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/essays" }),
  schema: essaySchema,
});

export const collections = { essays };
