/**
 * Everything the widget needs once the reader starts to use it, loaded then and not on view: the
 * data and weights loader, the core functions that evaluate and hash the current weights, the
 * "Try it" panel and the images behind a row of the test table. Until this arrives, the island
 * shows the build-time test table and hash, which are the published weights' real results.
 */

export { testPredictions, validateEdits, weightsSha256 } from "./core.ts";
export type { MlpParams } from "./core.ts";
export { loadChallenge, type Loaded } from "./load.ts";
export { TryIt } from "./TryIt.tsx";
export { RowExamples } from "./RowExamples.tsx";
export { withWeightEdits } from "./weight-edits.ts";
export { testRows } from "./rows.ts";
