/**
 * How the reader's listing differs from the shipped one, and how big a fix is. The line diff is a
 * longest common subsequence over whitespace-collapsed lines (so re-indenting is not an edit); a
 * run of removed lines facing a run of added ones pairs up as "changed" lines, which is how a
 * reader thinks of editing an instruction in place. Sizes count what a binary patcher would face:
 * bytes that differ, instructions added or removed, and whether the function changed length.
 */

export type LineMark = { kind: "same"; shipped: number } | { kind: "changed"; shipped: number } | { kind: "inserted" };

export interface LineDiff {
  /** One mark per current line. */
  marks: LineMark[];
  /** deletedBefore[i]: shipped lines removed just before current line i (index length: at the end). */
  deletedBefore: number[];
  changed: number;
  inserted: number;
  deleted: number;
}

export const collapse = (line: string): string => line.trim().replace(/\s+/g, " ");

type Op = "same" | "del" | "ins";

/** The edit script turning `a` into `b` (LCS; common prefix and suffix trimmed first). */
export function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  // lcs[i * (m + 1) + j]: LCS length of a[start+i..endA) and b[start+j..endB).
  const width = m + 1;
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[start + i] === b[start + j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: Op[] = new Array<Op>(start).fill("same");
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      ops.push("same");
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      ops.push("ins");
      j++;
    } else {
      ops.push("del");
      i++;
    }
  }
  for (let k = endA; k < a.length; k++) ops.push("same");
  return ops;
}

/** A run of the script between two unchanged lines: `removed` shipped lines from `at`, `added` current ones from `to`. */
interface Hunk {
  at: number;
  removed: number;
  to: number;
  added: number;
}

function hunks(ops: readonly Op[]): Hunk[] {
  const out: Hunk[] = [];
  let ai = 0;
  let bi = 0;
  let open: Hunk | null = null;
  for (const op of ops) {
    if (op === "same") {
      if (open) out.push(open);
      open = null;
      ai++;
      bi++;
      continue;
    }
    open ??= { at: ai, removed: 0, to: bi, added: 0 };
    if (op === "del") {
      open.removed++;
      ai++;
    } else {
      open.added++;
      bi++;
    }
  }
  if (open) out.push(open);
  return out;
}

export function diffLines(shipped: readonly string[], current: readonly string[]): LineDiff {
  const a = shipped.map(collapse);
  const b = current.map(collapse);
  const marks: LineMark[] = [];
  const deletedBefore = new Array<number>(current.length + 1).fill(0);
  let changed = 0;
  let inserted = 0;
  let deleted = 0;
  let ai = 0;
  let bi = 0;
  for (const hunk of hunks(editScript(a, b))) {
    for (; bi < hunk.to; bi++, ai++) marks.push({ kind: "same", shipped: ai });
    const paired = Math.min(hunk.removed, hunk.added);
    for (let k = 0; k < hunk.added; k++) {
      marks.push(k < paired ? { kind: "changed", shipped: hunk.at + k } : { kind: "inserted" });
    }
    changed += paired;
    inserted += hunk.added - paired;
    deleted += hunk.removed - paired;
    deletedBefore[hunk.to + hunk.added] = deletedBefore[hunk.to + hunk.added]! + hunk.removed - paired;
    ai = hunk.at + hunk.removed;
    bi = hunk.to + hunk.added;
  }
  for (; bi < current.length; bi++, ai++) marks.push({ kind: "same", shipped: ai });
  return { marks, deletedBefore, changed, inserted, deleted };
}

/** A compact, exact patch for share links: replace `remove` shipped lines from `at` by `add`. */
export interface Patch {
  at: number;
  remove: number;
  add: string[];
}

export function makePatches(shipped: readonly string[], current: readonly string[]): Patch[] {
  return hunks(editScript(shipped, current)).map((h) => ({
    at: h.at,
    remove: h.removed,
    add: current.slice(h.to, h.to + h.added),
  }));
}

/** Applies patches made by makePatches; null when they do not fit the shipped listing. */
export function applyPatches(shipped: readonly string[], patches: readonly Patch[]): string[] | null {
  const out: string[] = [];
  let next = 0;
  for (const patch of patches) {
    if (patch.at < next || patch.at + patch.remove > shipped.length) return null;
    if (patch.remove === 0 && patch.add.length === 0) return null;
    out.push(...shipped.slice(next, patch.at), ...patch.add);
    next = patch.at + patch.remove;
  }
  out.push(...shipped.slice(next));
  return out;
}

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

const plural = (n: number, word: string): string => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;

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

/** Edit distance in characters (insertions, deletions, substitutions). */
export function charDistance(a: string, b: string): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length]!;
}

export function describeSourceSize(chars: number): string {
  return `source: ${plural(chars, "character")}`;
}

/** One byte of the hex dump: how it compares with the shipped byte at the same offset. */
export interface DumpByte {
  hex: string;
  state: "same" | "changed" | "added";
}

export function dumpBytes(shipped: string, current: string): DumpByte[] {
  const out: DumpByte[] = [];
  for (let i = 0; i < current.length; i += 2) {
    const hex = current.slice(i, i + 2);
    const old = shipped.slice(i, i + 2);
    out.push({ hex, state: old === "" ? "added" : old === hex ? "same" : "changed" });
  }
  return out;
}
