/**
 * The definitions compared in chapter 5, read from content/definitions/definitions.json.
 * The JSON is authored by hand, so it is checked here at build time: a missing or malformed field
 * fails the build with an error naming the entry and the field, instead of rendering a gap.
 */

/** The three kinds of difference the comparison highlights. */
export type MarkKind = "source" | "data" | "licence";

export const MARK_KINDS: readonly MarkKind[] = ["source", "data", "licence"];

/** A run of quoted text; `mark` highlights it as one kind of difference. */
export interface Segment {
  text: string;
  mark?: MarkKind;
}

/** One quoted passage; its segments joined give the exact text of the source. */
export interface Passage {
  /** A sub-heading inside the definition, e.g. OSAID's "Data Information". */
  label?: string;
  segments: Segment[];
}

export interface Definition {
  id: string;
  /** Column heading in the comparison table. */
  short: string;
  title: string;
  author: string;
  /** Free text: a date, or a date and what became of the text. */
  date?: string;
  /** https URL of the text quoted (used for the link and the blockquote's cite). */
  url: string;
  passages: Passage[];
  /** One table cell per question. */
  comparison: Record<MarkKind, string>;
}

export interface DefinitionsData {
  legend: Record<MarkKind, string>;
  questions: Record<MarkKind, string>;
  definitions: Definition[];
}

function fail(where: string, message: string): never {
  throw new Error(`content/definitions/definitions.json: ${where}: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(record: Record<string, unknown>, field: string, where: string): string {
  const value = record[field];
  if (typeof value !== "string" || value.trim() === "") fail(where, `missing or empty field "${field}"`);
  return value;
}

function optionalText(record: Record<string, unknown>, field: string, where: string): string | undefined {
  if (record[field] === undefined) return undefined;
  return text(record, field, where);
}

function perKind(value: unknown, where: string): Record<MarkKind, string> {
  if (!isRecord(value)) fail(where, "must be an object with one entry per highlight kind");
  const [source, data, licence] = MARK_KINDS.map((kind) => text(value, kind, where));
  return { source: source ?? "", data: data ?? "", licence: licence ?? "" };
}

function segment(value: unknown, where: string): Segment {
  if (!isRecord(value)) fail(where, "a segment must be an object");
  const result: Segment = { text: text(value, "text", where) };
  if (value["mark"] !== undefined) {
    const mark = value["mark"];
    if (!MARK_KINDS.includes(mark as MarkKind))
      fail(where, `unknown mark ${JSON.stringify(mark)} (use ${MARK_KINDS.join(", ")})`);
    result.mark = mark as MarkKind;
  }
  return result;
}

function passage(value: unknown, where: string): Passage {
  if (!isRecord(value)) fail(where, "a passage must be an object");
  const segments = value["segments"];
  if (!Array.isArray(segments) || segments.length === 0) fail(where, `missing field "segments"`);
  const result: Passage = { segments: segments.map((item, i) => segment(item, `${where}, segment ${i + 1}`)) };
  const label = optionalText(value, "label", where);
  if (label !== undefined) result.label = label;
  return result;
}

function definition(value: unknown, index: number): Definition {
  if (!isRecord(value)) fail(`definition ${index + 1}`, "must be an object");
  const where =
    typeof value["id"] === "string" && value["id"] !== "" ? `definition "${value["id"]}"` : `definition ${index + 1}`;
  const url = text(value, "url", where);
  if (!/^https:\/\/[^\s/]+\.[^\s/]+/.test(url)) fail(where, `"url" must be an https URL, got "${url}"`);
  const passages = value["passages"];
  if (!Array.isArray(passages) || passages.length === 0) fail(where, `missing field "passages"`);
  const result: Definition = {
    id: text(value, "id", where),
    short: text(value, "short", where),
    title: text(value, "title", where),
    author: text(value, "author", where),
    url,
    passages: passages.map((item, i) => passage(item, `${where}, passage ${i + 1}`)),
    comparison: perKind(value["comparison"], `${where}, field "comparison"`),
  };
  const date = optionalText(value, "date", where);
  if (date !== undefined) result.date = date;
  return result;
}

/** Checks the parsed JSON and returns it typed; throws an Error naming the entry at fault. */
export function validateDefinitions(raw: unknown): DefinitionsData {
  if (!isRecord(raw)) fail("top level", "must be an object");
  const list = raw["definitions"];
  if (!Array.isArray(list) || list.length === 0) fail("top level", `missing field "definitions"`);
  const definitions = list.map((item, index) => definition(item, index));
  const seen = new Set<string>();
  for (const entry of definitions) {
    if (seen.has(entry.id)) fail(`definition "${entry.id}"`, "duplicate id");
    seen.add(entry.id);
  }
  return {
    legend: perKind(raw["legend"], `field "legend"`),
    questions: perKind(raw["questions"], `field "questions"`),
    definitions,
  };
}
