/**
 * Trains the digits MLP in Node and prints the weights' SHA-256 and per-digit test accuracy.
 *
 *   npx node scripts/train.ts [--seed N] [--data shipped|fixed] [--epochs N] [--write]
 *
 * --data fixed trains on the true labels (the shipped data plus `fixedLabelEdits`).
 * --write regenerates content/data/published-weights.{safetensors,json}; it is refused unless
 * the recipe is the default one on the shipped data, because that is what "published" means.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import {
  behaviourTable,
  DEFAULT_RECIPE,
  decodeDigits,
  evaluate,
  fixedLabelEdits,
  train,
  weightsSha256,
  weightsToSafetensors,
} from "../src/core/nn/index.ts";

const DATA_FILE = new URL("../content/data/digits.json", import.meta.url);
const WEIGHTS_FILE = new URL("../content/data/published-weights.safetensors", import.meta.url);
const WEIGHTS_JSON = new URL("../content/data/published-weights.json", import.meta.url);

function usage(message: string): never {
  console.error(`${message}\nusage: node scripts/train.ts [--seed N] [--data shipped|fixed] [--epochs N] [--write]`);
  process.exit(2);
}

const args = process.argv.slice(2);
const options: { seed?: number; epochs?: number; data: string; write: boolean } = { data: "shipped", write: false };
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

const dataBytes = readFileSync(DATA_FILE);
const decoded = decodeDigits(JSON.parse(dataBytes.toString("utf8")));
if (!decoded.ok)
  usage(`content/data/digits.json: ${decoded.problems.map((p) => `${p.where}: ${p.message}`).join("; ")}`);
const data = decoded.value;

const recipe = {
  ...DEFAULT_RECIPE,
  ...(options.seed === undefined ? {} : { seed: options.seed }),
  ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
  edits: options.data === "fixed" ? fixedLabelEdits(data.train) : [],
};
const started = performance.now();
const outcome = train(recipe, data);
const milliseconds = performance.now() - started;

if (outcome.status !== "trained") {
  console.log(JSON.stringify(outcome, null, 2));
  process.exit(1);
}
const hash = weightsSha256(outcome.params);
const evaluation = evaluate(outcome.params, data.test);
console.log(`data      ${options.data} (${outcome.trainingExamples} training examples, ${recipe.edits.length} edits)`);
console.log(
  `recipe    seed ${recipe.seed}, ${recipe.hiddenUnits} hidden, lr ${recipe.learningRate}, momentum ${recipe.momentum}, ${recipe.epochs} epochs × batch ${recipe.batchSize} = ${outcome.steps} steps`,
);
console.log(`time      ${milliseconds.toFixed(0)} ms`);
console.log(`loss      ${outcome.epochLosses.at(-1)!.toFixed(4)} (last epoch mean)`);
console.log(`sha256    ${hash}`);
console.log(`accuracy  ${(evaluation.accuracy * 100).toFixed(1)} % (${evaluation.correct}/${evaluation.total})`);
for (const row of behaviourTable(evaluation)) {
  const { correct, total } = evaluation.perDigit[row.digit]!;
  const confused = row.mostConfusedWith
    ? `  most often read as ${row.mostConfusedWith.digit} (${row.mostConfusedWith.count})`
    : "";
  console.log(
    `  ${row.pass ? "pass" : "FAIL"}  ${row.digit}: ${(row.accuracy * 100).toFixed(1).padStart(5)} % (${correct}/${total})${confused}`,
  );
}

if (options.write) {
  const isPublishedRecipe = options.data === "shipped" && options.seed === undefined && options.epochs === undefined;
  if (!isPublishedRecipe) usage("--write only with the default recipe on the shipped data");
  const dataSha256 = createHash("sha256").update(dataBytes).digest("hex");
  const file = weightsToSafetensors(outcome.params, {
    sha256: hash,
    recipe: JSON.stringify(outcome.recipe),
    data_sha256: dataSha256,
  });
  writeFileSync(WEIGHTS_FILE, file);
  const meta = {
    format: "preferred-form-published-weights/1",
    about:
      "The MLP trained by scripts/train.ts with the default recipe on the shipped (buggy) content/data/digits.json.",
    file: "published-weights.safetensors",
    sha256: hash,
    sha256Of:
      "the canonical weight bytes: the safetensors byte buffer (float64 LE; hidden.bias, hidden.weight, output.bias, output.weight)",
    fileSha256: createHash("sha256").update(file).digest("hex"),
    recipe: outcome.recipe,
    data: { file: "digits.json", sha256: dataSha256 },
    testAccuracy: { overall: evaluation.accuracy, perDigit: evaluation.perDigit.map((d) => d.accuracy) },
  };
  writeFileSync(WEIGHTS_JSON, JSON.stringify(meta, null, 2) + "\n");
  console.log(`wrote     ${WEIGHTS_FILE.pathname} (${file.length} bytes) and published-weights.json`);
}
