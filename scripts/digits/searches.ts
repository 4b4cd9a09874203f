/**
 * Runs the exhaustive searches (src/core/nn/search/) on the published weights and writes what
 * the page shows to content/data/searches.json.
 *
 *   npx node scripts/digits/searches.ts [--check]
 *
 * `--check` fails if the committed file differs from a fresh search (search.test.ts does too).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { decodeDigits, weightsFromSafetensors, weightsSha256 } from "../../src/core/nn/index.ts";
import { buildCache } from "../../src/core/nn/search/sweep.ts";
import { summarise } from "../../src/core/nn/search/summary.ts";
import { TEST_COUNT } from "../../src/core/nn/suite.ts";

const DATA = new URL("../../content/data/", import.meta.url);
const OUTPUT = new URL("searches.json", DATA);
const digits = decodeDigits(JSON.parse(readFileSync(new URL("digits.json", DATA), "utf8")));
const weights = weightsFromSafetensors(new Uint8Array(readFileSync(new URL("published-weights.safetensors", DATA))));
if (!digits.ok || !weights.ok) throw new Error("content/data/ does not decode");
const started = performance.now();
const summary = summarise(
  buildCache(weights.value, digits.value.test, digits.value.holdout),
  weightsSha256(weights.value),
  TEST_COUNT,
);
const text = JSON.stringify(summary, null, 1) + "\n";
console.log(
  `searched ${summary.parameters} parameters and ${weights.value.hiddenUnits} units in ${(performance.now() - started).toFixed(0)} ms`,
);
console.log(
  `best single number: ${summary.singleNumber.best.tensor}[${summary.singleNumber.best.position}] ${summary.singleNumber.best.original} → ${summary.singleNumber.best.value}: ${summary.singleNumber.best.passed} of ${TEST_COUNT}`,
);
console.log(`parameters passing every test: ${summary.singleNumber.passingAll.length}`);
console.log(
  `best single unit: unit ${summary.singleUnit.best.unit} sign ${summary.singleUnit.best.sign} ×${summary.singleUnit.best.factor}: ${summary.singleUnit.best.passed} of ${TEST_COUNT}`,
);
if (process.argv.includes("--check")) {
  if (readFileSync(OUTPUT, "utf8") !== text) {
    console.error("content/data/searches.json differs from a fresh search");
    process.exit(1);
  }
} else {
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT.pathname}`);
}
