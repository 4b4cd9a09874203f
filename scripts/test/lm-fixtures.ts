/**
 * The language model's shipped files, read and decoded once for the tests that measure them
 * (src/core/lm's behaviour and repairs tests, the chapter-figure test). A file that does not
 * decode stops the test file at once: every assertion after it would be about nothing.
 */
import { readFileSync } from "node:fs";
import { decodeCorpus, type Corpus } from "../../src/core/lm/corpus.ts";
import { LM_CONFIG } from "../../src/core/lm/model-spec.ts";
import type { LmParams } from "../../src/core/lm/params.ts";
import { lmWeightsFromSafetensors } from "../../src/core/lm/weights.ts";

const DATA = new URL("../../content/data/lm/", import.meta.url);

/** content/data/lm/corpus.json, decoded. */
export function shippedCorpus(): Corpus {
  const decoded = decodeCorpus(JSON.parse(readFileSync(new URL("corpus.json", DATA), "utf8")), LM_CONFIG.context);
  if (!decoded.ok) throw new Error("corpus.json does not decode");
  return decoded.value;
}

/** The bytes of content/data/lm/lm-weights.safetensors, as published. */
export function publishedLmFile(): Uint8Array {
  return new Uint8Array(readFileSync(new URL("lm-weights.safetensors", DATA)));
}

/** The published weights, parsed. */
export function publishedLmWeights(): LmParams {
  const parsed = lmWeightsFromSafetensors(publishedLmFile(), LM_CONFIG);
  if (!parsed.ok) throw new Error("lm-weights.safetensors does not parse");
  return parsed.value;
}
