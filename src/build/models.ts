/** The scorecard's models, sorted by name: shared by the page and the CSV/JSON downloads. */
import { getCollection } from "astro:content";
import type { Model } from "../components/scorecard/model-schema.ts";

export async function modelsByName(): Promise<Model[]> {
  const entries = await getCollection("models");
  return entries.map((entry) => entry.data).sort((a, b) => a.name.localeCompare(b.name, "en"));
}
