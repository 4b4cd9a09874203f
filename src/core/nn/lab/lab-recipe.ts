/**
 * The reproducibility lab's recipe: the classic list of ingredients of a training run, each as a
 * small closed choice so a share link stays tiny and every value is one the lab can really run.
 * The first five fields and the data choices map onto the core `Recipe` (seed, sizes, data
 * edits); the rest select a variant of the training program (`isCoreRecipe` says when none is
 * chosen, and then the lab trains through today's `trainGenerator` unchanged).
 */
import { createRng } from "../../rng/xoshiro128.ts";
import type { DigitsData } from "../digits-data.ts";
import { fixedLabelEdits, type DataEdit } from "../edits.ts";
import { DEFAULT_RECIPE, type Recipe } from "../recipe.ts";

export { EPOCH_CHOICES, HIDDEN_CHOICES, LEARNING_RATE_CHOICES, MAX_SEED, PUBLISHED_LAB_RECIPE } from "./choices.ts";
export type {
  ExpChoice,
  LabRecipe,
  LabelChoice,
  OrderChoice,
  PrecisionChoice,
  ScriptChoice,
  SubsetChoice,
  SumChoice,
} from "./choices.ts";
import { PUBLISHED_LAB_RECIPE, type LabRecipe } from "./choices.ts";

/** Seed of the generator that picks the 1 % to drop: fixed, so "drop 1 %" is one reproducible subset. */
const DROP_SEED = 2024;

/** The 1 % of training examples "drop-1pct" leaves out, ascending. */
export function droppedExamples(trainingCount: number): number[] {
  const count = Math.round(trainingCount / 100);
  const rng = createRng(DROP_SEED);
  const picked = new Set<number>();
  while (picked.size < count) picked.add(rng.nextInt(trainingCount));
  return [...picked].sort((a, b) => a - b);
}

/** The core recipe for the data, sizes and seed (the program variants are not part of it). */
export function coreRecipe(lab: LabRecipe, data: DigitsData): Recipe {
  const edits: DataEdit[] = lab.labels === "fixed" ? fixedLabelEdits(data.train) : [];
  if (lab.subset === "drop-1pct") {
    for (const example of droppedExamples(data.train.count)) edits.push({ op: "drop", example });
  }
  return {
    ...DEFAULT_RECIPE,
    seed: lab.seed,
    hiddenUnits: lab.hiddenUnits,
    learningRate: lab.learningRate,
    epochs: lab.epochs,
    edits,
  };
}

/** True when no program variant is chosen: today's core trainer is the lab's trainer. */
export function isCoreRecipe(lab: LabRecipe): boolean {
  return (
    lab.order === "shipped" &&
    lab.script === "v1" &&
    lab.exp === "ours" &&
    lab.sum === "sequential" &&
    lab.precision === "float64"
  );
}

/** The fields that differ from the published recipe, in card order. */
export function changedIngredients(lab: LabRecipe): (keyof LabRecipe)[] {
  return (Object.keys(PUBLISHED_LAB_RECIPE) as (keyof LabRecipe)[]).filter(
    (key) => lab[key] !== PUBLISHED_LAB_RECIPE[key],
  );
}
