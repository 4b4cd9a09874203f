/**
 * How the reader's listing differs from the shipped one, and how big a fix is. The line diff is a
 * longest common subsequence over whitespace-collapsed lines (so re-indenting is not an edit); a
 * run of removed lines facing a run of added ones pairs up as "changed" lines, which is how a
 * reader thinks of editing an instruction in place (fix-size.ts measures a fix from it).
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

/** Characters of a line that pairing looks at: an instruction's identity is in its start. */
const COMPARED_CHARS = 60;

/** How unlike two collapsed lines are, from 0 (equal) to 1 (nothing in common). */
function unlikeness(a: string, b: string): number {
  const x = a.slice(0, COMPARED_CHARS);
  const y = b.slice(0, COMPARED_CHARS);
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 0 : charDistance(x, y) / longest;
}

/** Pairing a removed line with an added one costs their unlikeness; leaving either unpaired costs this. */
const UNPAIRED = 0.4;
/** Above this many candidate pairs in one hunk, lines pair in order (a paste, not an edit). */
const MAX_ALIGN = 400;

/**
 * Which added line of a hunk replaced which removed one: an order-keeping alignment that pairs
 * similar lines (so `seta al` → `setbe al` is a change, and a new line typed beside it is an
 * insertion, whichever comes first). pairOf[k] is the removed index paired with added line k, or -1.
 */
function pairLines(removed: readonly string[], added: readonly string[]): number[] {
  const r = removed.length;
  const n = added.length;
  if (r * n > MAX_ALIGN) return added.map((_, k) => (k < r ? k : -1));
  const width = n + 1;
  const cost = new Float64Array((r + 1) * width);
  for (let i = r; i >= 0; i--) {
    for (let j = n; j >= 0; j--) {
      if (i === r && j === n) continue;
      let best = Infinity;
      if (i < r) best = Math.min(best, UNPAIRED + cost[(i + 1) * width + j]!);
      if (j < n) best = Math.min(best, UNPAIRED + cost[i * width + j + 1]!);
      if (i < r && j < n) best = Math.min(best, unlikeness(removed[i]!, added[j]!) + cost[(i + 1) * width + j + 1]!);
      cost[i * width + j] = best;
    }
  }
  const pairOf = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < r && j < n) {
    const here = cost[i * width + j]!;
    if (Math.abs(here - (unlikeness(removed[i]!, added[j]!) + cost[(i + 1) * width + j + 1]!)) < 1e-9) {
      pairOf[j++] = i++;
    } else if (Math.abs(here - (UNPAIRED + cost[(i + 1) * width + j]!)) < 1e-9) i++;
    else j++;
  }
  return pairOf;
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
    const pairOf = pairLines(a.slice(hunk.at, hunk.at + hunk.removed), b.slice(hunk.to, hunk.to + hunk.added));
    // Removed lines left unpaired are shown where they were: before the next added line that
    // pairs with a later removed line, or at the end of the hunk.
    let nextRemoved = 0;
    for (let k = 0; k < hunk.added; k++) {
      const paired = pairOf[k]!;
      if (paired >= 0) {
        deletedBefore[hunk.to + k] = deletedBefore[hunk.to + k]! + paired - nextRemoved;
        deleted += paired - nextRemoved;
        nextRemoved = paired + 1;
        marks.push({ kind: "changed", shipped: hunk.at + paired });
        changed++;
      } else {
        marks.push({ kind: "inserted" });
        inserted++;
      }
    }
    const end = hunk.to + hunk.added;
    deletedBefore[end] = deletedBefore[end]! + hunk.removed - nextRemoved;
    deleted += hunk.removed - nextRemoved;
    ai = hunk.at + hunk.removed;
    bi = end;
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
