/**
 * How big a fix is, counted as a binary patcher would face it: bytes that differ within changed
 * lines, instructions added or removed, and whether the function changed length (so every later
 * address moved); and the source side in characters. Used after the listing has been encoded, so
 * it loads with the simulator, not on view.
 */
import { diffLines } from "./diff.ts";
import { formatCount } from "../../core/format/count.ts";

/** A listing line with its machine code ("" for none), as the encoder or GNU as gave it. */
export interface CodeLine {
  text: string;
  bytes: string;
}

export interface FixSize {
  changedLines: number;
  /** Bytes that differ within changed lines (plus any length difference of those lines). */
  changedBytes: number;
  addedInstructions: number;
  addedBytes: number;
  removedInstructions: number;
  removedBytes: number;
  oldLength: number;
  newLength: number;
}

const byteCount = (hex: string): number => hex.length / 2;

function bytesDiffering(a: string, b: string): number {
  const n = Math.max(byteCount(a), byteCount(b));
  let count = 0;
  for (let i = 0; i < n; i++) if (a.slice(2 * i, 2 * i + 2) !== b.slice(2 * i, 2 * i + 2)) count++;
  return count;
}

export function fixSize(shipped: readonly CodeLine[], current: readonly CodeLine[]): FixSize {
  const diff = diffLines(
    shipped.map((l) => l.text),
    current.map((l) => l.text),
  );
  const size: FixSize = {
    changedLines: 0,
    changedBytes: 0,
    addedInstructions: 0,
    addedBytes: 0,
    removedInstructions: 0,
    removedBytes: 0,
    oldLength: shipped.reduce((sum, l) => sum + byteCount(l.bytes), 0),
    newLength: current.reduce((sum, l) => sum + byteCount(l.bytes), 0),
  };
  const kept = new Set<number>();
  diff.marks.forEach((mark, i) => {
    const line = current[i]!;
    if (mark.kind !== "inserted") kept.add(mark.shipped);
    if (mark.kind === "changed") {
      size.changedLines++;
      size.changedBytes += bytesDiffering(shipped[mark.shipped]!.bytes, line.bytes);
    } else if (mark.kind === "inserted" && line.bytes) {
      size.addedInstructions++;
      size.addedBytes += byteCount(line.bytes);
    }
  });
  shipped.forEach((line, i) => {
    if (!kept.has(i) && line.bytes) {
      size.removedInstructions++;
      size.removedBytes += byteCount(line.bytes);
    }
  });
  return size;
}

const plural = (n: number, word: string): string => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;

export function describeFixSize(size: FixSize): string {
  const parts: string[] = [];
  if (size.changedLines > 0) parts.push(`${plural(size.changedBytes, "byte")} in ${plural(size.changedLines, "line")}`);
  if (size.addedInstructions > 0)
    parts.push(`${plural(size.addedInstructions, "instruction")} added (${plural(size.addedBytes, "byte")})`);
  if (size.removedInstructions > 0)
    parts.push(`${plural(size.removedInstructions, "instruction")} removed (${plural(size.removedBytes, "byte")})`);
  if (parts.length === 0) return "binary: no change";
  const moved =
    size.oldLength === size.newLength
      ? ""
      : `; the function went from ${size.oldLength} to ${size.newLength} bytes, so every later address moved`;
  return `binary: ${parts.join(", ")}${moved}`;
}

export function describeSourceSize(chars: number): string {
  return `source: ${plural(chars, "character")}`;
}
