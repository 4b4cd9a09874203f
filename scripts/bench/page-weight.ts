/**
 * What a page costs a reader, from the built files alone: the bytes of its HTML (inline styles and
 * scripts included) and of everything it loads before any interaction (stylesheets, scripts and
 * what they import, the fonts any of its styles names), separately from what loads only when a
 * widget scrolls into view (island components and their imports).
 * Deterministic, so tests can hold budgets on it; the benchmark report prints it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  page: string;
  html: Bytes;
  css: Bytes;
  /** Scripts that run on load: inline ones and module scripts with their static imports. */
  firstJs: Bytes;
  /** Of firstJs, the inline scripts alone (the theme script and the toggle). */
  inlineJs: Bytes;
  /** Island code fetched when a widget becomes visible. */
  lazyJs: Bytes;
  fonts: Bytes;
  firstLoad: Bytes;
  files: { first: string[]; lazy: string[] };
}

export function measure(content: Buffer | string): Bytes {
  const buffer = typeof content === "string" ? Buffer.from(content) : content;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (...all: Bytes[]): Bytes =>
  all.reduce((sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip, brotli: sum.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

const attributeValues = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((m) => m[1] ?? "");

function resolveUrl(dist: string, fromUrl: string, href: string): string | null {
  if (/^(https?:)?\/\//.test(href) || href.startsWith("data:")) return null;
  const url = new URL(href, `http://site${fromUrl}`);
  return join(dist, decodeURIComponent(url.pathname));
}

/** A module and everything it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function moduleClosure(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  const urlPath = `/${file.slice(dist.length + 1)}`;
  for (const match of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g,
  )) {
    const target = resolveUrl(dist, urlPath, match[1] ?? "");
    if (target) moduleClosure(dist, target, seen);
  }
}

function sumFiles(files: Iterable<string>): Bytes {
  return add(...[...files].map((file) => measure(readFileSync(file))));
}

export function pageWeight(dist: string, htmlFile: string, pageUrl: string): PageWeight {
  const html = readFileSync(htmlFile, "utf8");
  const css = new Set(
    attributeValues(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)
      .concat(attributeValues(html, /<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g))
      .map((href) => resolveUrl(dist, pageUrl, href))
      .filter((file): file is string => file !== null),
  );
  const fonts = new Set<string>();
  const fontUrl = /url\(["']?([^)"']+\.woff2?)["']?\)/g;
  for (const file of css) {
    for (const font of attributeValues(readFileSync(file, "utf8"), fontUrl)) {
      const resolved = resolveUrl(dist, `/${file.slice(dist.length + 1)}`, font);
      if (resolved) fonts.add(resolved);
    }
  }
  // Small stylesheets are inlined (astro.config.ts); a face one of them names counts too.
  for (const [, style = ""] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
    for (const font of attributeValues(style, fontUrl)) {
      const resolved = resolveUrl(dist, pageUrl, font);
      if (resolved) fonts.add(resolved);
    }
  }
  const firstModules = new Set<string>();
  for (const src of attributeValues(html, /<script[^>]+src="([^"]+)"/g)) {
    const file = resolveUrl(dist, pageUrl, src);
    if (file) moduleClosure(dist, file, firstModules);
  }
  const inlineScripts = [
    ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1] ?? "");
  for (const code of inlineScripts) {
    for (const match of code.matchAll(/import\(["']([^"']+\.m?js)["']\)|from\s*["']([^"']+\.m?js)["']/g)) {
      const file = resolveUrl(dist, pageUrl, match[1] ?? match[2] ?? "");
      if (file) moduleClosure(dist, file, firstModules);
    }
  }
  const lazyModules = new Set<string>();
  for (const url of attributeValues(html, /(?:component-url|renderer-url)="([^"]+)"/g)) {
    const file = resolveUrl(dist, pageUrl, url);
    if (file) moduleClosure(dist, file, lazyModules);
  }
  for (const file of firstModules) lazyModules.delete(file);

  const inlineJs = measure(inlineScripts.join(""));
  const firstJs = add(inlineJs, sumFiles(firstModules));
  const htmlBytes = measure(html);
  const cssBytes = sumFiles(css);
  const fontBytes = sumFiles(fonts);
  return {
    page: pageUrl,
    html: htmlBytes,
    css: cssBytes,
    firstJs,
    inlineJs,
    lazyJs: sumFiles(lazyModules),
    fonts: fontBytes,
    firstLoad: add(htmlBytes, cssBytes, firstJs, fontBytes),
    files: { first: [...css, ...fonts, ...firstModules], lazy: [...lazyModules] },
  };
}

export interface IslandWeight {
  /** The island's component chunk, e.g. "/_astro/View.Ab12Cd34.js". */
  component: string;
  /** The `data-widget` name of the slot holding it, when it sits in a widget slot. */
  widget: string | null;
  /** The hydration directive: "visible" means its code loads only when it scrolls into view. */
  client: string;
  /** Its component and renderer with their static imports, minus what the page loaded first. */
  js: Bytes;
  files: string[];
}

/**
 * Each island of a page on its own: what one widget costs when it alone scrolls into view (chunks
 * two islands share count for both, since either may be the first to load them).
 */
export function islandWeights(dist: string, htmlFile: string, pageUrl: string): IslandWeight[] {
  const html = readFileSync(htmlFile, "utf8");
  const loadedFirst = new Set(pageWeight(dist, htmlFile, pageUrl).files.first);
  return [...html.matchAll(/<astro-island\b[^>]*>/g)].map((match) => {
    const tag = match[0];
    const urls = attributeValues(tag, /(?:component-url|renderer-url)="([^"]+)"/g);
    const modules = new Set<string>();
    for (const url of urls) {
      const file = resolveUrl(dist, pageUrl, url);
      if (file) moduleClosure(dist, file, modules);
    }
    for (const file of loadedFirst) modules.delete(file);
    const slotsBefore = [...html.slice(0, match.index).matchAll(/data-widget="([^"]+)"/g)];
    return {
      widget: slotsBefore.at(-1)?.[1] ?? null,
      component: /component-url="([^"]+)"/.exec(tag)?.[1] ?? "(unknown)",
      client: /\bclient="([^"]+)"/.exec(tag)?.[1] ?? "(none)",
      js: sumFiles(modules),
      files: [...modules],
    };
  });
}
