/**
 * Fetches the corpus and the published weights when the reader starts (not with the page): Vite
 * emits both files as hashed assets and gives us their URLs. Both are checked with the core's
 * decoders, and the weights against the published SHA-256, before anything uses them. Each step
 * runs in a task of its own: together they would block the page for a long moment on a phone.
 */
import corpusUrl from "../../../content/data/lm/corpus.json?url";
import weightsUrl from "../../../content/data/lm/lm-weights.safetensors?url";
import { decodeCorpus, type Corpus } from "../../core/lm/corpus.ts";
import { LM_CONFIG } from "../../core/lm/model-spec.ts";
import type { LmParams } from "../../core/lm/params.ts";
import { lmWeightsFromSafetensors, lmWeightsSha256 } from "../../core/lm/weights.ts";
import { yieldToMain } from "../shared/yield.ts";

export type Loaded =
  | { ok: true; corpus: Corpus; corpusText: string; published: LmParams; file: Uint8Array }
  | { ok: false; message: string };

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

export async function loadLm(expectedSha256: string): Promise<Loaded> {
  try {
    const [corpusResponse, weightsResponse] = await Promise.all([fetchOk(corpusUrl), fetchOk(weightsUrl)]);
    const corpusText = await corpusResponse.text();
    await yieldToMain();
    let json: unknown;
    try {
      json = JSON.parse(corpusText);
    } catch {
      return { ok: false, message: "The corpus file is damaged (not JSON)." };
    }
    await yieldToMain();
    const corpus = decodeCorpus(json, LM_CONFIG.context);
    if (!corpus.ok) return { ok: false, message: `The corpus file is damaged (${corpus.problems[0]?.where}).` };
    const file = new Uint8Array(await weightsResponse.arrayBuffer());
    await yieldToMain();
    const weights = lmWeightsFromSafetensors(file, LM_CONFIG);
    if (!weights.ok) return { ok: false, message: `The weights file is damaged (${weights.problems[0]?.where}).` };
    await yieldToMain();
    if (lmWeightsSha256(weights.value) !== expectedSha256)
      return { ok: false, message: "The weights file is not the published one." };
    return { ok: true, corpus: corpus.value, corpusText, published: weights.value, file };
  } catch (error) {
    return {
      ok: false,
      message: `Could not load the corpus and weights (${error instanceof Error ? error.message : "network error"}).`,
    };
  }
}
