// The digits model's parameter layout has one table (src/core/nn/shape.ts's tensorLayout). Here,
// beside the other cross-layer checks, because one of its consumers is a widget. Oracle: the layout is storage
// only. Built with that table in another order, every consumer — the network's views (mlp.ts),
// the gradient (backprop.ts), the trainer and the lab's program, the weights' files (weights.ts),
// the unit search's edit (search/single-unit.ts) and the weights challenge's state (model.ts) —
// must put each tensor where the reordered table says, so the same tensors come out by name,
// bit for bit, and the same .safetensors file (a format that stores tensors by name). A consumer
// that writes the layout out itself reads and writes the wrong elements, and fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import digitsJson from "../../content/data/digits.json" with { type: "json" };
import { loadBundle } from "./bundle.ts";
import type * as ModelModule from "../../src/widgets/weights-challenge/model.ts";
import type * as ShareModule from "../../src/core/share/fragment.ts";
import type * as XoshiroModule from "../../src/core/rng/xoshiro128.ts";
import type * as BackpropModule from "../../src/core/nn/backprop.ts";
import type * as DigitsDataModule from "../../src/core/nn/digits-data.ts";
import type * as EditsModule from "../../src/core/nn/edits.ts";
import type * as LabTrainModule from "../../src/core/nn/lab/lab-train.ts";
import type * as LabRecipeModule from "../../src/core/nn/lab/lab-recipe.ts";
import type * as MlpModule from "../../src/core/nn/mlp.ts";
import type { MlpParams } from "../../src/core/nn/mlp.ts";
import type * as ShapeModule from "../../src/core/nn/shape.ts";
import type { TensorName } from "../../src/core/nn/shape.ts";
import type * as SingleUnitModule from "../../src/core/nn/search/single-unit.ts";
import type * as TrainModule from "../../src/core/nn/train.ts";
import type * as WeightsModule from "../../src/core/nn/weights.ts";

interface Core extends Record<string, unknown> {
  shape: typeof ShapeModule;
  mlp: typeof MlpModule;
  backprop: typeof BackpropModule;
  digits: typeof DigitsDataModule;
  edits: typeof EditsModule;
  rng: typeof XoshiroModule;
  train: typeof TrainModule;
  labTrain: typeof LabTrainModule;
  labRecipe: typeof LabRecipeModule;
  weights: typeof WeightsModule;
  singleUnit: typeof SingleUnitModule;
  model: typeof ModelModule;
  share: typeof ShareModule;
}
const MODULES = {
  shape: "../../src/core/nn/shape.ts",
  mlp: "../../src/core/nn/mlp.ts",
  backprop: "../../src/core/nn/backprop.ts",
  digits: "../../src/core/nn/digits-data.ts",
  edits: "../../src/core/nn/edits.ts",
  rng: "../../src/core/rng/xoshiro128.ts",
  train: "../../src/core/nn/train.ts",
  labTrain: "../../src/core/nn/lab/lab-train.ts",
  labRecipe: "../../src/core/nn/lab/lab-recipe.ts",
  weights: "../../src/core/nn/weights.ts",
  singleUnit: "../../src/core/nn/search/single-unit.ts",
  model: "../../src/widgets/weights-challenge/model.ts",
  share: "../../src/core/share/fragment.ts",
} as const;

const NAMES: readonly TensorName[] = ["hidden.bias", "hidden.weight", "output.bias", "output.weight"];
/** The table's rows as shape.ts writes them: `["hidden.bias", 1, hiddenUnits],` and so on. */
const TABLE_ROW = /^ {4}\["(hidden|output)\.(bias|weight)", [^\]]+\],$/gm;

/** The core built with shape.ts's table rows in `order` (the row text itself untouched). */
async function coreWithTable(order: readonly TensorName[]): Promise<Core> {
  return loadBundle<Core>(import.meta.url, MODULES, {
    rewrite: (file, source) => {
      if (!file.endsWith("/src/core/nn/shape.ts")) return undefined;
      const rows = source.match(TABLE_ROW) ?? [];
      const byName = new Map(rows.map((row) => [row.slice(6, row.indexOf('"', 6)), row]));
      if (rows.length !== 4 || NAMES.some((name) => !byName.has(name)))
        throw new Error("shape.ts's table no longer has the four rows this fixture reorders: update TABLE_ROW");
      let at = 0;
      return source.replace(TABLE_ROW, () => byName.get(order[at++]!)!);
    },
  });
}

/** The table rotated by one, two and three rows: orders that move every tensor, so a consumer that places any tensor itself misplaces it in each. */
const ROTATIONS = [1, 2, 3].map((by) => [...NAMES.slice(by), ...NAMES.slice(0, by)]);
/** The order the training checks use: no tensor where it was. */
const DERANGED: TensorName[] = ["output.weight", "output.bias", "hidden.weight", "hidden.bias"];

const canonical = await coreWithTable(NAMES);
const decoded = canonical.digits.decodeDigits(digitsJson);
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;
const publishedFile = new Uint8Array(
  readFileSync(new URL("../../content/data/published-weights.safetensors", import.meta.url)),
);
const published = canonical.weights.weightsFromSafetensors(publishedFile);
if (!published.ok) throw new Error("published weights do not parse");
const shipped = canonical.edits.applyEdits(data.train, data.batchNames, []);
if (!shipped.ok) throw new Error("no edits cannot fail");
const trainingSet = shipped.value;

/** Each tensor's elements, by name, read where `core`'s table puts them. */
function byName(core: Core, hiddenUnits: number, values: Float64Array): Record<TensorName, number[]> {
  const out = {} as Record<TensorName, number[]>;
  for (const t of core.shape.tensorLayout(hiddenUnits))
    out[t.name] = Array.from(values.subarray(t.offset, t.offset + t.rows * t.cols));
  return out;
}

/** `params` (canonical table) copied into `core`'s table, tensor by tensor. */
function moved(core: Core, params: MlpParams): MlpParams {
  const values = new Float64Array(params.values.length);
  const from = byName(canonical, params.hiddenUnits, params.values);
  for (const t of core.shape.tensorLayout(params.hiddenUnits)) values.set(from[t.name], t.offset);
  return core.mlp.paramsFromValues(params.hiddenUnits, values);
}

/** Parameters whose every element says where it lives: value = tensor number × 100000 + index. */
function labelled(hiddenUnits: number): MlpParams {
  const params = canonical.mlp.paramsFromValues(hiddenUnits);
  for (const t of canonical.shape.tensorLayout(hiddenUnits))
    for (let i = 0; i < t.rows * t.cols; i++) params.values[t.offset + i] = NAMES.indexOf(t.name) * 100000 + i;
  return params;
}

const SIZES = [1, 7, 32];
/** Weights with nothing at zero but the output biases (He-uniform draws, spread hidden biases). */
function weightsFor(hiddenUnits: number): MlpParams {
  const weights = canonical.mlp.initParams(hiddenUnits, canonical.rng.createRng(hiddenUnits));
  for (let i = 0; i < hiddenUnits; i++) weights.hiddenBias[i] = 0.01 * (i - hiddenUnits / 2);
  return weights;
}
const reordered = await Promise.all(ROTATIONS.map(async (order) => ({ order, core: await coreWithTable(order) })));

for (const { order, core } of reordered) {
  describe(`with the table in the order ${order.join(", ")}`, () => {
    it("the fixture really reorders it", () => {
      for (const hiddenUnits of SIZES) expect(core.shape.tensorLayout(hiddenUnits).map((t) => t.name)).toEqual(order);
    });

    it("mlp.ts: each named view is the table's slice", () => {
      for (const hiddenUnits of SIZES) {
        const params = moved(core, labelled(hiddenUnits));
        const views: Record<TensorName, Float64Array> = {
          "hidden.bias": params.hiddenBias,
          "hidden.weight": params.hiddenWeight,
          "output.bias": params.outputBias,
          "output.weight": params.outputWeight,
        };
        const expected = byName(canonical, hiddenUnits, labelled(hiddenUnits).values);
        for (const name of NAMES) expect(Array.from(views[name]), name).toEqual(expected[name]);
      }
    });

    it("backprop.ts: the same loss and gradient, tensor by tensor, as with the canonical table", () => {
      const examples = Int32Array.of(0, 300, 600, 900);
      for (const hiddenUnits of SIZES) {
        const weights = weightsFor(hiddenUnits);
        const expected = canonical.backprop.lossAndGradient(weights, trainingSet, examples);
        const actual = core.backprop.lossAndGradient(moved(core, weights), trainingSet, examples);
        expect(actual.loss).toBe(expected.loss);
        expect(byName(core, hiddenUnits, actual.gradient)).toEqual(byName(canonical, hiddenUnits, expected.gradient));
      }
    });

    it("weights.ts: the same .safetensors file, read back into this table", () => {
      for (const hiddenUnits of SIZES) {
        const weights = weightsFor(hiddenUnits);
        const file = core.weights.weightsToSafetensors(moved(core, weights));
        expect(file).toEqual(canonical.weights.weightsToSafetensors(weights));
        const read = core.weights.weightsFromSafetensors(file);
        expect(read.ok && byName(core, hiddenUnits, read.value.values)).toEqual(
          byName(canonical, hiddenUnits, weights.values),
        );
      }
    });

    it("search/single-unit.ts: negating a unit's input and scaling its output edits the same elements", () => {
      for (const hiddenUnits of SIZES) {
        const weights = weightsFor(hiddenUnits);
        const unit = hiddenUnits - 1;
        const edited = core.singleUnit.applyUnitEdit(moved(core, weights).values, hiddenUnits, unit, -1, 3);
        const reference = canonical.singleUnit.applyUnitEdit(weights.values, hiddenUnits, unit, -1, 3);
        expect(byName(core, hiddenUnits, edited)).toEqual(byName(canonical, hiddenUnits, reference));
      }
    });
  });
}

const deranged = await coreWithTable(DERANGED);

describe("trained with the table reordered (no tensor where it was)", () => {
  const core = deranged;

  it("the published recipe gives the published file, byte for byte", () => {
    const outcome = core.train.train({}, data);
    if (outcome.status !== "trained") throw new Error(`did not train: ${outcome.status}`);
    expect(core.shape.tensorLayout(32).map((t) => t.name)).toEqual(DERANGED);
    const file = core.weights.weightsToSafetensors(outcome.params);
    expect(file).toEqual(canonical.weights.weightsToSafetensors(published.value));
    expect(byName(core, 32, outcome.params.values)).toEqual(byName(canonical, 32, published.value.values));
  });

  it("the lab's program gives the same tensors as with the canonical table, variant arithmetic too", () => {
    for (const change of [{}, { sum: "pairwise", precision: "float32", exp: "other", script: "v2" }] as const) {
      const lab = { ...core.labRecipe.PUBLISHED_LAB_RECIPE, epochs: 2, hiddenUnits: 16, ...change };
      const run = (c: Core) => {
        const generator = c.labTrain.labTrainGenerator(lab, data, true);
        let next = generator.next();
        while (!next.done) next = generator.next();
        if (next.value.outcome.status !== "trained") throw new Error("did not train");
        return byName(c, 16, next.value.outcome.params.values);
      };
      expect(run(core)).toEqual(run(canonical));
    }
  });

  it("the weights challenge reads and writes the tensor it names, and checks links against its size", () => {
    const values = moved(core, published.value).values;
    const { model } = core;
    for (const name of NAMES) {
      const at = core.shape.tensorLayout(32).find((t) => t.name === name)!;
      expect(model.weightValue(model.DEFAULT_STATE, values, name, 3)).toBe(
        byName(canonical, 32, published.value.values)[name][3],
      );
      const state = model.setWeight(model.DEFAULT_STATE, values, name, 3, values[at.offset + 3]!);
      expect(state.weightEdits, `${name}: setting the published value is no edit`).toEqual([]);
    }
    // Link tensor 2 is output.bias (10 elements) whatever the table's order.
    const link = (index: number) =>
      core.share.decodeShare(
        model.SHARE_SPEC,
        `#${core.share.encodeShare(model.SHARE_SPEC, { ...model.toShared(model.DEFAULT_STATE), w: [[2, index, 1]] })}`,
      ).kind;
    expect(link(9)).toBe("ok");
    expect(link(10)).toBe("invalid");
  });
});
