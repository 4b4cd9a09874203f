/**
 * The lab recipe's type, its closed choices and the published values — with no imports at all,
 * so the widget's first bundle can use them without pulling in the trainer (lab-recipe.ts and
 * the rest of the lab import the core; the published values are checked against
 * content/data/published-weights.json and DEFAULT_RECIPE in lab.test.ts).
 */

/** |Δ| bin edges of the weight-difference map: bin 0 = identical bits, bins 1–5 by these edges. */
export const DIFF_EDGES = [1e-12, 1e-9, 1e-6, 1e-3] as const;

export const HIDDEN_CHOICES = [16, 24, 32, 48, 64] as const;
export const LEARNING_RATE_CHOICES = [0.01, 0.02, 0.05, 0.1, 0.2] as const;
export const EPOCH_CHOICES = [5, 10, 20, 30, 40] as const;
export const MAX_SEED = 4294967295;

export type LabelChoice = "shipped" | "fixed";
/** "drop-1pct": leave out 12 examples (1 %) picked by a fixed generator, as a lost file would. */
export type SubsetChoice = "all" | "drop-1pct";
/** The file order of the same examples: as shipped (by digit), reversed, or grouped by labelling batch. */
export type OrderChoice = "shipped" | "reversed" | "by-batch";
/** v1: He-uniform initialisation (the published script); v2: Glorot-uniform. */
export type ScriptChoice = "v1" | "v2";
/** ours: detExp; engine: this browser's Math.exp; other: a stand-in for another engine's exp. */
export type ExpChoice = "ours" | "engine" | "other";
/** How each neuron's products are added: one thread left to right, 4 SIMD lanes, or a tree. */
export type SumChoice = "sequential" | "blocked" | "pairwise";
export type PrecisionChoice = "float64" | "float32";

export interface LabRecipe {
  readonly labels: LabelChoice;
  readonly subset: SubsetChoice;
  readonly order: OrderChoice;
  readonly hiddenUnits: number;
  readonly learningRate: number;
  readonly epochs: number;
  readonly script: ScriptChoice;
  readonly exp: ExpChoice;
  readonly seed: number;
  readonly sum: SumChoice;
  readonly precision: PrecisionChoice;
}

/** The recipe of the published weights (content/data/published-weights.json). */
export const PUBLISHED_LAB_RECIPE: LabRecipe = Object.freeze({
  labels: "shipped",
  subset: "all",
  order: "shipped",
  hiddenUnits: 32,
  learningRate: 0.05,
  epochs: 20,
  script: "v1",
  exp: "ours",
  seed: 1,
  sum: "sequential",
  precision: "float64",
});
