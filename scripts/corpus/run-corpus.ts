/**
 * Runs the committed corpus through the interpreter and compares every call with the CPU's
 * recorded answer: per (function, compiler, level) triple it is "ran" (every input gave the native
 * result), "refused" (the function reaches something the interpreter does not support, named in
 * the message) or "wrong" (it ran and some input differed). Used by corpus.test.ts and the bench.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  assemble,
  compile,
  functionProblem,
  prepareRawCall,
  readRegister,
  run,
  type CompiledProgram,
  type RawArgument,
} from "../../src/core/asm/index.ts";
import type { CorpusCase } from "./main.ts";
import type { InputValue } from "./inputs.ts";
import type { IntegerType } from "./signatures.ts";

export const CORPUS_DIR = join(import.meta.dirname, "..", "..", "content", "corpus");
const STEP_LIMIT = 20_000_000;

export interface TripleResult {
  config: string;
  name: string;
  status: "ran" | "refused" | "wrong";
  detail: string;
}

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");

function littleEndian(values: readonly string[], type: IntegerType): Uint8Array {
  const size = type.bits / 8;
  const bytes = new Uint8Array(values.length * size);
  values.forEach((v, i) => {
    const unsigned = BigInt.asUintN(type.bits, BigInt(v));
    for (let b = 0; b < size; b++) bytes[i * size + b] = Number((unsigned >> BigInt(8 * b)) & 0xffn);
  });
  return bytes;
}

function rawArguments(fn: CorpusCase, input: InputValue[]): RawArgument[] {
  return fn.params.map((p, i): RawArgument => {
    const value = input[i]!;
    if (typeof value === "string") {
      const t = p.type as IntegerType;
      // The caller extends 8- and 16-bit arguments to 32 bits (what gcc and clang rely on);
      // bits 32–63 of a 32-bit argument are garbage.
      const extended = t.signed ? BigInt.asIntN(t.bits, BigInt(value)) : BigInt.asUintN(t.bits, BigInt(value));
      return { kind: "integer", value: extended, upperGarbage: t.bits < 64 };
    }
    if ("s" in value) return { kind: "bytes", bytes: new Uint8Array([...new TextEncoder().encode(value.s), 0]) };
    if ("out" in value) return { kind: "bytes", bytes: new Uint8Array(value.out).fill(0xaa) };
    return { kind: "bytes", bytes: littleEndian(value.a, (p.type as { element: IntegerType }).element) };
  });
}

/** The line the native driver printed, computed from an interpreter run (or why it cannot be). */
function interpret(compiled: CompiledProgram, fn: CorpusCase, input: InputValue[], seed: number): string {
  const prepared = prepareRawCall(compiled, fn.name, rawArguments(fn, input), { garbageSeed: seed });
  if (!prepared.ok) return `cannot call: ${prepared.fault.message}`;
  const m = run(compiled, prepared.prepared.machine, STEP_LIMIT);
  if (m.status === "faulted") {
    const kind = m.fault!.kind;
    if (kind === "divide") return "fault SIGFPE";
    if (kind === "memory" || kind === "stack-overflow" || kind === "bad-jump" || kind === "bad-return")
      return "fault SIGSEGV";
    return `fault ${kind}: ${m.fault!.message} (line ${m.fault!.line})`;
  }
  let value = "-";
  if (fn.returns.kind === "integer") {
    const rax = readRegister(m, 0);
    const { bits, signed } = fn.returns;
    value = String(signed ? BigInt.asIntN(bits, rax) : BigInt.asUintN(bits, rax));
  }
  const dumps = prepared.prepared.placed
    .filter((p): p is { address: number; length: number } => p !== null)
    .map((p, i) => {
      const param = fn.params.filter((q) => q.type.kind !== "integer")[i]!;
      // A string is dumped with its NUL; an array by its elements.
      const length = param.type.kind === "array" ? p.length : p.length;
      return ` ${hex(m.memory.subarray(p.address - 0x10000, p.address - 0x10000 + length))}`;
    });
  return `${value}${dumps.join("")}`;
}

export function loadCases(): CorpusCase[] {
  return (JSON.parse(readFileSync(join(CORPUS_DIR, "cases.json"), "utf8")) as { functions: CorpusCase[] }).functions;
}

export function configs(): string[] {
  return readdirSync(join(CORPUS_DIR, "listings")).sort();
}

export function nativeResults(config: string): Record<string, string[]> {
  return JSON.parse(readFileSync(join(CORPUS_DIR, "native", `${config}.json`), "utf8")) as Record<string, string[]>;
}

/** Every function of `cases` in one listing's text, against the recorded native lines. */
export function interpretSource(
  text: string,
  cases: CorpusCase[],
  native: Record<string, string[]>,
  config = "",
): TripleResult[] {
  const results: TripleResult[] = [];
  const assembled = assemble(text, { perFunction: true });
  if (!assembled.ok) throw new Error("per-function assembly never refuses a listing");
  const compiled = compile(assembled.program);
  for (const fn of cases) {
    const problem = functionProblem(assembled.program, fn.name);
    if (problem) {
      results.push({ config, name: fn.name, status: "refused", detail: `line ${problem.line}: ${problem.message}` });
      continue;
    }
    const wrong: string[] = [];
    fn.inputs.forEach((input, k) => {
      const expected = native[fn.name]![k]!.trimEnd();
      const actual = interpret(compiled, fn, input, k + 1).trimEnd();
      if (actual !== expected)
        wrong.push(`input ${k} ${JSON.stringify(input)}: native ${expected}, interpreter ${actual}`);
    });
    results.push({
      config,
      name: fn.name,
      status: wrong.length ? "wrong" : "ran",
      detail: wrong.slice(0, 2).join("; "),
    });
  }
  return results;
}

export function runConfig(config: string, cases: CorpusCase[]): TripleResult[] {
  const native = nativeResults(config);
  const files = [...new Set(cases.map((c) => c.file))];
  return files.flatMap((file) => {
    const text = readFileSync(join(CORPUS_DIR, "listings", config, file.replace(/\.c$/, ".s")), "utf8");
    return interpretSource(
      text,
      cases.filter((c) => c.file === file),
      native,
      config,
    );
  });
}
