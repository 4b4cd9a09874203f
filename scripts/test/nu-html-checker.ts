/**
 * The W3C Nu HTML Checker (vnu.jar from the `vnu-jar` npm package; needs a Java runtime, which
 * ensure-packages.ts installs) on every built page, errors only. A second, independent reading of
 * the HTML beside html-validate: it implements the HTML standard's own conformance rules, such as
 * the heading-level and ARIA-with-native-attribute checks html-validate does not make.
 * Exit status 0 only when it reports no error.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
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
const errors = `${result.stdout}${result.stderr}`.split("\n").filter((line) => line.trim() !== "");
for (const line of errors) console.error(line);
console.log(`Nu HTML checker: ${files.length} pages, ${errors.length} errors`);
process.exit(result.status === 0 && errors.length === 0 ? 0 : 1);
