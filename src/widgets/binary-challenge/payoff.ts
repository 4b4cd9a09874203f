/**
 * What the binary challenge tells the payoff panel (src/widgets/shared/payoff.ts): a listing
 * patch whose tests all pass (bytes and lines it changed), and a C edit whose rebuild passes
 * (characters changed). Only fixes are recorded: a failing attempt leaves the panel as it was.
 * Reached through engine.ts, so it loads with the engine and adds nothing to the widget's first load.
 */
import { recordPayoff } from "../shared/payoff.ts";
import { charDistance } from "./diff.ts";
import type { FixSize } from "./fix-size.ts";

export function recordListingFix(level: number, size: FixSize): void {
  const bytes = size.changedBytes + size.addedBytes + size.removedBytes;
  const lines = size.changedLines + size.addedInstructions + size.removedInstructions;
  if (bytes + lines === 0) return;
  recordPayoff("binary", { bytes, lines, level });
}

export function recordSourceFix(level: number, shipped: string, fixed: string): void {
  const chars = charDistance(shipped, fixed);
  if (chars > 0) recordPayoff("source", { chars, level });
}
