/**
 * In-browser bench of the x86-64 interpreter: instructions per second on two long loops, one on
 * registers and one through memory (after one warm-up run each, as this is a steady-state throughput), and the time to assemble a
 * level's shipped listing and run its whole test table (every run counted, the cold one too,
 * since a reader's first "Run tests" is cold).
 */
import { summarize } from "../stats.ts";
import { loopRunners, testTables, type LoopRunner } from "./asm-adapter.ts";
import { nextTask, publish, requestedRepeats } from "./page-helpers.ts";
import type { AsmBenchResult, AsmLoopFigures } from "./protocol.ts";

/** ~20 M instructions per run: long enough (~0.1–0.5 s) that timer granularity is noise. */
const LOOP_INSTRUCTIONS = 20_000_000;

async function measureLoop(loop: LoopRunner, repeats: number): Promise<AsmLoopFigures> {
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
  return {
    id: loop.id,
    description: loop.description,
    instructionsPerRun,
    instructionsPerSecond: summarize(perSecond),
    runMs: summarize(runMs),
  };
}

async function bench(): Promise<AsmBenchResult> {
  const repeats = requestedRepeats();
  const loops: AsmLoopFigures[] = [];
  for (const loop of loopRunners(LOOP_INSTRUCTIONS)) loops.push(await measureLoop(loop, repeats));
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
    loops,
    testTables: tables,
  };
}

publish("asm", bench);
