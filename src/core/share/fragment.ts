/**
 * Share links: a widget's state in the URL fragment, as `#<widget>=<version>.<payload>`, where the
 * payload is base64url-encoded UTF-8 JSON. Fragments never reach a server. Every widget declares
 * its format once (a ShareSpec): the current version, a validator, and a migration for each older
 * version still accepted; a version it no longer reads is refused with a notice, never guessed at.
 * Fragments without `=` are heading anchors and are left alone.
 */
import type { Check } from "./schema.ts";

export const MAX_FRAGMENT_CHARS = 8192;

export interface ShareSpec<State> {
  /** The key in the fragment, e.g. "binary-challenge". Letters, digits and hyphens. */
  widget: string;
  version: number;
  check: Check<State>;
  /** Readers of older versions: raw JSON of that version → state of the current version. */
  migrations: Record<number, { describe: string; migrate: (old: unknown) => unknown }>;
}

export type Decoded<State> =
  { kind: "none" } | { kind: "ok"; state: State; notice?: string } | { kind: "invalid"; notice: string };

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += BASE64URL[(triple >> (18 - 6 * k)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    value = (value << 6) | BASE64URL.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (value >> bits) & 255;
    }
  }
  return out.subarray(0, index);
}

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder("utf-8", { fatal: true });

export function encodeShare<State>(spec: ShareSpec<State>, state: State): string {
  return `${spec.widget}=${spec.version}.${toBase64Url(utf8.encode(JSON.stringify(state)))}`;
}

/** The value for one widget's key in a fragment (with or without the leading '#'), or null. */
function entryFor(fragment: string, widget: string): string | null | undefined {
  const body = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (!body.includes("=")) return undefined;
  for (const part of body.split("&")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq) === widget) return part.slice(eq + 1);
  }
  return null;
}

/**
 * Notices are fixed sentences: nothing from the link (a key, a value, a version number) is ever
 * quoted back, so a crafted link cannot put its own words inside the site's notice.
 */
const NOTICE = {
  tooLong: `This link's saved state is too long (over ${MAX_FRAGMENT_CHARS} characters), so the default is shown.`,
  damaged: "This link's saved state is damaged, so the default is shown.",
  newer: "This link was made by a newer version of the page; reload to get it. The default is shown.",
  older: "This link uses an old format that this page no longer reads, so the default is shown.",
  notValid: "This link's saved state is not valid for this page, so the default is shown.",
};

export function decodeShare<State>(spec: ShareSpec<State>, fragment: string): Decoded<State> {
  const entry = entryFor(fragment, spec.widget);
  if (entry === undefined || entry === null) return { kind: "none" };
  // The limit is on this widget's own entry: other keys of the fragment are not ours to judge.
  if (entry.length > MAX_FRAGMENT_CHARS) return { kind: "invalid", notice: NOTICE.tooLong };
  const match = /^(\d{1,4})\.([A-Za-z0-9_-]*)$/.exec(entry);
  if (!match) return { kind: "invalid", notice: NOTICE.damaged };
  const version = Number(match[1]);
  const bytes = fromBase64Url(match[2] ?? "");
  let json: unknown;
  try {
    if (!bytes) throw new Error("not base64url");
    json = JSON.parse(utf8Strict.decode(bytes));
  } catch {
    return { kind: "invalid", notice: NOTICE.damaged };
  }
  let notice: string | undefined;
  if (version !== spec.version) {
    const migration = spec.migrations[version];
    if (!migration) return { kind: "invalid", notice: version > spec.version ? NOTICE.newer : NOTICE.older };
    try {
      json = migration.migrate(json);
    } catch {
      return { kind: "invalid", notice: NOTICE.damaged };
    }
    // `describe` is the widget's own text, chosen by a version this page declared.
    notice = `This link was made with an older version of the page. ${migration.describe}`;
  }
  const checked = spec.check(json, "state");
  if (!checked.ok) return { kind: "invalid", notice: NOTICE.notValid };
  return notice ? { kind: "ok", state: checked.value, notice } : { kind: "ok", state: checked.value };
}
