/**
 * Test runs of the reader's listing, one result per level. The newest run wins: starting a run
 * (or calling cancel, as switching levels does) makes any run still in flight stop at its next
 * slice and drop its result, so a slow table of endless loops never overwrites a newer one.
 * A run paints "Running…" first and starts in a later task, so the press answers at once.
 */
import { useRef, useState } from "preact/hooks";
import type { AsmError } from "../../core/asm/index.ts";
import type { Engine } from "./engine.ts";
import type { LevelData } from "./levels.ts";
import { describeError, type RowView } from "./results.ts";
import { afterNextPaint, yieldToMain } from "../shared/yield.ts";

/** The listing a run tested, with its rows, or the errors that stopped it assembling. */
export type TestResult = { lines: string[]; rows: RowView[] } | { lines: string[]; errors: AsmError[] };

export interface TestRuns {
  results: Record<string, TestResult>;
  running: boolean;
  run: (level: LevelData, lines: string[]) => Promise<void>;
  cancel: () => void;
}

export function useTestRuns(load: () => Promise<Engine>, announce: (message: string) => void): TestRuns {
  const [results, setResults] = useState<Record<string, TestResult>>({});
  const [running, setRunning] = useState(false);
  const generation = useRef(0);

  const run = async (level: LevelData, lines: string[]) => {
    const gen = ++generation.current;
    const current = () => gen === generation.current;
    setRunning(true);
    announce("Running the tests…");
    try {
      await afterNextPaint();
      if (!current()) return;
      const engine = await load();
      // Arriving, the engine re-renders the panels; the run starts in a task of its own.
      await yieldToMain();
      if (!current()) return;
      const outcome = await engine.runTable(lines.join("\n"), level.fn, level.tests, () => !current());
      if (!current() || "cancelled" in outcome) return;
      if (!outcome.ok) {
        const e = outcome.errors[0]!;
        setResults((r) => ({ ...r, [level.id]: { lines, errors: outcome.errors } }));
        announce(`The listing does not assemble. ${describeError(e)}`);
      } else {
        setResults((r) => ({ ...r, [level.id]: { lines, rows: outcome.rows } }));
        announce(
          outcome.passed === outcome.total
            ? `All ${outcome.total} tests pass. The bug is fixed.`
            : `${outcome.passed} of ${outcome.total} tests pass.`,
        );
      }
    } catch {
      /* load() reported it */
    } finally {
      if (current()) setRunning(false);
    }
  };

  const cancel = () => {
    generation.current++;
    setRunning(false);
  };

  return { results, running, run, cancel };
}
