/**
 * Content collections. Essays are MDX chapters; models are the scorecard's rows. A wrong or
 * missing field fails the build with the file and the field named (zod's error carries the path).
 */
import { glob } from "astro/loaders";
import { defineCollection } from "astro:content";
import { modelSchema } from "./components/scorecard/model-schema.ts";
import { essaySchema } from "./content/essay-schema.ts";

const essays = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/essays" }),
  schema: essaySchema,
});

const models = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/models" }),
  schema: modelSchema,
});

export const collections = { essays, models };
