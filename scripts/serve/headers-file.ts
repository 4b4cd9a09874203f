/**
 * Reads a `_headers` file (the format of Netlify and Cloudflare Pages) and answers which headers
 * a path gets. Rules whose pattern matches all apply, in file order; a later rule can drop a
 * header an earlier one set with `! Name` (Cloudflare's detach syntax), so `/embed/*` can replace
 * the site-wide framing policy instead of being combined with it.
 */

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

function patternMatches(pattern: string, path: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`).test(path);
}

export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, { name, value: previous ? `${previous.value}, ${value}` : value });
    }
  }
  return new Map([...headers.values()].map(({ name, value }) => [name, value]));
}
