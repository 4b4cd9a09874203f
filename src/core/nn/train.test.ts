// Determinism, divergence and the trainer's contract. The oracles: a second identical run
// (same hash), the recipe's own arithmetic (step counts), and IEEE rules (no NaN escapes).
import { describe, expect, it } from "vitest";
import digitsJson from "../../../content/data/digits.json" with { type: "json" };
import type * as DigitsDataModule from "./digits-data.ts";
import type { TrainEvent } from "./train.ts";
import type * as TrainModule from "./train.ts";
import type * as WeightsModule from "./weights.ts";
import { loadBundle } from "../../../scripts/test/bundle.ts";

// Run as a bundle, outside Vitest's module transform (see scripts/test/bundle.ts).
const core = await loadBundle<{
  digitsData: typeof DigitsDataModule;
  train: typeof TrainModule;
  weights: typeof WeightsModule;
}>(import.meta.url, {
  digitsData: "./digits-data.ts",
  train: "./train.ts",
  weights: "./weights.ts",
});
const { decodeDigits } = core.digitsData;
const { train, trainGenerator } = core.train;
const { weightsSha256 } = core.weights;

const decoded = decodeDigits(digitsJson);
if (!decoded.ok) throw new Error("digits.json does not decode");
const data = decoded.value;
const SMALL = { epochs: 2, hiddenUnits: 8 };

describe("train", () => {
  it("gives the same weights hash for the same recipe, and another for another seed", () => {
    const first = train(SMALL, data);
    const second = train(SMALL, data);
    const otherSeed = train({ ...SMALL, seed: 2 }, data);
    if (first.status !== "trained" || second.status !== "trained" || otherSeed.status !== "trained")
      throw new Error("did not train");
    expect(weightsSha256(first.params)).toBe(weightsSha256(second.params));
    expect(weightsSha256(otherSeed.params)).not.toBe(weightsSha256(first.params));
  });

  it("yields one step event per batch and one epoch event per epoch, with falling loss", () => {
    const events: TrainEvent[] = [];
    const outcome = train({ ...SMALL, epochs: 3, batchSize: 100 }, data, (event) => events.push(event));
    if (outcome.status !== "trained") throw new Error("did not train");
    const stepsPerEpoch = Math.ceil(data.train.count / 100);
    expect(events.filter((e) => e.kind === "step")).toHaveLength(3 * stepsPerEpoch);
    expect(events.filter((e) => e.kind === "epoch").map((e) => e.epoch)).toEqual([1, 2, 3]);
    expect(outcome.steps).toBe(3 * stepsPerEpoch);
    expect(outcome.epochLosses[2]!).toBeLessThan(outcome.epochLosses[0]!);
    const last = events.at(-1)!;
    expect(last.kind === "epoch" && last.meanLoss).toBe(outcome.epochLosses[2]);
  });

  it("stops with diverged, not NaN weights, at an absurd learning rate", () => {
    for (const learningRate of [100, 1e6, 1e12]) {
      const outcome = train({ ...SMALL, learningRate }, data);
      expect(outcome.status).toBe("diverged");
      if (outcome.status !== "diverged") return;
      expect(outcome.atStep).toBeGreaterThanOrEqual(1);
      expect(outcome.atStep).toBeLessThanOrEqual(2 * Math.ceil(data.train.count / 32));
      expect(outcome).not.toHaveProperty("params");
    }
  });

  it("reports non-finite values as such (a step that overflows a parameter)", () => {
    // lr 1e300 makes the first update ~1e299, so the second forward pass overflows to ±Infinity/NaN.
    const outcome = train({ ...SMALL, learningRate: 1e300 }, data);
    expect(outcome).toMatchObject({ status: "diverged", reason: "non-finite" });
    expect(outcome.status === "diverged" && outcome.atStep).toBeLessThanOrEqual(2);
  });

  it("returns problems for invalid recipes instead of throwing", () => {
    const cases: unknown[] = [
      null,
      [],
      { seed: -1 },
      { seed: 1.5 },
      { hiddenUnits: 0 },
      { learningRate: 0 },
      { learningRate: NaN },
      { momentum: 1 },
      { epochs: "20" },
      { batchSize: 1e9 },
      { sede: 1 },
      { edits: [{ op: "relabel", example: -1, label: 3 }] },
    ];
    for (const recipe of cases) {
      const outcome = train(recipe, data);
      expect(outcome.status, JSON.stringify(recipe)).toBe("invalid");
      if (outcome.status === "invalid") expect(outcome.problems.length).toBeGreaterThan(0);
    }
    const outcome = train({ momentum: 1, edits: [{ op: "drop", example: 1e9 }] }, data);
    expect(outcome.status === "invalid" && outcome.problems.map((p) => p.where)).toEqual([
      "momentum",
      "edits[0].example",
    ]);
  });

  it("reports an empty training set when every batch is dropped", () => {
    const edits = data.batchNames.map((batch) => ({ op: "dropBatch", batch }));
    expect(train({ ...SMALL, edits }, data).status).toBe("empty");
  });

  it("can be stopped between steps (the generator is lazy)", () => {
    const run = trainGenerator(SMALL, data);
    const first = run.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ kind: "step", step: 1 });
    run.return(undefined as never);
    expect(run.next().done).toBe(true);
  });
});
