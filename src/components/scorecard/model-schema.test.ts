/**
 * Every scorecard row is held to its schema: a release date that says where it was shown, a source
 * link for each licence and data claim, and sources for the OSAID, MOF and EU AI Act facts a row
 * states. The committed rows are checked first, then the rules each one relies on.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modelSchema, type Model } from "./model-schema.ts";

const dir = join(process.cwd(), "content", "models");
const rows = readdirSync(dir)
  .filter((file) => file.endsWith(".json"))
  .map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, unknown> }));

const valid = modelSchema.parse(rows.find((row) => row.file === "pythia.json")?.data);
const without = (key: string, object: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));

describe("committed scorecard rows", () => {
  it.each(rows)("$file states where its release date is shown, and every claim has an https source", ({ data }) => {
    const model = modelSchema.parse(data);
    const sources = [
      model.releasedSource,
      model.weightsDownloadable.source,
      model.weightsLicence.source,
      model.trainingCode.source,
      model.trainingData.source,
      model.dataRedistributable.source,
      model.osiValidation.source,
      model.rebuildable.source,
      ...(model.mof ? [model.mof.source] : []),
      ...(model.euAiAct ? [model.euAiAct.source] : []),
    ];
    for (const source of sources) expect(new URL(source).protocol).toBe("https:");
  });

  it("includes fully open models released since early 2025", () => {
    const recent = rows
      .map((row) => modelSchema.parse(row.data))
      .filter((model: Model) => model.released >= "2025" && model.trainingData.value === "yes");
    expect(recent.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the rules a row is held to", () => {
  it("a release date needs the page that shows it", () => {
    expect(modelSchema.safeParse(without("releasedSource", valid)).success).toBe(false);
    expect(modelSchema.safeParse({ ...valid, releasedSource: "http://example.org/" }).success).toBe(false);
  });

  it("a release note is optional but short", () => {
    expect(modelSchema.safeParse(without("releasedNote", valid)).success).toBe(true);
    expect(modelSchema.safeParse({ ...valid, releasedNote: "x".repeat(141) }).success).toBe(false);
  });

  it("a licence or data claim without a source is refused", () => {
    for (const field of ["weightsLicence", "trainingData", "dataRedistributable", "osiValidation"] as const) {
      const cell = without("source", valid[field]);
      expect(modelSchema.safeParse({ ...valid, [field]: cell }).success, field).toBe(false);
    }
  });

  it("an MOF class needs a source and one of the three classes", () => {
    const mof = { value: "class-i", note: "A record says so.", source: "https://example.org/mot" };
    expect(modelSchema.safeParse({ ...valid, mof }).success).toBe(true);
    expect(modelSchema.safeParse({ ...valid, mof: without("source", mof) }).success).toBe(false);
    expect(modelSchema.safeParse({ ...valid, mof: { ...mof, value: "class-iv" } }).success).toBe(false);
  });

  it("an EU AI Act fact needs a source and nothing else unexpected", () => {
    const euAiAct = { note: "The provider says so.", source: "https://example.org/cop" };
    expect(modelSchema.safeParse({ ...valid, euAiAct }).success).toBe(true);
    expect(modelSchema.safeParse({ ...valid, euAiAct: without("source", euAiAct) }).success).toBe(false);
    expect(modelSchema.safeParse({ ...valid, euAiAct: { ...euAiAct, value: "exempt" } }).success).toBe(false);
  });
});
