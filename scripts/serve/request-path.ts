/**
 * The one path a request stands for. The preview server decides both which `_headers` rules apply
 * and which file it serves from this single value, so the two can never disagree (they once did:
 * `/embed/..%2fabout/` got the embed headers and the about page).
 *
 * Refused outright (the server answers 400), rather than guessed at:
 * - a request target that is not a path or an absolute URL (`GET http://[ HTTP/1.1`);
 * - an encoded `/` or `\` (`%2f`, `%5c`), an encoded dot (`%2e`, which hides `..`), and a raw `\`:
 *   no file of the site needs one, and each is a way to make one path mean two things;
 * - a `.` or `..` segment or an empty segment (`//`) left after parsing: the path must already be
 *   in its normal form, which also means no redirect built from it can start with `//`;
 * - malformed percent-encoding and NUL bytes.
 */

export type RequestPath = { ok: true; path: string; search: string } | { ok: false; reason: string };

const FORBIDDEN_ESCAPES = /%(2f|5c|2e|00)/i;

export function requestPath(target: string | undefined): RequestPath {
  if (target === undefined || target === "") return { ok: false, reason: "empty request target" };
  const rawPath = target.split(/[?#]/, 1)[0] ?? "";
  if (rawPath.includes("\\")) return { ok: false, reason: "backslash in path" };
  // Checked before parsing too: the URL parser would quietly resolve `%2e%2e` as `..`.
  if (FORBIDDEN_ESCAPES.test(rawPath)) return { ok: false, reason: "encoded separator or dot" };
  // `//host/x` is a path here, but the URL parser would read `host` as an authority.
  if (rawPath.startsWith("//")) return { ok: false, reason: "empty segment" };
  let url: URL;
  try {
    // Origin form (`/a/b`) is resolved against a placeholder origin; absolute form is parsed as is.
    url = new URL(target, "http://preview.invalid");
  } catch {
    return { ok: false, reason: "unparseable request target" };
  }
  if (!target.startsWith("/") && !/^https?:\/\//i.test(target)) {
    return { ok: false, reason: "unsupported request target" };
  }
  const raw = url.pathname;
  if (FORBIDDEN_ESCAPES.test(raw)) return { ok: false, reason: "encoded separator or dot" };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, reason: "malformed percent-encoding" };
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return { ok: false, reason: "forbidden character" };
  if (!decoded.startsWith("/")) return { ok: false, reason: "path must start with /" };
  const segments = decoded.slice(1).split("/");
  // The last segment is empty for a directory path (`/about/`); any other empty segment is `//`.
  for (const [index, segment] of segments.entries()) {
    if (segment === "." || segment === "..") return { ok: false, reason: "dot segment" };
    if (segment === "" && index !== segments.length - 1) return { ok: false, reason: "empty segment" };
  }
  return { ok: true, path: decoded, search: url.search };
}

/** True when `candidate` is `root` itself or lies inside it (compared by path segments, not text). */
export function isInside(root: string, candidate: string, separator: string): boolean {
  if (candidate === root) return true;
  const prefix = root.endsWith(separator) ? root : root + separator;
  return candidate.startsWith(prefix);
}
