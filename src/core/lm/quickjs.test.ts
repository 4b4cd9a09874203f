// Oracle: a second JavaScript engine running the same code. The language-model core is bundled
// once with esbuild; the bundle's text runs in Node's V8 (node:vm) and in QuickJS (a bytecode
// interpreter with its own libm), and the two must give the same SHA-256 and the same losses, bit
// for bit. A full retrain in QuickJS takes minutes, so both engines train a truncated run: two
// epochs on the 32 sentences that end with the wrong batch (8 Adam steps, shuffles, layer norms, softmaxes,
// square roots), on the shipped and on the fixed data, plus the behaviour tests of the published
// weights (forward passes with trained-size numbers). The full run's hash is checked against the
// published one in Node (behaviour.test.ts) and in Chromium (e2e/lm-challenge.spec.ts).
// A control shows the truncated run can tell engines apart: the same bundle with detExp swapped for
// Math.exp gives another hash.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { getQuickJS } from "quickjs-emscripten";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("../../../", import.meta.url);
const corpusText = readFileSync(new URL("content/data/lm/corpus.json", ROOT), "utf8");
const weightsBase64 = readFileSync(new URL("content/data/lm/lm-weights.safetensors", ROOT)).toString("base64");

/**
 * The code both engines run, after the bundle: it defines `result` (a JSON string). The slice is
 * the corpus's last 32 sentences, where the wrong batch is (checked), so both runs see it; the
 * fix's edits are re-indexed into the slice. base64 is decoded by hand (QuickJS has no atob).
 */
const PROGRAM = `
  const decoded = LM.decodeCorpus(JSON.parse(CORPUS_TEXT), LM.LM_CONFIG.context);
  if (!decoded.ok) throw new Error("corpus does not decode");
  const corpus = decoded.value;
  const start = corpus.sentences.length - 32;
  if (!corpus.fix.every((e) => e.index >= start)) throw new Error("the fixed sentences are not in the slice");
  const slice = { ...corpus, sentences: corpus.sentences.slice(start, start + 32) };
  const fix = corpus.fix.map((e) => ({ ...e, index: e.index - start }));
  const runs = {};
  for (const [name, edits] of [["shipped", []], ["fixed", fix]]) {
    const outcome = LM.trainLm(LM.LM_CONFIG, slice, { ...LM.LM_RECIPE, epochs: 2, edits });
    runs[name] = { status: outcome.status, steps: outcome.steps, sha256: LM.lmWeightsSha256(outcome.params), losses: outcome.epochLosses };
  }
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const clean = WEIGHTS_BASE64.replace(/=+$/, "");
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0, count = 0, at = 0;
  for (const ch of clean) {
    bits = (bits << 6) | alphabet.indexOf(ch);
    count += 6;
    if (count >= 8) { count -= 8; bytes[at++] = (bits >> count) & 255; }
  }
  const published = LM.lmWeightsFromSafetensors(bytes, LM.LM_CONFIG);
  if (!published.ok) throw new Error("weights do not parse");
  const behaviour = LM.evaluateBehaviour(published.value, corpus);
  const result = JSON.stringify({ runs, behaviour });
`;

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

const source = (code: string) =>
  `${code}\nconst CORPUS_TEXT = ${JSON.stringify(corpusText)};\nconst WEIGHTS_BASE64 = "${weightsBase64}";\n${PROGRAM}\nresult;`;

function runInNode(code: string): unknown {
  return JSON.parse(runInNewContext(source(code), {}) as string);
}

async function runInQuickJS(code: string): Promise<unknown> {
  const quickjs = await getQuickJS();
  const runtime = quickjs.newRuntime();
  runtime.setMemoryLimit(512 * 1024 * 1024);
  runtime.setMaxStackSize(1024 * 1024);
  const context = runtime.newContext();
  try {
    const result = context.evalCode(source(code));
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

interface Outcome {
  runs: Record<string, { status: string; steps: number; sha256: string; losses: number[] }>;
  behaviour: unknown;
}

describe("a second engine (QuickJS)", () => {
  it("trains the truncated runs to the same SHA-256 and losses as V8, and scores the published weights the same", async () => {
    const node = runInNode(bundle) as Outcome;
    expect(node.runs.shipped!.status).toBe("trained");
    expect(node.runs.shipped!.steps).toBe(8);
    expect(node.runs.fixed!.sha256).not.toBe(node.runs.shipped!.sha256);
    expect(await runInQuickJS(bundle)).toEqual(node);
  }, 300_000);

  it("control: with Math.exp in place of detExp, the truncated run's hash changes", async () => {
    const marker = "function detExp(x) {";
    expect(bundle).toContain(marker);
    const swapped = bundle.replace(marker, `${marker}\n  return Math.exp(x);`);
    const honest = runInNode(bundle) as Outcome;
    const quick = (await runInQuickJS(swapped)) as Outcome;
    expect(quick.runs.shipped!.sha256).not.toBe(honest.runs.shipped!.sha256);
  }, 300_000);
});
