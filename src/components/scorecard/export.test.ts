import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { COLUMNS, csvField, toCsv, toJson } from "./export.ts";
import { modelSchema, type Model } from "./model-schema.ts";

const MODELS_DIR = join(process.cwd(), "content", "models");
const files = readdirSync(MODELS_DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();
const raw: { file: string; data: unknown }[] = files.map((file) => ({
  file,
  data: JSON.parse(readFileSync(join(MODELS_DIR, file), "utf8")) as unknown,
}));
/** The files that validate; the per-file test above reports the ones that do not. */
const valid = (): Model[] =>
  raw.flatMap((r) => {
    const parsed = modelSchema.safeParse(r.data);
    return parsed.success ? [parsed.data] : [];
  });

/**
 * The oracle is csv-parse, a maintained RFC 4180 parser, held to the RFC: records end in CRLF
 * (§2.1; a bare LF inside a record is data only when the field is quoted), quotes are escaped by
 * doubling (§2.7), every record has the header's field count (§2.4), and nothing is relaxed.
 */
function parseCsv(text: string): string[][] {
  return parse(text, {
    record_delimiter: "\r\n",
    relax_column_count: false,
    relax_quotes: false,
    skip_empty_lines: false,
  });
}

/** Rebuild a Model from a parsed CSV row, using the dotted column names. */
function fromRow(header: string[], cells: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const text = cells[i] ?? "";
    if (text === "") return; // optional field left empty
    const value: unknown = name === "weightsLicence.osiApproved" ? text === "true" : text;
    const [head, tail] = name.split(".") as [string, string | undefined];
    if (tail === undefined) out[head] = value;
    else ((out[head] ??= {}) as Record<string, unknown>)[tail] = value;
  });
  return out;
}

describe("committed model files", () => {
  it("there are at least 13", () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  it.each(raw)("$file validates against the schema and matches its file name", ({ file, data }) => {
    const result = modelSchema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.id).toBe(file.replace(/\.json$/, ""));
  });

  it("ids are unique", () => {
    const ids = raw.map((r) => (r.data as Model).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("schema", () => {
  const base = valid()[0] as Model;

  it("rejects unknown fields, top-level and nested", () => {
    expect(modelSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
    expect(modelSchema.safeParse({ ...base, trainingData: { ...base.trainingData, extra: 1 } }).success).toBe(false);
  });

  it("rejects non-https sources, long notes and values outside the enums", () => {
    expect(
      modelSchema.safeParse({ ...base, trainingData: { ...base.trainingData, source: "http://example.org/" } }).success,
    ).toBe(false);
    expect(
      modelSchema.safeParse({ ...base, trainingData: { ...base.trainingData, note: "x".repeat(141) } }).success,
    ).toBe(false);
    expect(modelSchema.safeParse({ ...base, trainingData: { ...base.trainingData, value: "maybe" } }).success).toBe(
      false,
    );
  });

  it("requires an OSI approval source when a licence is marked OSI-approved", () => {
    const { osiApprovalSource: _dropped, ...licence } = base.weightsLicence;
    expect(modelSchema.safeParse({ ...base, weightsLicence: { ...licence, osiApproved: true } }).success).toBe(false);
    expect(modelSchema.safeParse({ ...base, weightsLicence: { ...licence, osiApproved: false } }).success).toBe(true);
  });
});

describe("toCsv", () => {
  const models = valid();

  it("round-trips every field of every committed model", () => {
    const rows = parseCsv(toCsv(models));
    const [header, ...body] = rows;
    expect(header).toEqual(COLUMNS.map((c) => c.name));
    expect(body).toHaveLength(models.length);
    body.forEach((cells, i) => {
      const model = models[i] as Model;
      expect(cells).toHaveLength(COLUMNS.length);
      expect(fromRow(header as string[], cells)).toEqual(model);
    });
  });

  it("covers every schema field exactly once", () => {
    const names = COLUMNS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const leaves = (obj: Record<string, unknown>, prefix = ""): string[] =>
      Object.entries(obj).flatMap(([k, v]) =>
        v !== null && typeof v === "object"
          ? leaves(v as Record<string, unknown>, `${prefix}${k}.`)
          : [`${prefix}${k}`],
      );
    for (const m of models) for (const leaf of leaves(m)) expect(names).toContain(leaf);
  });

  it("quotes commas, quotes and line breaks per RFC 4180", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\r\nbreak")).toBe('"line\r\nbreak"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(undefined)).toBe("");
    const base = models[0] as Model;
    const tricky: Model = {
      ...base,
      name: 'He said "hi", twice',
      trainingData: { ...base.trainingData, note: "one\ntwo,\r\nthree" },
    };
    const [header, row] = parseCsv(toCsv([tricky]));
    expect(fromRow(header as string[], row as string[])).toEqual(tricky);
  });
});

describe("toJson", () => {
  const models = valid();

  it("parses back to the same models", () => {
    expect(JSON.parse(toJson(models))).toEqual(models);
  });

  it("uses a stable key order and 2-space indent", () => {
    const shuffled = models.map((m) => Object.fromEntries(Object.entries(m).reverse()) as Model);
    expect(toJson(shuffled)).toBe(toJson(models));
    const out = toJson(models);
    expect(out.startsWith('[\n  {\n    "id": ')).toBe(true);
    expect(out.endsWith("]\n")).toBe(true);
  });

  it("matches the committed files byte for byte (they are written in schema order)", () => {
    for (const { file } of raw) {
      const text = readFileSync(join(MODELS_DIR, file), "utf8");
      const model = modelSchema.parse(JSON.parse(text));
      const single = toJson([model]);
      const [first] = JSON.parse(single) as unknown[];
      const reindented = JSON.stringify(first, null, 2) + "\n";
      expect(reindented).toBe(text);
    }
  });
});
