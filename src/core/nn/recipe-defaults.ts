/**
 * What a recipe holds and the published run's values, apart from recipe.ts's validation, so a
 * widget's first chunk can read the defaults without the validators (recipe.ts re-exports both).
 */
import type { DataEdit } from "./edits.ts";

export interface Recipe {
  /** Seeds initialisation and the per-epoch shuffles. Integer in [0, 2^32). */
  readonly seed: number;
  /** Width of the single hidden ReLU layer. Integer in [1, 256]. */
  readonly hiddenUnits: number;
  /** SGD step size. In (0, 1e300] (absurd values are allowed and end as "diverged"). */
  readonly learningRate: number;
  /** Heavy-ball momentum factor. In [0, 1). */
  readonly momentum: number;
  /** Full passes over the training set. Integer in [1, 500]. */
  readonly epochs: number;
  /** Examples per SGD step; the last step of an epoch takes what is left. Integer in [1, 4096]. */
  readonly batchSize: number;
  /** Edits to the shipped training data, applied in order. Empty = the shipped data. */
  readonly edits: readonly DataEdit[];
}

export const DEFAULT_RECIPE: Recipe = Object.freeze({
  seed: 1,
  hiddenUnits: 32,
  learningRate: 0.05,
  momentum: 0.9,
  epochs: 20,
  batchSize: 32,
  edits: Object.freeze([]),
});
