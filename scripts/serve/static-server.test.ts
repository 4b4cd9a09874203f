/**
 * The preview server against hostile requests, each found by an attack on the old server. Oracle:
 * real HTTP over a socket (node:http sends the request target byte for byte, unnormalised) to a
 * server over a temporary folder whose sibling holds a secret file that must never come back.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isInside, requestPath } from "./request-path.ts";
import { startStaticServer } from "./static-server.ts";

const SECRET = "SECRET=do-not-serve";
let base: string;
let server: Server;
let port: number;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "static-server-"));
  const root = join(base, "dist");
  const files: Record<string, string> = {
    "index.html": "home page",
    "about/index.html": "about page",
    "embed/x/index.html": "embed page",
    "404.html": "not found page",
    _headers:
      "/*\n  Content-Security-Policy: frame-ancestors 'none'\n/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n",
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  mkdirSync(join(base, "dist-private"));
  writeFileSync(join(base, "dist-private", ".env"), SECRET);
  server = await startStaticServer({ root, port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  rmSync(base, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with `target` sent exactly as given on the request line. */
function send(target: string, method = "GET"): Promise<Reply> {
  return new Promise((done, fail) => {
    const request = httpRequest({ host: "127.0.0.1", port, path: target, method, agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => done({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", fail);
    request.end();
  });
}

describe("preview server", () => {
  it("answers 400 to an unparseable request target and keeps serving", async () => {
    expect((await send("http://[")).status).toBe(400);
    expect((await send("/")).body).toBe("home page");
  });

  it("serves pages, directory indexes and the 404 page with the headers of their own path", async () => {
    const about = await send("/about/");
    expect([about.status, about.body]).toEqual([200, "about page"]);
    expect(about.headers["content-security-policy"]).toBe("frame-ancestors 'none'");
    const embed = await send("/embed/x/");
    expect([embed.status, embed.body]).toEqual([200, "embed page"]);
    expect(embed.headers["content-security-policy"]).toBe("frame-ancestors *");
    const missing = await send("/nowhere/");
    expect([missing.status, missing.body]).toEqual([404, "not found page"]);
  });

  it("refuses encoded separators and dots instead of serving one path with another's headers", async () => {
    for (const target of ["/embed/..%2fabout/", "/embed/..%2F", "/embed/%2e%2e/about/", "/embed/..%5cabout/"]) {
      const reply = await send(target);
      expect(reply.status, target).toBe(400);
      expect(reply.body, target).not.toContain("about page");
      expect(reply.headers["content-security-policy"], target).toBeUndefined();
    }
  });

  it("never serves a file from a sibling folder whose name starts with the root's", async () => {
    for (const target of ["/..%2fdist-private/.env", "/../dist-private/.env", "/%2e%2e/dist-private/.env"]) {
      const reply = await send(target);
      expect(reply.body, target).not.toContain(SECRET);
      expect(reply.status, target).toBeGreaterThanOrEqual(400);
    }
    expect(isInside("/srv/dist", "/srv/dist-private/.env", "/")).toBe(false);
    expect(isInside("/srv/dist", "/srv/dist/a.html", "/")).toBe(true);
  });

  it("answers only GET and HEAD: other methods get 405 with Allow", async () => {
    for (const method of ["POST", "PUT", "DELETE", "TRACE", "PATCH", "OPTIONS"]) {
      const reply = await send("/", method);
      expect(reply.status, method).toBe(405);
      expect(reply.headers["allow"], method).toBe("GET, HEAD");
    }
    const head = await send("/about/", "HEAD");
    expect([head.status, head.body]).toEqual([200, ""]);
  });

  it("does not serve the _headers file", async () => {
    const reply = await send("/_headers");
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain("frame-ancestors");
  });

  it("redirects a directory to its slash form on the same origin, never to //host", async () => {
    const about = await send("/about?x=1");
    expect([about.status, about.headers["location"]]).toEqual([301, "/about/?x=1"]);
    for (const target of ["/.//evil.com/..%2fabout", "//evil.com/about", "/.//evil.com/", "///evil.com"]) {
      const reply = await send(target);
      expect(String(reply.headers["location"] ?? "/"), target).toMatch(/^\/(?![/\\])/);
    }
  });

  it("whatever the path, never a 5xx, never the secret, never a redirect off the origin", async () => {
    const piece = fc.constantFrom("/", ".", "..", "%2f", "%2F", "%2e", "%5c", "\\", "%", "%zz", "about", "embed", "x");
    const pieceOrTail = fc.oneof(piece, fc.constantFrom("dist-private", ".env", "?q=/", "#f", "%00"));
    await fc.assert(
      fc.asyncProperty(fc.array(pieceOrTail, { maxLength: 10 }), async (pieces) => {
        const target = `/${pieces.join("")}`;
        const reply = await send(target);
        expect(reply.status, target).toBeLessThan(500);
        expect(reply.body, target).not.toContain(SECRET);
        if (reply.headers["location"] !== undefined) expect(reply.headers["location"], target).toMatch(/^\/(?![/\\])/);
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});

describe("requestPath", () => {
  it("gives one decoded path in normal form, or a refusal", () => {
    expect(requestPath("/a%20b/?q=1")).toEqual({ ok: true, path: "/a b/", search: "?q=1" });
    expect(requestPath("http://example.org/about/")).toMatchObject({ ok: true, path: "/about/" });
    for (const target of ["http://[", "/a//b", "/a/%2e%2e/b", "/a%2fb", "/%E0%A4%A", "*", "//x/y", "/a\\b"]) {
      expect(requestPath(target).ok, target).toBe(false);
    }
  });
});
