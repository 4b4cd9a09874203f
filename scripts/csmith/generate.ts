/**
 * `node scripts/csmith/generate.ts [--from SEED] [--count N] [--out DIR] [--check]`: generates
 * Csmith programs restricted to the site compiler's subset (FLAGS), builds each natively with gcc
 * together with the replacement runtime (runtime.ts), and records gcc's checksum. With --out the
 * programs (Csmith's text, comments stripped) and `expected.json` are written there (the corpus
 * that `npm test` runs); with --check each program is also compiled and run by the site's
 * compiler and every disagreement is printed.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NATIVE_HARNESS, csmithProgram } from "./runtime.ts";
import { CSMITH_STEP_LIMIT, runCsmithProgram } from "./run.ts";

/** The subset: no bit-fields, packed structs, volatiles, floats, unions, argc, builtins; small programs. */
export const FLAGS = [
  "--no-bitfields",
  "--no-packed-struct",
  "--no-volatiles",
  "--no-volatile-pointers",
  "--no-argc",
  "--no-float",
  "--no-builtins",
  "--no-unions",
  "--max-funcs",
  "3",
  "--max-block-depth",
  "3",
  "--max-array-dim",
  "2",
  "--max-array-len-per-dim",
  "4",
  "--max-expr-complexity",
  "6",
];

function stripComments(text: string): string {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\n\s*\n+/g, "\n")
      .trim() + "\n"
  );
}

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const from = argument("--from", 1);
const count = argument("--count", 10);
const outIndex = process.argv.indexOf("--out");
const out = outIndex >= 0 ? process.argv[outIndex + 1]! : null;
const check = process.argv.includes("--check");
const work = mkdtempSync(join(tmpdir(), "csmith-"));
writeFileSync(join(work, "harness.c"), NATIVE_HARNESS);
execFileSync("gcc", ["-c", "-O1", "-w", join(work, "harness.c"), "-o", join(work, "harness.o")]);
const expected: Record<string, string> = {};
if (out) {
  mkdirSync(out, { recursive: true });
  try {
    Object.assign(expected, JSON.parse(readFileSync(join(out, "expected.json"), "utf8")) as Record<string, string>);
  } catch {
    // A new corpus.
  }
}
let agree = 0;
let tooLong = 0;
let disagree = 0;
for (let seed = from; seed < from + count; seed++) {
  const raw = join(work, "raw.c");
  // In the work folder: csmith writes a platform.info file into its current directory.
  execFileSync("csmith", [...FLAGS, "--seed", String(seed), "--output", raw], { cwd: work });
  const program = stripComments(readFileSync(raw, "utf8"));
  const full = join(work, "full.c");
  writeFileSync(full, csmithProgram(program));
  let native: string;
  try {
    execFileSync("gcc", ["-O1", "-w", "-Dmain=csmith_main", "-c", full, "-o", join(work, "full.o")]);
    execFileSync("gcc", [join(work, "full.o"), join(work, "harness.o"), "-o", join(work, "full")]);
    native = execFileSync(join(work, "full"), { timeout: 5000 }).toString().trim();
  } catch {
    console.log(`seed ${seed}: gcc build or run failed (timeout?), skipped`);
    continue;
  }
  const name = `seed-${seed}.c`;
  if (out) {
    writeFileSync(join(out, name), program);
    expected[name] = native;
  }
  if (check) {
    const ours = runCsmithProgram(program);
    if (ours === native) agree++;
    else if (/stopped after \d+ steps/.test(ours)) {
      // Not an answer either way: the program outruns the interpreter's step limit.
      tooLong++;
      console.log(`seed ${seed}: longer than ${CSMITH_STEP_LIMIT} interpreted instructions, no verdict`);
    } else {
      disagree++;
      console.log(`seed ${seed}: gcc ${native}, ours ${ours}`);
    }
  }
}
if (out) {
  const sorted = Object.fromEntries(
    Object.entries(expected).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })),
  );
  writeFileSync(join(out, "expected.json"), JSON.stringify(sorted, null, 2) + "\n");
}
if (check) console.log(`agree ${agree}, disagree ${disagree}, over the step limit ${tooLong}`);
rmSync(work, { recursive: true });
