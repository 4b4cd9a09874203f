/**
 * The scorecard's columns, in order, as data: each says how a model's field is shown (a value
 * label, a decorative symbol, a tone, a note and its source links). Scorecard.astro loops over
 * this list and renders every cell with ScorecardCell.astro, so a new field in the model schema
 * is one entry here. The verdict ("Can you rebuild it?") comes first, after the model's name.
 */
import type { Model } from "./model-schema.ts";

export type Tone = "good" | "mid" | "bad" | "none";

interface Shown {
  label: string;
  symbol: string;
  tone: Tone;
}

export interface CellSource {
  href: string;
  /** Visible text; the accessible name adds the model and the column. */
  text: string;
}

export interface CellView extends Shown {
  /** The raw value, for sorting and filtering (data-value). */
  value: string;
  /** A line under the value (the licence's OSI status). */
  flag?: string;
  note?: string;
  sources: CellSource[];
  /** Extra data-* attributes on the cell and the row. */
  data?: Record<string, string>;
}

export interface Column {
  key: string;
  label: string;
  /** The row's data-* attribute that repeats this column's value (filters read it). */
  rowData: string;
  cell: (model: Model) => CellView;
}

const RELEASED: Record<Model["trainingData"]["value"], Shown> = {
  yes: { label: "Released", symbol: "✓", tone: "good" },
  partial: { label: "Partly released", symbol: "◐", tone: "mid" },
  no: { label: "Not released", symbol: "✗", tone: "bad" },
};
const DOWNLOADABLE: Record<Model["weightsDownloadable"]["value"], Shown> = {
  yes: { label: "Yes", symbol: "✓", tone: "good" },
  gated: { label: "Gated", symbol: "◐", tone: "mid" },
  no: { label: "No", symbol: "✗", tone: "bad" },
};
const REDISTRIBUTABLE: Record<Model["dataRedistributable"]["value"], Shown> = {
  yes: { label: "Yes", symbol: "✓", tone: "good" },
  partial: { label: "Partly", symbol: "◐", tone: "mid" },
  no: { label: "No", symbol: "✗", tone: "bad" },
  unknown: { label: "Unknown", symbol: "?", tone: "none" },
};
const OSI: Record<Model["osiValidation"]["value"], Shown> = {
  passed: { label: "Passed", symbol: "✓", tone: "good" },
  "would-pass-with-licence-changes": { label: "Would pass with licence changes", symbol: "◐", tone: "mid" },
  "did-not-pass": { label: "Did not pass", symbol: "✗", tone: "bad" },
  "not-assessed": { label: "Not assessed", symbol: "–", tone: "none" },
};
// The Model Openness Framework's three classes, most open first; only Class I requires the
// training data itself.
const MOF: Record<NonNullable<Model["mof"]>["value"], Shown> = {
  "class-i": { label: "Class I (Open Science)", symbol: "✓", tone: "good" },
  "class-ii": { label: "Class II", symbol: "◐", tone: "mid" },
  "class-iii": { label: "Class III", symbol: "◐", tone: "mid" },
};
const REBUILD: Record<Model["rebuildable"]["value"], Shown> = {
  yes: { label: "Yes", symbol: "✓", tone: "good" },
  partly: { label: "Partly", symbol: "◐", tone: "mid" },
  no: { label: "No", symbol: "✗", tone: "bad" },
};

/** A plain cell: value, note and one source, the shape most fields share. */
function plain<V extends string>(
  shown: Record<V, Shown>,
  field: { value: V; note?: string | undefined; source: string },
): CellView {
  return {
    ...shown[field.value],
    value: field.value,
    ...(field.note ? { note: field.note } : {}),
    sources: [{ href: field.source, text: "source" }],
  };
}

export const COLUMNS: readonly Column[] = [
  {
    key: "rebuildable",
    label: "Can you rebuild it?",
    rowData: "rebuildable",
    cell: (m) =>
      plain(REBUILD, { value: m.rebuildable.value, note: m.rebuildable.reason, source: m.rebuildable.source }),
  },
  {
    key: "trainingData",
    label: "Training data",
    rowData: "training-data",
    cell: (m) => plain(RELEASED, m.trainingData),
  },
  {
    key: "trainingCode",
    label: "Training code",
    rowData: "training-code",
    cell: (m) => plain(RELEASED, m.trainingCode),
  },
  {
    key: "dataRedistributable",
    label: "Data redistributable",
    rowData: "data-redistributable",
    cell: (m) => plain(REDISTRIBUTABLE, m.dataRedistributable),
  },
  {
    key: "weightsDownloadable",
    label: "Weights downloadable",
    rowData: "weights-downloadable",
    cell: (m) => plain(DOWNLOADABLE, m.weightsDownloadable),
  },
  {
    key: "weightsLicence",
    label: "Weights licence",
    rowData: "osi-approved",
    cell: (m) => {
      const licence = m.weightsLicence;
      return {
        label: licence.value,
        symbol: licence.osiApproved ? "✓" : "✗",
        tone: licence.osiApproved ? "good" : "bad",
        value: licence.value,
        flag: licence.osiApproved ? "OSI-approved licence" : "Not an OSI-approved licence",
        note: licence.note,
        sources: [
          { href: licence.source, text: "source" },
          ...(licence.osiApprovalSource ? [{ href: licence.osiApprovalSource, text: "OSI listing" }] : []),
        ],
        data: { "osi-approved": String(licence.osiApproved) },
      };
    },
  },
  {
    key: "osiValidation",
    label: "OSI validation (2024)",
    rowData: "osi-validation",
    cell: (m) => plain(OSI, m.osiValidation),
  },
  {
    key: "mof",
    label: "MOF class",
    rowData: "mof",
    cell: (m) =>
      m.mof ? plain(MOF, m.mof) : { label: "No record found", symbol: "–", tone: "none", value: "none", sources: [] },
  },
];

/** The row's data-* attributes: each column's value under its rowData name (filters read them). */
export function rowData(model: Model, cells: readonly CellView[]): Record<string, string> {
  const data: Record<string, string> = {
    "data-id": model.id,
    "data-name": model.name,
    "data-developer": model.developer,
    "data-released": model.released,
  };
  COLUMNS.forEach((column, index) => {
    const cell = cells[index];
    if (cell) data[`data-${column.rowData}`] = cell.data?.[column.rowData] ?? cell.value;
  });
  return data;
}
