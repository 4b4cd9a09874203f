/**
 * Times a full retrain of the language model (the published recipe) in Node, a few runs, and
 * prints the median and the SHA-256 of each run (they must all be the published one).
 *
 *   npm run bench:lm -- [--runs N]
 *
 * The Chromium figure, with the main thread watched for long tasks, is `npm run bench`'s engines
 * section (scripts/bench/engines/lm-page.ts, through the widget's own worker).
 */
import { readFileSync } from "node:fs";
import { decodeCorpus, LM_CONFIG, LM_RECIPE, lmWeightsSha256, trainLm } from "../../src/core/lm/index.ts";

const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error("--runs must be 1…50");
const decoded = decodeCorpus(
  JSON.parse(readFileSync(new URL("../../content/data/lm/corpus.json", import.meta.url), "utf8")),
  LM_CONFIG.context,
);
if (!decoded.ok) throw new Error("corpus.json does not decode");
const published = JSON.parse(
  readFileSync(new URL("../../content/data/lm/lm-weights.json", import.meta.url), "utf8"),
) as {
  sha256: string;
};
const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const outcome = trainLm(LM_CONFIG, decoded.value, { ...LM_RECIPE, edits: [] });
  const ms = performance.now() - started;
  if (outcome.status !== "trained") throw new Error(outcome.status);
  const sha = lmWeightsSha256(outcome.params);
  times.push(ms);
  console.log(
    `run ${run + 1}: ${ms.toFixed(0)} ms, ${sha === published.sha256 ? "published hash" : `DIFFERENT hash ${sha}`}`,
  );
}
times.sort((a, b) => a - b);
console.log(`median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms over ${runs} runs (Node ${process.version})`);
