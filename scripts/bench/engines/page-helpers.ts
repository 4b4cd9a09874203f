/**
 * Small helpers shared by the in-browser engine bench entries: how many repeats the Node side
 * asked for (?repeats=N), a pause that ends the current task, and publishing the result.
 */
import type { BenchWindow, EngineBenchResult } from "./protocol.ts";

export const requestedRepeats = (): number => Number(new URL(location.href).searchParams.get("repeats") ?? "10");

/** Ends the current task, so the next piece of work is a task of its own (as a click would be). */
export const nextTask = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

export function publish(engine: string, work: () => Promise<EngineBenchResult>): void {
  const scope = window as unknown as BenchWindow;
  work().then(
    (result) => (scope.__benchResult = result),
    (error: unknown) =>
      (scope.__benchResult = { engine, error: error instanceof Error ? error.message : String(error) }),
  );
}
