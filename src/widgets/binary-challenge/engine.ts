/**
 * Everything that needs the x86-64 core, loaded on demand: the widget's first paint uses results
 * computed at build time, and this chunk (the assembler, interpreter and encoder) arrives when the
 * reader starts to interact. Test rows run on the main thread in slices: the page yields between
 * rows once a slice has taken 16 ms, so even a table of endless loops (1,000,000 steps a row)
 * never blocks input for long, and it works in sandboxed frames where workers are not allowed.
 */
import {
  assemble,
  callCompiled,
  compile,
  encodeProgram,
  toHex,
  type AsmError,
  type CFunction,
  type TestCase,
} from "../../core/asm/index.ts";
import { rowView, type RowView } from "./results.ts";
import { yieldToMain } from "../shared/yield.ts";
import type * as EngineModule from "./engine.ts";

/** This module's own shape, for the panels that receive it once it has loaded. */
export type Engine = typeof EngineModule;

export {
  assemble,
  callListing,
  cloneMachine,
  compile,
  currentLine,
  MEMORY_BASE,
  prepareCall,
  readRegister,
  readRflags,
  registerName,
  run,
  step,
} from "../../core/asm/index.ts";
export type { CompiledProgram, Machine } from "../../core/asm/index.ts";
export { describeFixSize, fixSize } from "./fix-size.ts";
export { recordListingFix, recordSourceFix } from "./payoff.ts";

export type TableRun =
  | { ok: true; rows: RowView[]; passed: number; total: number }
  | { ok: false; errors: AsmError[] }
  | { ok: false; cancelled: true };

const SLICE_MS = 16;

/** Row i uses garbage seed 1 + i, as runTestTable does, so the step-through replays a row exactly. */
export async function runTable(
  text: string,
  fn: CFunction,
  tests: readonly TestCase[],
  cancelled: () => boolean = () => false,
): Promise<TableRun> {
  const assembled = assemble(text);
  if (!assembled.ok) return { ok: false, errors: assembled.errors };
  const compiled = compile(assembled.program);
  const rows: RowView[] = [];
  let sliceStart = performance.now();
  for (const [i, test] of tests.entries()) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      if (cancelled()) return { ok: false, cancelled: true };
      sliceStart = performance.now();
    }
    const result = callCompiled(compiled, fn, test.args, { garbageSeed: 1 + i });
    rows.push(
      result.ok
        ? rowView({ actual: Number(result.value), fault: null, pass: result.value === BigInt(test.expected) })
        : rowView({ actual: null, fault: result.fault, pass: false }),
    );
  }
  return { ok: true, rows, passed: rows.filter((row) => row.pass).length, total: rows.length };
}

export interface Encoded {
  /** Per listing line (index = line - 1): byte offset and hex bytes, or null/"" for none. */
  addresses: (number | null)[];
  bytes: string[];
  length: number;
}

export function encodeLines(text: string, lineCount: number): Encoded | { errors: AsmError[] } {
  const assembled = assemble(text);
  if (!assembled.ok) return { errors: assembled.errors };
  const encoded = encodeProgram(assembled.program);
  if (!encoded.ok) return { errors: encoded.errors };
  const addresses = new Array<number | null>(lineCount).fill(null);
  const bytes = new Array<string>(lineCount).fill("");
  for (const instruction of encoded.instructions) {
    addresses[instruction.line - 1] = instruction.address;
    bytes[instruction.line - 1] = toHex(instruction.bytes);
  }
  return { addresses, bytes, length: encoded.length };
}
