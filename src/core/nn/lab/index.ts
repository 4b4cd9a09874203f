/**
 * Public API of the reproducibility lab's core: the lab recipe (every ingredient as a choice),
 * its trainer (the core trainer plus program variants) and the rebuild-and-compare report.
 */
export {
  EPOCH_CHOICES,
  HIDDEN_CHOICES,
  LEARNING_RATE_CHOICES,
  MAX_SEED,
  PUBLISHED_LAB_RECIPE,
  changedIngredients,
  coreRecipe,
  droppedExamples,
  isCoreRecipe,
} from "./lab-recipe.ts";
export type {
  ExpChoice,
  LabRecipe,
  LabelChoice,
  OrderChoice,
  PrecisionChoice,
  ScriptChoice,
  SubsetChoice,
  SumChoice,
} from "./lab-recipe.ts";
export { DIFF_EDGES } from "./choices.ts";
export { otherExp } from "./lab-math.ts";
export type { ExpTally } from "./lab-math.ts";
export { labTrainGenerator } from "./lab-train.ts";
export type { LabOutcome } from "./lab-train.ts";
export { compareWithPublished, diffBin, rebuildGenerator } from "./rebuild.ts";
export type { RebuildProgress, RebuildReport } from "./rebuild.ts";
