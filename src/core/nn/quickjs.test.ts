// Oracle: a second JavaScript engine. The core is bundled with esbuild and run in QuickJS
// (quickjs-emscripten, a bytecode interpreter with its own libm); training there must give the
// same SHA-256 as Node's V8, and detExp the same bits on inputs where Math.exp differs.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { getQuickJS } from "quickjs-emscripten";
import { beforeAll, describe, expect, it } from "vitest";
import type * as Xoshiro128Module from "../rng/xoshiro128.ts";
import type * as DetMathModule from "./det-math.ts";
import type * as DigitsDataModule from "./digits-data.ts";
import type * as EditsModule from "./edits.ts";
import type * as TrainModule from "./train.ts";
import type * as WeightsModule from "./weights.ts";
import { loadBundle } from "../../../scripts/test/bundle.ts";

// Run as a bundle, outside Vitest's module transform (see scripts/test/bundle.ts).
const core = await loadBundle<{
  xoshiro128: typeof Xoshiro128Module;
  detMath: typeof DetMathModule;
  digitsData: typeof DigitsDataModule;
  edits: typeof EditsModule;
  train: typeof TrainModule;
  weights: typeof WeightsModule;
}>(import.meta.url, {
  xoshiro128: "../rng/xoshiro128.ts",
  detMath: "./det-math.ts",
  digitsData: "./digits-data.ts",
  edits: "./edits.ts",
  train: "./train.ts",
  weights: "./weights.ts",
});
const { createRng } = core.xoshiro128;
const { detExp } = core.detMath;
const { decodeDigits } = core.digitsData;
const { fixedLabelEdits } = core.edits;
const { train } = core.train;
const { weightsSha256 } = core.weights;

const ROOT = new URL("../../../", import.meta.url);
const dataText = readFileSync(new URL("content/data/digits.json", ROOT), "utf8");
const decoded = decodeDigits(JSON.parse(dataText));
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;

/** Float64 arrays as hex bit patterns. The same functions run in Node and, as source text, in QuickJS. */
function toHex(values: number[]): string {
  const view = new DataView(new ArrayBuffer(8));
  let hex = "";
  for (const value of values) {
    view.setFloat64(0, value, true);
    for (let i = 0; i < 8; i++) hex += view.getUint8(i).toString(16).padStart(2, "0");
  }
  return hex;
}
function fromHex(hex: string): number[] {
  const view = new DataView(new ArrayBuffer(8));
  const values: number[] = [];
  for (let at = 0; at < hex.length; at += 16) {
    for (let i = 0; i < 8; i++) view.setUint8(i, parseInt(hex.slice(at + 2 * i, at + 2 * i + 2), 16));
    values.push(view.getFloat64(0, true));
  }
  return values;
}
const FLOAT_HEX_SOURCE = `${toHex.toString()}\n${fromHex.toString()}`;

let bundle = "";
beforeAll(() => {
  bundle = execFileSync(
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
});

/** Runs `body` (which must evaluate to a JSON string) in a fresh QuickJS context with NN and DATA defined. */
async function runInQuickJS(body: string): Promise<{ value: unknown; milliseconds: number }> {
  const quickjs = await getQuickJS();
  const runtime = quickjs.newRuntime();
  runtime.setMemoryLimit(512 * 1024 * 1024);
  runtime.setMaxStackSize(1024 * 1024);
  const context = runtime.newContext();
  try {
    const started = performance.now();
    const result = context.evalCode(`${bundle}\nconst DATA = JSON.parse(${JSON.stringify(dataText)});\n${body}`);
    if (result.error) {
      const error = context.dump(result.error);
      result.error.dispose();
      throw new Error(`QuickJS: ${JSON.stringify(error)}`);
    }
    const handle = result.value;
    const text = context.getString(handle);
    handle.dispose();
    return { value: JSON.parse(text), milliseconds: performance.now() - started };
  } finally {
    context.dispose();
    runtime.dispose();
  }
}

const trainInQuickJS = (recipe: object) =>
  runInQuickJS(`
    const data = NN.decodeDigits(DATA).value;
    const recipe = ${JSON.stringify(recipe)};
    const outcome = NN.train(recipe, data);
    JSON.stringify(outcome.status === "trained" ? { status: outcome.status, sha256: NN.weightsSha256(outcome.params) } : outcome);
  `);

describe("a second engine (QuickJS)", () => {
  it("computes detExp bit for bit like V8, also where its own Math.exp differs", async () => {
    // Numbers cross the engine boundary as float64 bit patterns (hex), so no decimal
    // conversion in either engine can blur a last bit.
    const rng = createRng(77);
    const inputs = Array.from({ length: 20000 }, () => -745 + 1455 * rng.nextFloat());
    const { value } = await runInQuickJS(`
      ${FLOAT_HEX_SOURCE}
      const inputs = fromHex(${JSON.stringify(toHex(inputs))});
      JSON.stringify({ det: toHex(inputs.map((x) => NN.detExp(x))), math: toHex(inputs.map((x) => Math.exp(x))) });
    `);
    const { det, math } = value as { det: string; math: string };
    expect(det).toBe(toHex(inputs.map(detExp)));
    // "Also where its own Math.exp differs": those inputs must exist among these, or the title
    // would claim what the run never saw. On each of them QuickJS's detExp has V8's bits.
    const quickMath = fromHex(math);
    const quickDet = fromHex(det);
    const differing = inputs.flatMap((x, i) => (quickMath[i] !== Math.exp(x) ? [i] : []));
    console.log(`QuickJS Math.exp differs from V8's on ${differing.length} of ${inputs.length} inputs`);
    expect(differing.length).toBeGreaterThan(inputs.length / 100);
    for (const i of differing) expect(quickDet[i], `detExp(${inputs[i]}) in QuickJS`).toBe(detExp(inputs[i]!));
  });

  it("trains a reduced recipe to the same SHA-256 as Node (shipped and fixed data)", async () => {
    for (const recipe of [
      { epochs: 2, hiddenUnits: 16 },
      { epochs: 2, seed: 9, batchSize: 20, edits: fixedLabelEdits(data.train) },
    ]) {
      const node = train(recipe, data);
      if (node.status !== "trained") throw new Error("did not train in Node");
      const { value, milliseconds } = await trainInQuickJS(recipe);
      console.log(
        `QuickJS: ${JSON.stringify({ ...recipe, edits: recipe.edits?.length })} in ${milliseconds.toFixed(0)} ms`,
      );
      expect(value).toEqual({ status: "trained", sha256: weightsSha256(node.params) });
    }
  });

  it("reports divergence the same way", async () => {
    const recipe = { epochs: 1, hiddenUnits: 8, learningRate: 1e6 };
    const node = train(recipe, data);
    const { value } = await trainInQuickJS(recipe);
    expect(value).toEqual(JSON.parse(JSON.stringify(node)));
  });
});
