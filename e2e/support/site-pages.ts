/** The pages of the built site, found in dist/ so that every new page is tested without a list. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const DIST = "dist";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name.startsWith(".") ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const toUrlPath = (file: string): string =>
  `/${relative(DIST, file).replace(/\\/g, "/")}`.replace(/\/index\.html$/, "/");

/** Root-relative URL paths of every HTML page, e.g. "/", "/about/", "/404.html". */
export function sitePages(): string[] {
  return htmlFiles(DIST).map(toUrlPath).sort();
}

/** The chapter pages: those built with the essay layout. */
export function chapterPages(): string[] {
  return htmlFiles(DIST)
    .filter((file) => readFileSync(file, "utf8").includes('<article class="essay"'))
    .map(toUrlPath)
    .sort();
}
