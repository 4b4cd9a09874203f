/**
 * Fetches the digits data and the published weights when the widget hydrates, not with the page:
 * Vite emits both files as hashed assets and gives us their URLs. They stay raw (text and bytes)
 * on the main thread; the worker (or the fallback) decodes and checks them.
 */
import digitsUrl from "../../../content/data/digits.json?url";
import weightsUrl from "../../../content/data/published-weights.safetensors?url";
import type { Inputs } from "./pipeline.ts";

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

export async function loadInputs(): Promise<Inputs> {
  const [digits, weights] = await Promise.all([fetchOk(digitsUrl), fetchOk(weightsUrl)]);
  return { digitsText: await digits.text(), weightsBytes: new Uint8Array(await weights.arrayBuffer()) };
}
