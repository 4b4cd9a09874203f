/**
 * "Rebuild" without a compiler: the page cannot run gcc, so a C edit is matched against the edits
 * that were compiled ahead of time. Whitespace is not meaningful in C between tokens, so it is
 * normalised away (kept only where it separates two words, as in `int age`); anything else must
 * match exactly, and the reader is told plainly when their edit was not precompiled.
 */

const WORD = /[A-Za-z0-9_]/;

export function normaliseC(source: string): string {
  const collapsed = source.replace(/\s+/g, " ").trim();
  let out = "";
  for (let i = 0; i < collapsed.length; i++) {
    const char = collapsed[i]!;
    if (char === " ") {
      const before = collapsed[i - 1] ?? "";
      const after = collapsed[i + 1] ?? "";
      if (!(WORD.test(before) && WORD.test(after))) continue;
    }
    out += char;
  }
  return out;
}

export interface Candidate {
  id: string;
  source: string;
}

/** The precompiled variant whose source is the reader's, up to whitespace; null when none is. */
export function matchSource<T extends Candidate>(source: string, candidates: readonly T[]): T | null {
  const wanted = normaliseC(source);
  return candidates.find((candidate) => normaliseC(candidate.source) === wanted) ?? null;
}
