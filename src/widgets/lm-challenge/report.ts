/**
 * The behaviour tests' results in the small, serialisable form the view shows (and the build
 * passes to the island as props): per group, and per probe.
 */
import type { Behaviour } from "../../core/lm/behaviour.ts";

export interface GroupRow {
  readonly group: string;
  readonly passed: number;
  readonly total: number;
  readonly required: number;
}
export interface ProbeRow {
  readonly group: string;
  readonly prompt: string;
  readonly answer: string;
  readonly top: string;
  readonly passed: boolean;
}
export interface Report {
  readonly groups: readonly GroupRow[];
  /** Every probe except the neighbour capitals that pass (23 rows of "ok" say little). */
  readonly probes: readonly ProbeRow[];
}

export function reportOf(b: Behaviour): Report {
  return {
    groups: b.groups.map(({ group, passed, total, required }) => ({ group, passed, total, required })),
    probes: b.probes
      .filter((r) => !(r.probe.group === "neighbour capitals" && r.passed))
      .map((r) => ({
        group: r.probe.group,
        prompt: r.probe.prompt,
        answer: r.probe.answer,
        top: r.top,
        passed: r.passed,
      })),
  };
}
