/**
 * A static file server that behaves like a static host: directory indexes, `404.html` with a 404
 * status, and the response headers that `_headers` declares (read as Cloudflare Pages reads it;
 * headers-file.test.ts checks Netlify reads the site's file the same way). The e2e tests and
 * `npm run preview` use it, so what the tests see (CSP, framing rules) is what a deployed site sends.
 *
 * Files are served by `sirv`; what is ours is the front: one normalised path (request-path.ts)
 * decides both the headers and the file, only GET and HEAD are answered, `_headers` itself is not
 * served, and a directory without its trailing slash is redirected to a same-origin path.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import sirv from "sirv";
import { headersFor, parseHeadersFile, type HeaderRule } from "./headers-file.ts";
import { isInside, requestPath } from "./request-path.ts";

/** Content types the site's files need, with charsets; sirv's own table leaves some of them out. */
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

/** Files a static host reads as configuration and never serves. */
const HOST_FILES = new Set(["/_headers", "/_redirects"]);

export interface StaticServerOptions {
  root: string;
  port: number;
  host?: string;
  /** Apply `<root>/_headers`; off for servers that stand in for other sites (embed hosts). */
  applyHeadersFile?: boolean;
}

/** Percent-encodes each segment of a decoded path, so no character in it can start a query or fragment. */
function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

function plain(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra });
  response.end(`${text}\n`);
}

function applyHeaders(response: ServerResponse, rules: HeaderRule[], path: string, file: string): void {
  for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
  response.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
  if (!response.hasHeader("Cache-Control")) response.setHeader("Cache-Control", "no-store");
}

export function createStaticHandler(
  rootDir: string,
  applyHeadersFile = true,
): (request: IncomingMessage, response: ServerResponse) => void {
  const root = resolve(rootDir);
  const headersPath = join(root, "_headers");
  const rules: HeaderRule[] =
    applyHeadersFile && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, "utf8")) : [];
  // dev: look files up on each request (a rebuild shows at once); sirv checks containment too.
  const files = sirv(root, { dev: true, dotfiles: false, extensions: [] });

  function notFound(request: IncomingMessage, response: ServerResponse, path: string): void {
    const page = join(root, "404.html");
    if (!existsSync(page)) return plain(response, 404, "Not found");
    applyHeaders(response, rules, path, page);
    response.writeHead(404);
    response.end(request.method === "HEAD" ? undefined : readFileSync(page));
  }

  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      return plain(response, 405, "Method not allowed", { Allow: "GET, HEAD" });
    }
    const target = requestPath(request.url);
    if (!target.ok) return plain(response, 400, "Bad request");
    const { path, search } = target;
    if (HOST_FILES.has(path)) return notFound(request, response, path);
    const file = resolve(root, `.${path}`);
    if (!isInside(root, file, sep)) return plain(response, 400, "Bad request");
    const stats = existsSync(file) ? statSync(file) : null;
    if (stats?.isDirectory() && !path.endsWith("/")) {
      // `path` starts with one "/" and holds no empty segment, so this stays on our origin.
      return plain(response, 301, "Moved", { Location: `${encodePath(path)}/${search}` });
    }
    const served = stats?.isDirectory() ? join(file, "index.html") : file;
    applyHeaders(response, rules, path, served);
    // sirv gets the normalised path re-encoded, so it serves exactly the file the headers were chosen for.
    const relative = stats?.isDirectory() ? `${path}index.html` : path;
    request.url = encodePath(relative);
    files(request, response, () => notFound(request, response, path));
  };
}

export function startStaticServer(options: StaticServerOptions): Promise<Server> {
  const server = createServer(createStaticHandler(options.root, options.applyHeadersFile !== false));
  return new Promise((done) => server.listen(options.port, options.host ?? "127.0.0.1", () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? "dist";
  const port = Number(process.argv[3] ?? 4321);
  await startStaticServer({ root, port });
  console.log(`Serving ${root} with its _headers at http://127.0.0.1:${port}/`);
}
