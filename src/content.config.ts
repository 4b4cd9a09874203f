/**
 * Content collections. Essays are MDX chapters; models are the scorecard's rows; definitions are
 * the texts chapter 5 compares; corrections are the public log of what changed. A wrong or missing
 * field fails the build with the file and the field named (zod's error carries the path).
 */
import { file, glob } from "astro/loaders";
import { defineCollection } from "astro:content";
import { definitionSchema, definitionsKeySchema, definitionsOf, keyOf } from "./components/definitions/definitions.ts";
import { modelSchema } from "./components/scorecard/model-schema.ts";
import { correctionSchema } from "./content/correction-schema.ts";
import { essaySchema } from "./content/essay-schema.ts";

const essays = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/essays" }),
  schema: essaySchema,
});

const models = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/models" }),
  schema: modelSchema,
});

const DEFINITIONS_FILE = "./content/definitions/definitions.json";

const definitions = defineCollection({
  loader: file(DEFINITIONS_FILE, { parser: definitionsOf }),
  schema: definitionSchema,
});

const definitionsKey = defineCollection({
  loader: file(DEFINITIONS_FILE, { parser: keyOf }),
  schema: definitionsKeySchema,
});

const corrections = defineCollection({
  loader: file("./content/corrections/corrections.json"),
  schema: correctionSchema,
});

export const collections = { essays, models, definitions, definitionsKey, corrections };
