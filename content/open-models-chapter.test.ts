/**
 * Chapter 8 reads the scorecard's "Data redistributable" column for the models it discusses. The
 * oracle is the scorecard itself: each model's record in content/models/ and the label the
 * scorecard's column shows for it, so a record that changes makes the chapter's sentence fail.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLUMNS } from "../src/components/scorecard/columns.ts";
import { modelSchema, type Model } from "../src/components/scorecard/model-schema.ts";
import { chapterSays, listed } from "./chapter-prose.ts";

const model = (id: string): Model =>
  modelSchema.parse(JSON.parse(readFileSync(new URL(`models/${id}.json`, import.meta.url), "utf8")));

/** The chapter's models by the names it uses, in the order its sentence lists them. */
const CHAPTER_MODELS: [string, string][] = [
  ["Pythia", "pythia"],
  ["OLMo 2", "olmo-2"],
  ["Amber", "amber"],
  ["BLOOM", "bloom"],
  ["Olmo 3", "olmo-3"],
  ["Comma", "comma-v0-1"],
];

describe("chapter 8's reading of the scorecard", () => {
  it("names, for each label of the Data redistributable column, the chapter's models that carry it", () => {
    const column = COLUMNS.find((c) => c.key === "dataRedistributable");
    expect(column).toBeDefined();
    const byLabel = new Map<string, string[]>();
    for (const [name, id] of CHAPTER_MODELS) {
      const label = column!.cell(model(id)).label;
      byLabel.set(label, [...(byLabel.get(label) ?? []), name]);
    }
    // Comma is the chapter's one model whose data may be passed on as it stands.
    expect(byLabel.get("Yes")).toEqual(["Comma"]);
    const partly = byLabel.get("Partly") ?? [];
    const unknown = byLabel.get("Unknown") ?? [];
    expect(partly.length + unknown.length + 1).toBe(CHAPTER_MODELS.length);
    chapterSays("open-source-ai-that-exists")(
      `the scorecard’s “${column!.label}” column says “Partly” for ${listed(partly)}, and “Unknown” for ${listed(unknown)}. Comma, trained only on openly licensed and public-domain text, comes closest`,
    );
  });
});
