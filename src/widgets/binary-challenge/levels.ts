/**
 * What the island receives for each level, built at build time from the exercise data: only what
 * the page shows (no oracle fixtures), the shipped listing's test results (the no-JavaScript
 * table), and each precompiled C edit with the size of its fix worked out in advance. It travels
 * as one JSON string prop, which serialises far smaller than Astro's tagged object props.
 */
import { runTestTable, type ArgValue, type CFunction, type Exercise } from "../../core/asm/index.ts";
import { charDistance } from "./diff.ts";
import { describeFixSize, describeSourceSize, fixSize, type CodeLine } from "./fix-size.ts";
import { rowView, type RowView } from "./results.ts";

export interface SourceVariant {
  id: string;
  label: string;
  source: string;
  lines: string[];
  addresses: (number | null)[];
  bytes: string[];
  /** e.g. "source: 1 character; binary: 1 byte in 1 line". */
  size: string;
}

export interface LevelData {
  id: string;
  level: number;
  title: string;
  bugReport: string;
  hints: string[];
  fn: CFunction;
  source: string;
  lines: string[];
  addresses: (number | null)[];
  bytes: string[];
  length: number;
  tests: { args: ArgValue[]; expected: number }[];
  /** The shipped listing's results, row by row. */
  shipped: RowView[];
  sourceFix: string;
  variants: SourceVariant[];
}

const codeLines = (lines: readonly string[], bytes: readonly string[]): CodeLine[] =>
  lines.map((text, i) => ({ text, bytes: bytes[i] ?? "" }));

export function levelData(exercise: Exercise): LevelData {
  const listing = exercise.listing;
  const lines = listing.lines.map((l) => l.text);
  const bytes = listing.lines.map((l) => l.bytes);
  const table = runTestTable(listing.text, exercise);
  if (!table.ok) throw new Error(`The shipped listing of ${exercise.id} does not assemble`);
  return {
    id: exercise.id,
    level: exercise.level,
    title: exercise.title,
    bugReport: exercise.bugReport,
    hints: exercise.hints,
    fn: exercise.function,
    source: exercise.source,
    lines,
    addresses: listing.lines.map((l) => l.address),
    bytes,
    length: listing.length,
    tests: exercise.tests.map((t) => ({ args: t.args, expected: t.expected })),
    shipped: table.rows.map(rowView),
    sourceFix: exercise.sourceFix,
    variants: exercise.sourceEdits.map((edit) => {
      const editLines = edit.listing.lines.map((l) => l.text);
      const editBytes = edit.listing.lines.map((l) => l.bytes);
      const binary = describeFixSize(fixSize(codeLines(lines, bytes), codeLines(editLines, editBytes)));
      return {
        id: edit.id,
        label: edit.label,
        source: edit.source,
        lines: editLines,
        addresses: edit.listing.lines.map((l) => l.address),
        bytes: editBytes,
        size: `${describeSourceSize(charDistance(exercise.source, edit.source))}; ${binary}`,
      };
    }),
  };
}
