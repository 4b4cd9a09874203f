/**
 * The binary challenge's share-link format, version 1: the level, the open view, the listing as
 * exact patches against the shipped listing (so a link stays small and says precisely what the
 * reader changed), and the C source if the reader edited it. The check refuses patches that do not
 * fit the level's shipped listing, so a link from a different listing is never half-applied.
 */
import { MAX_FRAGMENT_CHARS, encodeShare, type ShareSpec } from "../../core/share/fragment.ts";
import { integer, list, oneOf, record, text, type Check } from "../../core/share/schema.ts";
import { applyPatches, makePatches, type Patch } from "./diff.ts";
import { MAX_LINE_CHARS, MAX_LINES } from "./model.ts";

export const VIEWS = ["listing", "source", "own", "own-c"] as const;
export type ViewName = (typeof VIEWS)[number];
export const MAX_SOURCE_CHARS = 4000;

export interface ShareState {
  level: string;
  view: ViewName;
  patches: Patch[];
  /** The reader's C source, or "" when they did not edit it. */
  source: string;
}

export interface ShippedLevel {
  id: string;
  lines: readonly string[];
}

const patch = record({
  at: integer(0, MAX_LINES),
  remove: integer(0, MAX_LINES),
  add: list(text(MAX_LINE_CHARS), MAX_LINES),
});

const shape = record({
  level: text(64),
  view: oneOf(...VIEWS),
  patches: list(patch, MAX_LINES),
  source: text(MAX_SOURCE_CHARS),
});

export function makeShareSpec(levels: readonly ShippedLevel[]): ShareSpec<ShareState> {
  const check: Check<ShareState> = (value, path) => {
    const checked = shape(value, path);
    if (!checked.ok) return checked;
    const level = levels.find((l) => l.id === checked.value.level);
    if (!level) return { ok: false, path: `${path}.level`, message: "no such level" };
    const lines = applyPatches(level.lines, checked.value.patches);
    if (!lines) return { ok: false, path: `${path}.patches`, message: "they do not fit this level's listing" };
    if (lines.length > MAX_LINES) return { ok: false, path: `${path}.patches`, message: "too many lines" };
    return checked;
  };
  return { widget: "binary-challenge", version: 1, check, migrations: {} };
}

export function shareStateFor(
  level: ShippedLevel,
  lines: readonly string[],
  view: ViewName,
  source: string,
): ShareState {
  return { level: level.id, view, patches: makePatches(level.lines, lines), source };
}

/** The reader's lines from a checked share state (its patches were verified by the spec's check). */
export function linesFromShare(level: ShippedLevel, state: ShareState): string[] {
  return applyPatches(level.lines, state.patches) ?? [...level.lines];
}

/** Characters the state takes in a fragment, and whether a link to it would be refused. */
export function shareSize(spec: ShareSpec<ShareState>, state: ShareState): { chars: number; fits: boolean } {
  const chars = encodeShare(spec, state).length + 1;
  return { chars, fits: chars <= MAX_FRAGMENT_CHARS };
}
