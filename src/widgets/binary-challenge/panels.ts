/**
 * The panels a reader reaches only by interacting (the C rebuild, the step-through, their own
 * listing or C): loaded with the simulator, so the island's first load stays within its budget.
 * The C compiler itself is a further chunk (c-loader.ts), loaded on the first edit of the C.
 */
export { OwnC } from "./OwnC.tsx";
export { OwnListing } from "./OwnListing.tsx";
export { SourcePanel } from "./SourcePanel.tsx";
export { StepThrough } from "./StepThrough.tsx";
