/**
 * The LM bench's worker is the widget's own worker module (src/widgets/lm-challenge/lm.worker.ts):
 * the same trainer, the same progress messages every 20 steps, the same behaviour tests and hash
 * at the end, so the bench times what a reader's "Retrain from scratch" runs.
 */
import "../../../src/widgets/lm-challenge/lm.worker.ts";
