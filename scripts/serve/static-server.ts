/**
 * A static file server that behaves like a static host: directory indexes, `404.html` with a 404
 * status, and the response headers that `_headers` declares. The e2e tests and `npm run preview:dist`
 * use it, so what the tests see (CSP, framing rules) is what a deployed site sends.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { headersFor, parseHeadersFile, type HeaderRule } from "./headers-file.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".bin": "application/octet-stream",
  ".safetensors": "application/octet-stream",
};

export interface StaticServerOptions {
  root: string;
  port: number;
  host?: string;
  /** Apply `<root>/_headers`; off for servers that stand in for other sites (embed hosts). */
  applyHeadersFile?: boolean;
}

function resolveFile(root: string, urlPath: string): { file: string; status: number } | { redirect: string } | null {
  const decoded = decodeURIComponent(urlPath);
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    if (!decoded.endsWith("/")) return { redirect: `${urlPath}/` };
    const index = join(candidate, "index.html");
    return existsSync(index) ? { file: index, status: 200 } : null;
  }
  if (existsSync(candidate)) return { file: candidate, status: 200 };
  return null;
}

export function startStaticServer(options: StaticServerOptions): Promise<Server> {
  const root = resolve(options.root);
  const headersPath = join(root, "_headers");
  const rules: HeaderRule[] =
    options.applyHeadersFile !== false && existsSync(headersPath)
      ? parseHeadersFile(readFileSync(headersPath, "utf8"))
      : [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    let found: ReturnType<typeof resolveFile> = null;
    try {
      found = resolveFile(root, url.pathname);
    } catch {
      found = null;
    }
    if (found && "redirect" in found) {
      response.writeHead(301, { Location: found.redirect + url.search });
      response.end();
      return;
    }
    const target = found ?? { file: join(root, "404.html"), status: 404 };
    for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
    response.setHeader("Content-Type", TYPES[extname(target.file)] ?? "application/octet-stream");
    response.setHeader("Cache-Control", "no-store");
    if (!existsSync(target.file)) {
      response.writeHead(404).end("Not found");
      return;
    }
    response.writeHead(target.status);
    if (request.method === "HEAD") response.end();
    else createReadStream(target.file).pipe(response);
  });
  return new Promise((done) => server.listen(options.port, options.host ?? "127.0.0.1", () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 4321);
  await startStaticServer({ root, port });
  console.log(`Serving ${root} with its _headers at http://127.0.0.1:${port}/`);
}
