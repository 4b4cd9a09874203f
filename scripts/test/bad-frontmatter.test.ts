/**
 * A chapter with bad frontmatter fails the build, and the error names the file and the field.
 * Oracle: Astro itself, run on a scratch copy of the project with one field broken.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const project = resolve(".");
const scratch = mkdtempSync(join(tmpdir(), "pf-frontmatter-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function syncWith(file: string, frontmatterEdit: (text: string) => string): string {
  const dir = mkdtempSync(join(scratch, "p-"));
  for (const entry of ["astro.config.ts", "tsconfig.json", "package.json", "package-lock.json", "src", "public"]) {
    cpSync(join(project, entry), join(dir, entry), { recursive: true });
  }
  cpSync(join(project, "content", "essays", file), join(dir, "content", "essays", file));
  symlinkSync(join(project, "node_modules"), join(dir, "node_modules"), "dir");
  const path = join(dir, "content", "essays", file);
  writeFileSync(path, frontmatterEdit(readFileSync(path, "utf8")));
  const result = spawnSync("npx", ["astro", "sync"], { cwd: dir, encoding: "utf8" });
  return `${result.status}\n${result.stdout}\n${result.stderr}`;
}

describe("chapter frontmatter validation", () => {
  const file =
    readdirSync(join(project, "content", "essays"))
      .filter((name) => name.endsWith(".mdx"))
      .sort()[0] ?? "";
  const id = file.replace(/\.mdx$/, "");

  it("names the file and the field when a field has the wrong type", () => {
    const output = syncWith(file, (text) => text.replace(/^order: .*$/m, 'order: "first"'));
    expect(output.startsWith("0\n")).toBe(false);
    expect(output).toContain(id);
    expect(output).toMatch(/order/);
  });

  it("names the missing field when one is left out", () => {
    const output = syncWith(file, (text) => text.replace(/^summary: .*$/m, ""));
    expect(output.startsWith("0\n")).toBe(false);
    expect(output).toContain(id);
    expect(output).toMatch(/summary/);
  });

  it("accepts the chapter as it is (the check is not failing for some other reason)", () => {
    const output = syncWith(file, (text) => text);
    expect(output.startsWith("0\n")).toBe(true);
  });
});
