/**
 * In-browser bench of the x86-64 interpreter: instructions per second on a long counted loop
 * (after one warm-up run, as this is a steady-state throughput), and the time to assemble a
 * level's shipped listing and run its whole test table (every run counted, the cold one too,
 * since a reader's first "Run tests" is cold).
 */
import { summarize } from "../stats.ts";
import { loopRunner, testTables } from "./asm-adapter.ts";
import { nextTask, publish, requestedRepeats } from "./page-helpers.ts";
import type { AsmBenchResult } from "./protocol.ts";

/** 5 M iterations × 4 instructions: long enough (~0.1–0.5 s) that timer granularity is noise. */
const LOOP_ITERATIONS = 5_000_000;

async function bench(): Promise<AsmBenchResult> {
  const repeats = requestedRepeats();
  const loop = loopRunner(LOOP_ITERATIONS);
  loop.prepare();
  loop.run();
  const runMs: number[] = [];
  const perSecond: number[] = [];
  let instructionsPerRun = 0;
  for (let i = 0; i < repeats; i++) {
    await nextTask();
    loop.prepare();
    const started = performance.now();
    instructionsPerRun = loop.run();
    const elapsedMs = performance.now() - started;
    runMs.push(elapsedMs);
    perSecond.push(instructionsPerRun / (elapsedMs / 1000));
  }
  const tables: AsmBenchResult["testTables"] = [];
  for (const table of testTables()) {
    const samples: number[] = [];
    let last = { passed: 0, total: 0, instructions: 0 };
    for (let i = 0; i < repeats; i++) {
      await nextTask();
      const started = performance.now();
      last = table.run();
      samples.push(performance.now() - started);
    }
    tables.push({
      id: table.id,
      rows: table.rows,
      passed: last.passed,
      instructions: last.instructions,
      runMs: summarize(samples),
    });
  }
  return {
    engine: "asm",
    loop: {
      iterationsPerRun: LOOP_ITERATIONS,
      instructionsPerRun,
      instructionsPerSecond: summarize(perSecond),
      runMs: summarize(runMs),
    },
    testTables: tables,
  };
}

publish("asm", bench);
