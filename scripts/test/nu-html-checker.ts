/**
 * The W3C Nu HTML Checker (vnu.jar from the `vnu-jar` npm package; needs a Java runtime, which
 * ensure-packages.ts installs) on every built page, errors only. A second, independent reading of
 * the HTML beside html-validate: it implements the HTML standard's own conformance rules, such as
 * the heading-level and ARIA-with-native-attribute checks html-validate does not make.
 * Exit status 0 only when it reports no error.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const vnuJar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

const files = htmlFiles(process.argv[2] ?? "dist").sort();
const result = spawnSync("java", ["-jar", vnuJar, "--errors-only", "--format", "gnu", ...files], {
  encoding: "utf8",
});
if (result.error) {
  console.error(`Could not run java (install a Java runtime, e.g. default-jre-headless): ${result.error.message}`);
  process.exit(1);
}
/**
 * vnu also parses the CSS of `<style>` elements (small stylesheets are inlined, astro.config.ts),
 * with a parser that predates container query units: it reports "Parse Error" at every declaration
 * using `cqi`, which browsers support. Only those errors are dropped; any other CSS error counts.
 */
const CSS_PARSE_ERROR = /^"file:(.+)":(\d+)\.(\d+)-\d+\.\d+: error: CSS: “[\w-]+”: Parse Error\.$/;
const CONTAINER_UNIT = /\d(?:cqi|cqw|cqh|cqb|cqmin|cqmax)\b/;
const sources = new Map<string, string[]>();
function usesContainerUnit(line: string): boolean {
  const [, file = "", row = "0", column = "0"] = CSS_PARSE_ERROR.exec(line) ?? [];
  if (!file) return false;
  if (!sources.has(file)) sources.set(file, readFileSync(file, "utf8").split("\n"));
  const text = sources.get(file)?.[Number(row) - 1] ?? "";
  const at = Number(column) - 1;
  const start = Math.max(text.lastIndexOf(";", at), text.lastIndexOf("{", at)) + 1;
  const ends = [text.indexOf(";", at), text.indexOf("}", at)].filter((i) => i >= 0);
  return CONTAINER_UNIT.test(text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length));
}
const reported = `${result.stdout}${result.stderr}`.split("\n").filter((line) => line.trim() !== "");
const errors = reported.filter((line) => !usesContainerUnit(line));
for (const line of errors) console.error(line);
console.log(`Nu HTML checker: ${files.length} pages, ${errors.length} errors`);
// vnu exits 1 when it reported anything, including the container-unit lines dropped above; any
// other status (or 1 with nothing reported) means it did not run through, which fails too.
const ranThrough = result.status === 0 || (result.status === 1 && reported.length > 0);
process.exit(ranThrough && errors.length === 0 ? 0 : 1);
