/**
 * The bytes section: for every page in dist/, what it costs raw, gzip and brotli, split into what
 * loads first, what loads when a widget scrolls into view (page-weight.ts), and what a widget
 * fetches only when asked (a Web Worker, a dynamic import, a data file such as the digits set).
 * The last kind is not in any HTML: it is found by looking for other dist/ files' names inside
 * the page's scripts, which is how a bundler refers to an asset (`new URL("x.hash.json", …)`).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { islandWeights, measure, pageWeight, type Bytes, type IslandWeight, type PageWeight } from "./page-weight.ts";

export interface OnDemandFile {
  file: string;
  kind: "js" | "data";
  bytes: Bytes;
}

/** An island with its files named from the site root, largest (gzip) first. */
export interface IslandBytes extends Omit<IslandWeight, "files"> {
  files: { file: string; bytes: Bytes }[];
}

export interface PageBytes extends Omit<PageWeight, "files"> {
  /** `<img>` and the favicon (the social preview image is for other sites and not counted). */
  images: Bytes;
  /** PageWeight's firstLoad plus the images that load eagerly: the budgeted figure. */
  firstLoadWithImages: Bytes;
  isChapter: boolean;
  islands: IslandBytes[];
  onDemand: OnDemandFile[];
  /** The font files of the first load, each with its bytes (woff2 is compressed already). */
  fontFiles: { file: string; bytes: Bytes }[];
  /** Everything the page can ever fetch: first load, islands and on-demand files. */
  everything: Bytes;
  files: PageWeight["files"];
}

const ZERO: Bytes = { raw: 0, gzip: 0, brotli: 0 };
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const DATA_EXTENSIONS = new Set([".json", ".csv", ".bin", ".safetensors", ".wasm", ".txt", ".gz"]);

const fileFor = (dist: string, page: string): string => join(dist, page.endsWith("/") ? `${page}index.html` : page);

/** Root-relative URL paths of every HTML page, e.g. "/", "/about/", "/404.html" (as e2e/support/site-pages.ts). */
function sitePages(dist: string): string[] {
  return allFiles(dist)
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${relative(dist, file)}`.replace(/\/index\.html$/, "/"))
    .sort();
}

/** Chapters are the pages built with the essay layout. */
const isChapter = (html: string): boolean => html.includes('<article class="essay"');

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith(".") ? [] : allFiles(path);
    return [path];
  });
}

/** Eager images: `<img>` without loading="lazy", and icons a browser fetches with the page. */
function imageBytes(dist: string, html: string): Bytes {
  const sources = [
    ...[...html.matchAll(/<img\b(?![^>]*loading="lazy")[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1] ?? ""),
    ...[...html.matchAll(/<link\b[^>]*rel="icon"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? ""),
  ];
  return sources
    .filter((src) => src.startsWith("/") && !src.startsWith("//"))
    .map((src) => join(dist, decodeURIComponent(src.split(/[?#]/)[0] ?? "")))
    .reduce((sum, file) => add(sum, measure(readFileSync(file))), ZERO);
}

/** Files of dist/ whose names appear quoted or after a slash in `scripts`, followed transitively. */
function onDemandFiles(dist: string, scripts: readonly string[], candidates: readonly string[]): OnDemandFile[] {
  const known = new Set(scripts);
  const found: OnDemandFile[] = [];
  const queue = [...scripts];
  while (queue.length > 0) {
    const code = readFileSync(queue.shift()!, "utf8");
    for (const file of candidates) {
      if (known.has(file)) continue;
      const name = basename(file).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (!new RegExp(`["'/\`]${name}["'?#\`]`).test(code)) continue;
      known.add(file);
      const isJs = extname(file) === ".js" || extname(file) === ".mjs";
      found.push({ file: `/${relative(dist, file)}`, kind: isJs ? "js" : "data", bytes: measure(readFileSync(file)) });
      if (isJs) queue.push(file);
    }
  }
  return found;
}

export function measureBytes(dist = "dist"): PageBytes[] {
  const candidates = allFiles(dist).filter((file) => {
    const ext = extname(file);
    return ext === ".js" || ext === ".mjs" || DATA_EXTENSIONS.has(ext);
  });
  return sitePages(dist).map((page): PageBytes => {
    const htmlFile = fileFor(dist, page);
    const html = readFileSync(htmlFile, "utf8");
    const weight = pageWeight(dist, htmlFile, page);
    const images = imageBytes(dist, html);
    const scripts = [...weight.files.first, ...weight.files.lazy].filter((file) => /\.m?js$/.test(file));
    const onDemand = onDemandFiles(dist, scripts, candidates);
    const firstLoadWithImages = add(weight.firstLoad, images);
    return {
      ...weight,
      images,
      firstLoadWithImages,
      isChapter: isChapter(html),
      islands: islandWeights(dist, htmlFile, page).map((island) => ({
        ...island,
        files: island.files
          .map((file) => ({ file: `/${relative(dist, file)}`, bytes: measure(readFileSync(file)) }))
          .sort((a, b) => b.bytes.gzip - a.bytes.gzip),
      })),
      onDemand,
      fontFiles: weight.files.first
        .filter((file) => /\.woff2?$/.test(file))
        .map((file) => ({ file: `/${relative(dist, file)}`, bytes: measure(readFileSync(file)) })),
      everything: onDemand.reduce((sum, file) => add(sum, file.bytes), add(firstLoadWithImages, weight.lazyJs)),
      files: {
        first: weight.files.first.map((file) => `/${relative(dist, file)}`),
        lazy: weight.files.lazy.map((file) => `/${relative(dist, file)}`),
      },
    };
  });
}
