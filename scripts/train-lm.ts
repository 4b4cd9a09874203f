/**
 * Trains the language model in Node and prints the weights' SHA-256 and the behaviour table.
 *
 *   npm run train:lm -- [--seed N] [--data shipped|fixed] [--epochs N] [--write]
 *
 * --data fixed trains on the corpus with its known fix applied (the wrong batch corrected).
 * --write regenerates content/data/lm/lm-weights.{safetensors,json}; refused unless the
 * recipe is the published one on the shipped corpus, because that is what "published" means.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import {
  decodeCorpus,
  evaluateBehaviour,
  LM_CONFIG,
  LM_RECIPE,
  lmWeightsSha256,
  lmWeightsToSafetensors,
  parameterCount,
  trainLm,
} from "../src/core/lm/index.ts";

const CORPUS_FILE = new URL("../content/data/lm/corpus.json", import.meta.url);
const WEIGHTS_FILE = new URL("../content/data/lm/lm-weights.safetensors", import.meta.url);
const WEIGHTS_JSON = new URL("../content/data/lm/lm-weights.json", import.meta.url);

function usage(message: string): never {
  console.error(`${message}\nusage: npm run train:lm -- [--seed N] [--data shipped|fixed] [--epochs N] [--write]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const options: { seed: number; epochs: number; data: string; write: boolean } = {
  seed: LM_RECIPE.seed,
  epochs: LM_RECIPE.epochs,
  data: "shipped",
  write: false,
};
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  const value = () => args[++i] ?? usage(`${arg} needs a value`);
  if (arg === "--seed") options.seed = Number(value());
  else if (arg === "--epochs") options.epochs = Number(value());
  else if (arg === "--data") options.data = value();
  else if (arg === "--write") options.write = true;
  else usage(`unknown argument ${arg}`);
}
if (options.data !== "shipped" && options.data !== "fixed") usage("--data must be shipped or fixed");
if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff)
  usage("--seed must be 0…4294967295");
if (!Number.isInteger(options.epochs) || options.epochs < 1 || options.epochs > 400) usage("--epochs must be 1…400");

const decoded = decodeCorpus(JSON.parse(readFileSync(CORPUS_FILE, "utf8")), LM_CONFIG.context);
if (!decoded.ok) usage(`corpus.json: ${decoded.problems.map((p) => `${p.where}: ${p.message}`).join("; ")}`);
const corpus = decoded.value;
const recipe = {
  ...LM_RECIPE,
  seed: options.seed,
  epochs: options.epochs,
  edits: options.data === "fixed" ? corpus.fix : [],
};
const started = performance.now();
const outcome = trainLm(LM_CONFIG, corpus, recipe);
const milliseconds = performance.now() - started;
if (outcome.status !== "trained") {
  console.log(JSON.stringify(outcome));
  process.exit(1);
}
const hash = lmWeightsSha256(outcome.params);
const behaviour = evaluateBehaviour(outcome.params, corpus);
const c = LM_CONFIG;
console.log(`data      ${options.data} (${corpus.sentences.length} sentences, ${recipe.edits.length} edits)`);
console.log(
  `model     ${c.layers} layers, ${c.heads} heads, width ${c.width}, MLP ${c.mlpWidth}, vocabulary ${c.vocabSize}, context ${c.context}: ${parameterCount(c)} parameters`,
);
console.log(
  `recipe    seed ${recipe.seed}, Adam lr ${recipe.learningRate}, ${recipe.epochs} epochs × batch ${recipe.batchSize} = ${outcome.steps} steps`,
);
console.log(`time      ${milliseconds.toFixed(0)} ms`);
console.log(`loss      ${outcome.epochLosses.at(-1)!.toFixed(4)} (last epoch, nats per word)`);
console.log(`sha256    ${hash}`);
console.log("");
for (const g of behaviour.groups) {
  const mark = g.passed >= g.required ? "pass" : "FAIL";
  console.log(`${mark}  ${g.group.padEnd(28)} ${g.passed}/${g.total} (needs ${g.required})`);
}
console.log(`      held-out next word (info)  ${behaviour.heldOutWords[0]}/${behaviour.heldOutWords[1]}`);
console.log("");
for (const r of behaviour.probes) {
  if (r.probe.group === "neighbour capitals" && r.passed) continue;
  console.log(
    `${r.passed ? "  ok" : "FAIL"}  [${r.probe.group}] ${r.probe.prompt} → ${r.top} (p(${r.probe.answer}) = ${r.answerProbability.toFixed(3)})`,
  );
}
console.log(behaviour.allPassed ? "\nevery behaviour test passes" : "\nsome behaviour tests fail");

if (options.write) {
  if (options.data !== "shipped" || options.seed !== LM_RECIPE.seed || options.epochs !== LM_RECIPE.epochs)
    usage("--write publishes only the published recipe on the shipped corpus");
  const file = lmWeightsToSafetensors(outcome.params);
  writeFileSync(WEIGHTS_FILE, file);
  const fileHash = createHash("sha256").update(file).digest("hex");
  writeFileSync(
    WEIGHTS_JSON,
    `${JSON.stringify({ sha256: hash, safetensorsSha256: fileHash, config: LM_CONFIG, recipe: LM_RECIPE, parameters: parameterCount(c) }, null, 2)}\n`,
  );
  console.log(`wrote ${WEIGHTS_FILE.pathname} (${file.length} bytes, sha256sum ${fileHash})`);
}
