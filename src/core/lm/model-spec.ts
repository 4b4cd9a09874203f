/**
 * The published model's shape and recipe: code-free data, so a widget's first chunk can name them
 * without loading the trainer.
 */
import type { LmConfig } from "./params.ts";

export const LM_CONFIG: LmConfig = {
  vocabSize: 131,
  width: 24,
  heads: 2,
  layers: 2,
  mlpWidth: 64,
  context: 12,
};

export const LM_RECIPE = { seed: 1, epochs: 40, batchSize: 8, learningRate: 0.01, finalFraction: 1 } as const;
