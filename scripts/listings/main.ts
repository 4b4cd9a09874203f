/**
 * `npm run listings`: regenerates every oracle fixture from the real toolchain (gcc 12, GNU as,
 * the CPU running native harnesses). With `--check` it writes nothing and exits non-zero when a
 * committed file differs from what the toolchain gives now.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { generateAsmFixtures } from "./asm-fixtures.ts";
import { buildExercise } from "./exercise-build.ts";
import { workspace } from "./toolchain.ts";
import * as prettier from "prettier";

const ROOT = join(import.meta.dirname, "..", "..");
export const EXERCISES_DIR = join(ROOT, "content", "exercises");
export const ASM_FIXTURES_DIR = join(ROOT, "src", "core", "asm", "fixtures");

/** Generated JSON is formatted as prettier would, so `npm run check:format` accepts it. */
async function json(value: unknown, path: string): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(JSON.stringify(value), { ...options, parser: "json", filepath: path });
}

/** Every generated file: absolute path → content. */
export async function generateAll(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const ws = workspace();
  try {
    const folders = readdirSync(EXERCISES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(EXERCISES_DIR, d.name, "exercise.json")))
      .map((d) => d.name)
      .sort();
    const values = new Map<string, unknown>();
    folders.forEach((name, index) => {
      const { build, oracle } = buildExercise(ws, join(EXERCISES_DIR, name), 0x5eed0000 + index);
      values.set(join(EXERCISES_DIR, name, "build.json"), build);
      values.set(join(EXERCISES_DIR, name, "oracle.json"), oracle);
    });
    for (const [name, value] of generateAsmFixtures(ws)) values.set(join(ASM_FIXTURES_DIR, name), value);
    for (const [path, value] of values) files.set(path, await json(value, path));
  } finally {
    ws.dispose();
  }
  return files;
}

/** Paths whose committed content differs from `generated`. */
export function staleFiles(generated: Map<string, string>): string[] {
  return [...generated]
    .filter(([path, content]) => !existsSync(path) || readFileSync(path, "utf8") !== content)
    .map(([path]) => relative(ROOT, path));
}

export async function main(argv: string[]): Promise<number> {
  const generated = await generateAll();
  if (argv.includes("--check")) {
    const stale = staleFiles(generated);
    for (const path of stale) console.error(`out of date: ${path}`);
    return stale.length ? 1 : 0;
  }
  for (const [path, content] of generated) writeFileSync(path, content);
  console.log(`wrote ${generated.size} files`);
  return 0;
}
