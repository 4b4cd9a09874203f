/**
 * Pure exporters for the scorecard: CSV (RFC 4180) and JSON with a stable key order.
 * No DOM, no I/O: callers decide where the text goes (a download link, a build artefact, a test).
 */
import type { Model } from "./model-schema.ts";

type Cell = string | boolean | undefined;

/** One flat CSV column: a dotted path into a Model and a getter for it. */
export interface Column {
  readonly name: string;
  readonly get: (m: Model) => Cell;
}

const cellColumns = (
  field: "weightsDownloadable" | "trainingCode" | "trainingData" | "dataRedistributable",
): Column[] => [
  { name: `${field}.value`, get: (m) => m[field].value },
  { name: `${field}.note`, get: (m) => m[field].note },
  { name: `${field}.source`, get: (m) => m[field].source },
];

/** The CSV columns, in order. Every field of the schema appears exactly once. */
export const COLUMNS: readonly Column[] = [
  { name: "id", get: (m) => m.id },
  { name: "name", get: (m) => m.name },
  { name: "developer", get: (m) => m.developer },
  { name: "released", get: (m) => m.released },
  { name: "releasedSource", get: (m) => m.releasedSource },
  { name: "releasedNote", get: (m) => m.releasedNote },
  ...cellColumns("weightsDownloadable"),
  { name: "weightsLicence.value", get: (m) => m.weightsLicence.value },
  { name: "weightsLicence.osiApproved", get: (m) => m.weightsLicence.osiApproved },
  { name: "weightsLicence.note", get: (m) => m.weightsLicence.note },
  { name: "weightsLicence.source", get: (m) => m.weightsLicence.source },
  { name: "weightsLicence.osiApprovalSource", get: (m) => m.weightsLicence.osiApprovalSource },
  ...cellColumns("trainingCode"),
  ...cellColumns("trainingData"),
  ...cellColumns("dataRedistributable"),
  { name: "osiValidation.value", get: (m) => m.osiValidation.value },
  { name: "osiValidation.note", get: (m) => m.osiValidation.note },
  { name: "osiValidation.source", get: (m) => m.osiValidation.source },
  { name: "mof.value", get: (m) => m.mof?.value },
  { name: "mof.note", get: (m) => m.mof?.note },
  { name: "mof.source", get: (m) => m.mof?.source },
  { name: "euAiAct.note", get: (m) => m.euAiAct?.note },
  { name: "euAiAct.source", get: (m) => m.euAiAct?.source },
  { name: "rebuildable.value", get: (m) => m.rebuildable.value },
  { name: "rebuildable.reason", get: (m) => m.rebuildable.reason },
  { name: "rebuildable.source", get: (m) => m.rebuildable.source },
];

/** RFC 4180 §2.6–2.7: quote a field holding a comma, a double quote, CR or LF; double inner quotes. */
export function csvField(value: Cell): string {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Header row plus one row per model; CRLF line breaks (RFC 4180 §2.1), no trailing break. */
export function toCsv(models: readonly Model[]): string {
  const header = COLUMNS.map((c) => csvField(c.name)).join(",");
  const rows = models.map((m) => COLUMNS.map((c) => csvField(c.get(m))).join(","));
  return [header, ...rows].join("\r\n");
}

/** Key order of the JSON export: the schema's order, whatever order the input objects use. */
const CELL_KEYS = ["value", "note", "source"] as const;
const KEY_ORDER: Readonly<Record<string, readonly string[]>> = {
  "": [
    "id",
    "name",
    "developer",
    "released",
    "releasedSource",
    "releasedNote",
    "weightsDownloadable",
    "weightsLicence",
    "trainingCode",
    "trainingData",
    "dataRedistributable",
    "osiValidation",
    "mof",
    "euAiAct",
    "rebuildable",
  ],
  weightsDownloadable: CELL_KEYS,
  weightsLicence: ["value", "osiApproved", "note", "source", "osiApprovalSource"],
  trainingCode: CELL_KEYS,
  trainingData: CELL_KEYS,
  dataRedistributable: CELL_KEYS,
  osiValidation: CELL_KEYS,
  mof: CELL_KEYS,
  euAiAct: ["note", "source"],
  rebuildable: ["value", "reason", "source"],
};

function ordered(obj: Record<string, unknown>, path: string): Record<string, unknown> {
  const order = KEY_ORDER[path] ?? Object.keys(obj).sort();
  const known = new Set(order);
  const out: Record<string, unknown> = {};
  for (const key of [
    ...order,
    ...Object.keys(obj)
      .filter((k) => !known.has(k))
      .sort(),
  ]) {
    const v = obj[key];
    if (v === undefined) continue;
    out[key] =
      v !== null && typeof v === "object" && !Array.isArray(v) && path === ""
        ? ordered(v as Record<string, unknown>, key)
        : v;
  }
  return out;
}

/** A JSON array of the models, keys in schema order, 2-space indent, trailing newline. */
export function toJson(models: readonly Model[]): string {
  return `${JSON.stringify(
    models.map((m) => ordered(m as unknown as Record<string, unknown>, "")),
    null,
    2,
  )}\n`;
}
