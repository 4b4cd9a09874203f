/**
 * `node scripts/cc-corpus/build.ts`: writes the generated corpus programs (operators.ts) to
 * src/core/c/corpus/programs/, then builds every program there natively with gcc and records in
 * expected.json what the real CPU gave: main's exit status as the shell sees it, and main's full
 * return value (printed by a harness that calls main renamed). The unit test compares the site's
 * compiler + interpreter with these.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { operatorPrograms } from "./operators.ts";

const DIR = "src/core/c/corpus/programs";
const GCC = ["-O1", "-w", "-fwrapv"];

for (const p of operatorPrograms()) writeFileSync(join(DIR, p.name), p.text);
const work = mkdtempSync(join(tmpdir(), "cc-corpus-"));
writeFileSync(
  join(work, "harness.c"),
  'int corpus_main(void);\nint printf(const char *, ...);\nint main(void) { printf("%d\\n", corpus_main()); return 0; }\n',
);
execFileSync("gcc", ["-c", "-O1", join(work, "harness.c"), "-o", join(work, "harness.o")]);
const expected: Record<string, { exit: number; value: number }> = {};
const files = readdirSync(DIR)
  .filter((f) => f.endsWith(".c"))
  .sort();
for (const file of files) {
  const source = join(DIR, file);
  execFileSync("gcc", [...GCC, source, "-o", join(work, "plain")]);
  const plain = spawnSync(join(work, "plain"), { timeout: 5000 });
  execFileSync("gcc", [...GCC, "-Dmain=corpus_main", "-c", source, "-o", join(work, "renamed.o")]);
  execFileSync("gcc", [join(work, "renamed.o"), join(work, "harness.o"), "-o", join(work, "renamed")]);
  const value = Number(execFileSync(join(work, "renamed"), { timeout: 5000 }).toString().trim());
  if (plain.status === null) throw new Error(`${file}: the native program did not exit normally`);
  expected[file] = { exit: plain.status, value };
}
writeFileSync(join(DIR, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
rmSync(work, { recursive: true });
console.log(`${files.length} programs`);
