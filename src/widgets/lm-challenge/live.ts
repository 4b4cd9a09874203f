/**
 * Everything the widget needs once the reader starts, loaded then and not on view: the corpus and
 * weights loader, the core's forward pass and hashing, the worker client and the panels.
 */
export { loadLm, type Loaded } from "./load.ts";
export { createClient, type Client } from "./worker-client.ts";
export { paramsFromValues } from "../../core/lm/params.ts";
export { validateEdits } from "../../core/lm/corpus.ts";
export { lmWeightsSha256 } from "../../core/lm/weights.ts";
export { TryIt } from "./TryIt.tsx";
export { WeightsPanel } from "./WeightsPanel.tsx";
export { RepairsPanel } from "./RepairsPanel.tsx";
export { DataPanel, type Retrained } from "./DataPanel.tsx";
export { recordLmRetrain, recordLmWeights } from "./payoff.ts";
