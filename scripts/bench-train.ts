/**
 * Times full trainings of the default recipe on the shipped data and prints median and p95.
 * The budget is ≤ 1 s median in Chromium; Node (V8 too) is the quick proxy.
 *
 *   npx node scripts/bench-train.ts [--runs N] [--quickjs]
 *
 * --quickjs also trains the default recipe once in QuickJS (an interpreter: minutes, not
 * milliseconds) and checks it reproduces the published hash — the full-size version of the
 * second-engine unit test, too slow for the unit suite.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { getQuickJS } from "quickjs-emscripten";
import { DEFAULT_RECIPE, decodeDigits, train, weightsSha256 } from "../src/core/nn/index.ts";

const ROOT = new URL("../", import.meta.url);
const args = process.argv.slice(2);
const runsIndex = args.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 10;
const dataText = readFileSync(new URL("content/data/digits.json", ROOT), "utf8");
const decoded = decodeDigits(JSON.parse(dataText));
if (!decoded.ok) throw new Error("content/data/digits.json does not decode");
const published = JSON.parse(readFileSync(new URL("content/data/published-weights.json", ROOT), "utf8")) as {
  sha256: string;
};

const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const outcome = train(DEFAULT_RECIPE, decoded.value);
  times.push(performance.now() - started);
  if (outcome.status !== "trained" || weightsSha256(outcome.params) !== published.sha256) {
    throw new Error(`run ${run + 1} did not reproduce the published weights`);
  }
}
const sorted = [...times].sort((a, b) => a - b);
const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
console.log(
  `${runs} full trainings (${DEFAULT_RECIPE.epochs} epochs, batch ${DEFAULT_RECIPE.batchSize}, ${DEFAULT_RECIPE.hiddenUnits} hidden), Node ${process.version}`,
);
console.log(
  `  first ${times[0]!.toFixed(0)} ms  median ${quantile(0.5).toFixed(0)} ms  p95 ${quantile(0.95).toFixed(0)} ms  min ${sorted[0]!.toFixed(0)} ms`,
);
console.log(`  every run: sha256 ${published.sha256} (the published weights)`);

if (args.includes("--quickjs")) {
  const bundle = execFileSync(
    new URL("node_modules/.bin/esbuild", ROOT).pathname,
    [
      new URL("src/core/nn/index.ts", ROOT).pathname,
      "--bundle",
      "--format=iife",
      "--global-name=NN",
      "--target=es2020",
    ],
    { encoding: "utf8" },
  );
  const quickjs = await getQuickJS();
  const context = quickjs.newContext();
  const started = performance.now();
  const result = context.evalCode(`${bundle}
    const outcome = NN.train(${JSON.stringify(DEFAULT_RECIPE)}, NN.decodeDigits(JSON.parse(${JSON.stringify(dataText)})).value);
    outcome.status === "trained" ? NN.weightsSha256(outcome.params) : outcome.status;`);
  const seconds = (performance.now() - started) / 1000;
  const hash = result.error ? `error ${JSON.stringify(context.dump(result.error))}` : context.getString(result.value);
  (result.error ?? result.value).dispose();
  context.dispose();
  console.log(`QuickJS: one full training in ${seconds.toFixed(1)} s, sha256 ${hash}`);
  console.log(
    hash === published.sha256
      ? "  = the published hash (V8 and QuickJS agree bit for bit)"
      : "  MISMATCH with the published hash",
  );
  if (hash !== published.sha256) process.exit(1);
}
