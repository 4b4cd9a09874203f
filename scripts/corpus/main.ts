/**
 * `npm run corpus`: regenerates content/corpus/ from its C files. Each file is compiled by gcc 12
 * and clang 14 at -O0, -O1, -O2, -O3 and -Os to an Intel-syntax listing (committed), every function
 * gets seeded inputs (committed in cases.json), and a native driver linked with each listing
 * records what the CPU returns (committed in native/). `npm test` then checks the interpreter
 * against these files without any compiler (src/core/asm/corpus.test.ts).
 * `-- --check` writes nothing and fails when a committed file differs from what it would write.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createRng } from "../../src/core/rng/xoshiro128.ts";
import { workspace } from "../listings/toolchain.ts";
import { driverSource } from "./driver.ts";
import { inputsFor, type InputValue } from "./inputs.ts";
import { readFunctions, type CorpusFunction } from "./signatures.ts";

const ROOT = join(import.meta.dirname, "..", "..");
export const CORPUS_DIR = join(ROOT, "content", "corpus");
const INPUTS_PER_FUNCTION = 8;
export const COMPILERS = { gcc: "gcc", clang: "clang-14" } as const;
export const LEVELS = ["O0", "O1", "O2", "O3", "Os"] as const;
const FLAGS = ["-S", "-masm=intel", "-fno-asynchronous-unwind-tables", "-fcf-protection=none", "-fno-stack-protector"];

const run = (command: string, args: string[]): string =>
  execFileSync(command, args, { encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "pipe"] });

/** FNV-1a of a name: each function's input seed does not depend on the order of the files. */
const seedOf = (name: string): number => {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
};

export interface CorpusCase extends CorpusFunction {
  inputs: InputValue[][];
}

export function generate(): Map<string, string> {
  const files = new Map<string, string>();
  const sources = readdirSync(join(CORPUS_DIR, "src"))
    .filter((f) => f.endsWith(".c"))
    .sort();
  const cases: CorpusCase[] = [];
  const byFile = new Map<string, CorpusFunction[]>();
  for (const file of sources) {
    const functions = readFunctions(file, readFileSync(join(CORPUS_DIR, "src", file), "utf8"));
    byFile.set(file, functions);
    for (const fn of functions)
      cases.push({ ...fn, inputs: inputsFor(fn, createRng(seedOf(fn.name)), INPUTS_PER_FUNCTION) });
  }
  files.set(join(CORPUS_DIR, "cases.json"), `${JSON.stringify({ functions: cases }, null, 1)}\n`);
  const inputs = new Map(cases.map((c) => [c.name, c.inputs]));
  const ws = workspace();
  try {
    for (const [compiler, command] of Object.entries(COMPILERS)) {
      for (const level of LEVELS) {
        const config = `${compiler}-${level}`;
        const native: Record<string, string[]> = {};
        for (const file of sources) {
          const base = file.replace(/\.c$/, "");
          const listing = ws.path(`${config}-${base}.s`);
          // clang's integrated assembler knows .addrsig; GNU as, which links the native build, does not.
          const extra = compiler === "clang" ? ["-fno-addrsig"] : [];
          run(command, [`-${level}`, ...FLAGS, ...extra, join(CORPUS_DIR, "src", file), "-o", listing]);
          const text = readFileSync(listing, "utf8");
          files.set(join(CORPUS_DIR, "listings", config, `${base}.s`), text);
          const functions = byFile.get(file)!;
          writeFileSync(ws.path(`${config}-${base}-driver.c`), driverSource(functions, inputs));
          const exe = ws.path(`${config}-${base}`);
          run("gcc", ["-O0", "-w", ws.path(`${config}-${base}-driver.c`), listing, "-o", exe]);
          const lines = run(exe, []).trimEnd().split("\n");
          let k = 0;
          for (const fn of functions) native[fn.name] = inputs.get(fn.name)!.map(() => lines[k++]!);
          if (k !== lines.length) throw new Error(`${config} ${file}: ${lines.length} results for ${k} calls`);
        }
        files.set(join(CORPUS_DIR, "native", `${config}.json`), `${JSON.stringify(native, null, 1)}\n`);
      }
    }
  } finally {
    ws.dispose();
  }
  return files;
}

function main(argv: string[]): number {
  const files = generate();
  if (argv.includes("--check")) {
    const stale = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, "utf8") !== text);
    for (const [path] of stale) console.error(`out of date: ${relative(ROOT, path)}`);
    return stale.length ? 1 : 0;
  }
  for (const [path, text] of files) {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`wrote ${files.size} files`);
  return 0;
}

if (process.argv[1] === import.meta.filename) process.exitCode = main(process.argv.slice(2));
