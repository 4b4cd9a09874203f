/**
 * The panels a reader reaches only by interacting (the C rebuild, the step-through, their own
 * listing): loaded with the simulator, so the island's first load stays within its budget.
 */
export { OwnListing } from "./OwnListing.tsx";
export { SourcePanel } from "./SourcePanel.tsx";
export { StepThrough } from "./StepThrough.tsx";
