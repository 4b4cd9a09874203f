// Oracle: a second JavaScript engine. The language-model core is bundled with esbuild and run in
// QuickJS (a bytecode interpreter with its own libm); training there must give the same SHA-256 as
// in Node's V8, on the shipped corpus and on the fixed one, and the forward pass the same bits.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { getQuickJS } from "quickjs-emscripten";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeCorpus } from "./corpus.ts";
import { LM_CONFIG, LM_RECIPE } from "./model-spec.ts";
import { trainLm } from "./train.ts";
import { lmWeightsSha256 } from "./weights.ts";

const ROOT = new URL("../../../", import.meta.url);
const corpusText = readFileSync(new URL("content/data/lm/corpus.json", ROOT), "utf8");
const decoded = decodeCorpus(JSON.parse(corpusText), LM_CONFIG.context);
if (!decoded.ok) throw new Error("corpus.json does not decode");
const corpus = decoded.value;

let bundle = "";
beforeAll(() => {
  bundle = execFileSync(
    new URL("node_modules/.bin/esbuild", ROOT).pathname,
    [
      new URL("src/core/lm/index.ts", ROOT).pathname,
      "--bundle",
      "--format=iife",
      "--global-name=LM",
      "--target=es2020",
    ],
    { encoding: "utf8" },
  );
});

async function runInQuickJS(body: string): Promise<unknown> {
  const quickjs = await getQuickJS();
  const runtime = quickjs.newRuntime();
  runtime.setMemoryLimit(512 * 1024 * 1024);
  runtime.setMaxStackSize(1024 * 1024);
  const context = runtime.newContext();
  try {
    const result = context.evalCode(`${bundle}\nconst CORPUS = JSON.parse(${JSON.stringify(corpusText)});\n${body}`);
    if (result.error) {
      const error = context.dump(result.error);
      result.error.dispose();
      throw new Error(`QuickJS: ${JSON.stringify(error)}`);
    }
    const text = context.getString(result.value);
    result.value.dispose();
    return JSON.parse(text);
  } finally {
    context.dispose();
    runtime.dispose();
  }
}

describe("a second engine (QuickJS)", () => {
  it("trains a short run to the same SHA-256 as Node, on the shipped and the fixed corpus", async () => {
    for (const data of ["shipped", "fixed"] as const) {
      const recipe = { ...LM_RECIPE, epochs: 1, edits: data === "fixed" ? corpus.fix : [] };
      const node = trainLm(LM_CONFIG, corpus, recipe);
      if (node.status !== "trained") throw new Error("did not train in Node");
      const quick = await runInQuickJS(`
        const corpus = LM.decodeCorpus(CORPUS, ${LM_CONFIG.context}).value;
        const recipe = ${JSON.stringify({ ...recipe, edits: [] })};
        const edits = ${data === "fixed"} ? corpus.fix : [];
        const outcome = LM.trainLm(LM.LM_CONFIG, corpus, { ...recipe, edits });
        JSON.stringify({ status: outcome.status, sha256: LM.lmWeightsSha256(outcome.params), losses: outcome.epochLosses });
      `);
      expect(quick).toEqual({ status: "trained", sha256: lmWeightsSha256(node.params), losses: node.epochLosses });
    }
  }, 600_000);
});
