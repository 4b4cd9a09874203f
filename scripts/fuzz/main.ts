/**
 * `npm run fuzz -- [COUNT] [SEED]`: the differential fuzzer at scale (default 100,000 sequences),
 * in batches; prints the counts and every mismatch. Mismatches become fixtures in regressions.ts.
 */
import { fuzz } from "./differential.ts";

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 0xbe7c);
const BATCH = 5_000;
let compared = 0;
let indeterminate = 0;
let mismatches = 0;
const start = performance.now();
for (let done = 0, batch = 0; done < count; done += BATCH, batch++) {
  const report = fuzz(seed + batch, Math.min(BATCH, count - done));
  compared += report.compared;
  indeterminate += report.indeterminate;
  mismatches += report.mismatches.length;
  for (const m of report.mismatches) console.log(`seed ${seed + batch}: ${JSON.stringify(m.sequence)}\n  ${m.detail}`);
}
console.log(
  `${count} sequences: ${compared} compared, ${indeterminate} indeterminate, ${mismatches} mismatches (${((performance.now() - start) / 1000).toFixed(0)} s)`,
);
process.exitCode = mismatches ? 1 : 0;
