/**
 * The payoff store: what this reader did in each challenge, so the comparison panel ("the same
 * bug fixed four ways") can show their own figures on the home page and at the end of each
 * challenge. It lives in sessionStorage under one key, for this tab only: nothing leaves the
 * browser and nothing outlives the session.
 *
 * API (widgets call `recordPayoff` when a fix passes its tests; panels read and subscribe).
 * For the language model, `examples` counts sentences edited and `passed`/`total` count its
 * behaviour groups that meet their requirement:
 *   recordPayoff("source",  { chars, level })                   // the C edit, characters changed
 *   recordPayoff("binary",  { bytes, lines, level })            // the listing patch
 *   recordPayoff("weights", { numbers, passed, total })          // weights edited by hand
 *   recordPayoff("data",    { examples, retrainMs, hash, passed, total }) // data fixed, retrained
 *   recordPayoff("lmWeights", { numbers, passed, total })        // the language model, weights edited
 *   recordPayoff("lmData",    { examples, retrainMs, hash, passed, total }) // its corpus fixed, retrained
 *   readPayoff() → Payoff          every part validated; a bad or foreign value reads as absent
 *   onPayoffChange(listener) → unsubscribe   (same tab: an event; other tabs: the storage event)
 *
 * Stored text is untrusted (another script or an old version may have written it): it is size-
 * capped and parsed field by field by `parsePayoff`, which never throws.
 */
export interface SourcePayoff {
  chars: number;
  level: number;
}
export interface BinaryPayoff {
  bytes: number;
  lines: number;
  level: number;
}
export interface WeightsPayoff {
  numbers: number;
  passed: number;
  total: number;
}
export interface DataPayoff {
  examples: number;
  retrainMs: number;
  /** SHA-256 of the retrained weights, 64 lower-case hex digits. */
  hash: string;
  passed: number;
  total: number;
}
export interface Payoff {
  source?: SourcePayoff;
  binary?: BinaryPayoff;
  weights?: WeightsPayoff;
  data?: DataPayoff;
  lmWeights?: WeightsPayoff;
  lmData?: DataPayoff;
}
export type PayoffPart = keyof Payoff;

export const PAYOFF_KEY = "preferred-form:payoff";
export const PAYOFF_EVENT = "preferred-form:payoff";
const MAX_STORED_CHARS = 2048;
const COUNT_LIMIT = 1e9;

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= COUNT_LIMIT;
const isHash = (value: unknown): value is string => typeof value === "string" && /^[0-9a-f]{64}$/.test(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Each part's fields and their checks: a part with any field missing or wrong is dropped. */
const FIELDS: { [P in PayoffPart]: Record<keyof NonNullable<Payoff[P]>, (value: unknown) => boolean> } = {
  source: { chars: isCount, level: isCount },
  binary: { bytes: isCount, lines: isCount, level: isCount },
  weights: { numbers: isCount, passed: isCount, total: isCount },
  data: { examples: isCount, retrainMs: isCount, hash: isHash, passed: isCount, total: isCount },
  lmWeights: { numbers: isCount, passed: isCount, total: isCount },
  lmData: { examples: isCount, retrainMs: isCount, hash: isHash, passed: isCount, total: isCount },
};
const PARTS = Object.keys(FIELDS) as PayoffPart[];

function parsePart(part: PayoffPart, value: unknown): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const checks: Record<string, (value: unknown) => boolean> = FIELDS[part];
  const parsed: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(checks)) {
    if (!check(value[field])) return undefined;
    parsed[field] = value[field];
  }
  return parsed;
}

/** Reads stored text into a Payoff, keeping only well-formed parts. Never throws. */
export function parsePayoff(text: string | null): Payoff {
  if (text === null || text.length > MAX_STORED_CHARS) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isRecord(raw)) return {};
  const payoff: Record<string, unknown> = {};
  for (const part of PARTS) {
    const parsed = parsePart(part, raw[part]);
    if (parsed) payoff[part] = parsed;
  }
  return payoff;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // sandboxed frames and some privacy modes refuse storage: the panel shows nothing.
  }
}

export function readPayoff(): Payoff {
  try {
    return parsePayoff(storage()?.getItem(PAYOFF_KEY) ?? null);
  } catch {
    return {};
  }
}

/** Stores one part (replacing the reader's earlier result for it) and tells open panels. */
export function recordPayoff<P extends PayoffPart>(part: P, value: NonNullable<Payoff[P]>): void {
  if (!parsePart(part, value)) return;
  const next = { ...readPayoff(), [part]: value };
  try {
    storage()?.setItem(PAYOFF_KEY, JSON.stringify(next));
  } catch {
    // Full or refused storage: the result still shows in the widget itself.
  }
  window.dispatchEvent(new CustomEvent(PAYOFF_EVENT));
}

export function onPayoffChange(listener: (payoff: Payoff) => void): () => void {
  const same = () => listener(readPayoff());
  const other = (event: StorageEvent) => {
    if (event.key === PAYOFF_KEY) same();
  };
  window.addEventListener(PAYOFF_EVENT, same);
  window.addEventListener("storage", other);
  return () => {
    window.removeEventListener(PAYOFF_EVENT, same);
    window.removeEventListener("storage", other);
  };
}
