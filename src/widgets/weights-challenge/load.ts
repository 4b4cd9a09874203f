/**
 * Fetches the digits data and the published weights when the widget hydrates (not with the
 * page): Vite emits both files as hashed assets and gives us their URLs. Both are checked with
 * the core's decoders, and the weights against the published SHA-256, before anything uses them.
 */
import digitsUrl from "../../../content/data/digits.json?url";
import weightsUrl from "../../../content/data/published-weights.safetensors?url";
import { decodeDigits, testPredictions, weightsFromSafetensors, weightsSha256, type MlpParams } from "./core.ts";
import type { ChallengeData } from "./rows.ts";
import { yieldToMain } from "../shared/yield.ts";

export type Loaded =
  { ok: true; data: ChallengeData; published: MlpParams; publishedSha256: string } | { ok: false; message: string };

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

export async function loadChallenge(expectedSha256: string): Promise<Loaded> {
  try {
    const [digitsResponse, weightsResponse] = await Promise.all([fetchOk(digitsUrl), fetchOk(weightsUrl)]);
    const digits = decodeDigits(await digitsResponse.json());
    if (!digits.ok) return { ok: false, message: `The digits data is damaged (${digits.problems[0]?.where}).` };
    // Decoding runs cold (not yet optimised by the engine): give input a turn between the steps.
    await yieldToMain();
    const weights = weightsFromSafetensors(new Uint8Array(await weightsResponse.arrayBuffer()));
    if (!weights.ok) return { ok: false, message: `The weights file is damaged (${weights.problems[0]?.message}).` };
    const sha = weightsSha256(weights.value);
    if (sha !== expectedSha256) return { ok: false, message: "The weights file is not the published one." };
    const data = { ...digits.value, reference: testPredictions(weights.value, digits.value) };
    return { ok: true, data, published: weights.value, publishedSha256: sha };
  } catch (error) {
    return {
      ok: false,
      message: `Could not load the data and weights (${error instanceof Error ? error.message : "network error"}).`,
    };
  }
}
