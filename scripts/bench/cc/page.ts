/**
 * In-browser bench of the C compiler: for each level, the time from the reader's C text to a
 * finished test table (compile, assemble, run every row), every run counted, the cold first one
 * too, since a reader's first edit is cold.
 */
import { exercises } from "../../../content/exercises/index.ts";
import { compile, runCTestTable } from "../../../src/core/c/index.ts";
import { summarize, type Summary } from "../stats.ts";
import { nextTask, requestedRepeats } from "../engines/page-helpers.ts";

export interface CcBenchResult {
  engine: "cc";
  levels: { id: string; sourceChars: number; passed: number; total: number; compileAndTestMs: Summary }[];
}

async function bench(): Promise<CcBenchResult> {
  const repeats = requestedRepeats();
  const levels: CcBenchResult["levels"] = [];
  for (const exercise of exercises) {
    const source = exercise.sourceEdits.find((e) => e.id === exercise.sourceFix)!.source;
    const samples: number[] = [];
    let passed = 0;
    let total = 0;
    for (let i = 0; i < repeats; i++) {
      await nextTask();
      const started = performance.now();
      const compiled = compile(source);
      if (!compiled.ok) throw new Error(`${exercise.id}: ${compiled.errors[0]!.message}`);
      const table = runCTestTable(compiled, exercise);
      samples.push(performance.now() - started);
      if (!table.ok) throw new Error(`${exercise.id}: ${table.fault.message}`);
      passed = table.passed;
      total = table.total;
    }
    levels.push({ id: exercise.id, sourceChars: source.length, passed, total, compileAndTestMs: summarize(samples) });
  }
  return { engine: "cc", levels };
}

const scope = window as unknown as { __benchResult?: CcBenchResult | { engine: "cc"; error: string } };
bench().then(
  (result) => (scope.__benchResult = result),
  (error: unknown) =>
    (scope.__benchResult = { engine: "cc", error: error instanceof Error ? error.message : String(error) }),
);
