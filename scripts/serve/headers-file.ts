/**
 * Reads a `_headers` file and answers which headers a path gets, the way each host that reads
 * the format does. The two differ, and a file has to be written for both:
 *
 * - Cloudflare Pages: every matching rule applies, in file order; a header set by several rules
 *   gets their values joined with ", "; a `! Name` line drops the header that earlier (more
 *   general) rules set. Splat `*` matches anything, `:name` one segment.
 * - Netlify (its parser, @netlify/headers-parser): a line without a colon — so every `! Name`
 *   line — is skipped; a path pattern's `*` segment also matches nothing, with or without the
 *   slash before it (`/embed/*` matches `/embed.js`); a trailing slash is optional; matching
 *   ignores case; when several rules set one header, the later rule's value replaces the earlier.
 *
 * The preview server answers as Cloudflare does; headers-file.test.ts checks that for the site's
 * own file both readings give the same headers.
 */

export type Host = "cloudflare" | "netlify";

export interface HeaderRule {
  pattern: string;
  set: [name: string, value: string][];
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+$/, "");
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), set: [], detach: [] };
      rules.push(current);
      return;
    }
    if (!current) throw new Error(`_headers line ${index + 1}: header before any path`);
    const body = line.trim();
    if (body.startsWith("!")) {
      current.detach.push(body.slice(1).trim().toLowerCase());
      return;
    }
    const colon = body.indexOf(":");
    if (colon <= 0) throw new Error(`_headers line ${index + 1}: expected "Name: value"`);
    current.set.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
  });
  return rules;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function cloudflarePattern(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : escapeRegExp(part)))
    .join("");
  return new RegExp(`^${source}$`);
}

function netlifyPattern(pattern: string): RegExp {
  const parts = pattern
    .split("/")
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(":")) return "([^/]+)";
      if (part === "*") return "?(.*)";
      if (part.includes("*")) return part.split("*").map(escapeRegExp).join("(.*)");
      return escapeRegExp(part);
    });
  return new RegExp(`^/${parts.join("/")}/?$`, "iu");
}

export function headersFor(rules: HeaderRule[], path: string, host: Host = "cloudflare"): Map<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    const matches = host === "cloudflare" ? cloudflarePattern(rule.pattern) : netlifyPattern(rule.pattern);
    if (!matches.test(path)) continue;
    if (host === "cloudflare") for (const name of rule.detach) headers.delete(name);
    const fromThisRule = new Set<string>();
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      // Cloudflare joins values across rules; Netlify joins only within one rule.
      const join = previous && (host === "cloudflare" || fromThisRule.has(key));
      headers.set(key, { name, value: join ? `${previous.value}, ${value}` : value });
      fromThisRule.add(key);
    }
  }
  return new Map([...headers.values()].map(({ name, value }) => [name, value]));
}
