/**
 * Calls a function of a compiled listing the System V way: integer arguments in rdi, rsi, rdx,
 * rcx, r8, r9; the listing's data loaded at DATA_BASE, arrays copied after it and passed by address; the result read from rax per the C
 * return type. Everything the caller does not set holds garbage from a seeded generator (other
 * registers, the upper half of 32-bit arguments, flags, memory outside the arrays), so code that
 * forgets a zero-extension or reads past an array shows it instead of finding a convenient zero.
 */
import type { CFunction, CScalarType } from "./exercise.ts";
import { compile, run, type CompiledProgram } from "./interpreter.ts";
import {
  DATA_BASE,
  DEFAULT_STEP_LIMIT,
  MEMORY_BASE,
  RETURN_SENTINEL,
  STACK_LIMIT,
  STACK_TOP,
  createMachine,
  readRegister,
  writeRflags,
  type Fault,
  type Machine,
} from "./machine.ts";
import type { AsmError } from "./parse.ts";
import { assemble, functionProblem } from "./program.ts";
import { ARGUMENT_REGISTERS, RAX, RSP } from "./registers.ts";
import { createRng } from "../rng/xoshiro128.ts";

export interface CallOptions {
  /** Seed of the entry garbage; the same seed gives the same run. Default 1. */
  garbageSeed?: number;
  stepLimit?: number;
}

/** A scalar as a number (within ±2^53) or bigint, an array as its elements. */
export type CallArgument = number | bigint | readonly number[];

export type CallResult =
  { ok: true; value: bigint; machine: Machine } | { ok: false; fault: Fault; machine: Machine | null };

/**
 * One argument register's content, as the caller sets it: an integer (`upperGarbage`: only bits
 * 0–31 are set, as for a C int, and bits 32–63 keep their garbage), or bytes copied into memory and
 * passed by address (an array, a string).
 */
export type RawArgument =
  { kind: "integer"; value: bigint; upperGarbage?: boolean } | { kind: "bytes"; bytes: Uint8Array; align?: number };

export interface PreparedCall {
  machine: Machine;
  /** Where each "bytes" argument was placed (address and length), in argument order; null for integers. */
  placed: ({ address: number; length: number } | null)[];
}

const ELEMENT_BYTES: Record<string, number> = { "const int *": 4, "const long *": 8 };
const GARBAGE_WORDS = 1024;

/** Registers, flags and all memory filled with seeded garbage; the listing's data loaded at DATA_BASE. */
function garbageMachine(compiled: CompiledProgram, seed: number): Machine {
  const m = createMachine();
  const rng = createRng(seed);
  for (let r = 0; r < 16; r++) {
    m.lo[r] = rng.nextUint32();
    m.hi[r] = rng.nextUint32();
  }
  writeRflags(m, rng.nextUint32());
  // 4 KiB of garbage repeated over memory: the fill must stay cheap for 256 KiB per call.
  const words = new Int32Array(m.memory.buffer);
  for (let i = 0; i < GARBAGE_WORDS; i++) words[i] = rng.nextUint32();
  for (let filled = GARBAGE_WORDS; filled < words.length; filled *= 2) words.copyWithin(filled, 0, filled);
  m.memory.set(compiled.program.data ?? new Uint8Array(0), DATA_BASE - MEMORY_BASE);
  return m;
}

/** A machine ready to run the code at `entry` with `args` in rdi, rsi, rdx, rcx, r8, r9. */
export function prepareRawCall(
  compiled: CompiledProgram,
  entry: string,
  args: readonly RawArgument[],
  options: CallOptions = {},
): { ok: true; prepared: PreparedCall } | { ok: false; fault: Fault } {
  const problem = (message: string): { ok: false; fault: Fault } => ({
    ok: false,
    fault: { kind: "end-of-code", line: 1, column: 1, message },
  });
  const index = compiled.program.labels.get(entry);
  if (index === undefined) return problem(`the listing has no label ${entry.slice(0, 60)}`);
  if (args.length > ARGUMENT_REGISTERS.length) return problem("more than six arguments are not supported");
  const m = garbageMachine(compiled, options.garbageSeed ?? 1);
  let dataAddress = DATA_BASE + Math.ceil((compiled.program.data?.length ?? 0) / 16) * 16 + 16;
  const placed: PreparedCall["placed"] = [];
  for (const [i, argument] of args.entries()) {
    const register = ARGUMENT_REGISTERS[i]!;
    if (argument.kind === "bytes") {
      const align = argument.align ?? 16;
      dataAddress = Math.ceil(dataAddress / align) * align;
      if (dataAddress + argument.bytes.length > STACK_LIMIT - 4096) return problem("the arrays do not fit in memory");
      m.memory.set(argument.bytes, dataAddress - MEMORY_BASE);
      placed.push({ address: dataAddress, length: argument.bytes.length });
      m.lo[register] = dataAddress;
      m.hi[register] = 0;
      dataAddress += argument.bytes.length + 16;
      continue;
    }
    placed.push(null);
    m.lo[register] = Number(BigInt.asIntN(32, argument.value));
    // A 32-bit argument leaves bits 32–63 of its register undefined: they keep their garbage.
    if (!argument.upperGarbage) m.hi[register] = Number(BigInt.asIntN(32, argument.value >> 32n));
  }
  const rsp = STACK_TOP - 8;
  m.lo[RSP] = rsp;
  m.hi[RSP] = 0;
  m.view.setUint32(rsp - MEMORY_BASE, RETURN_SENTINEL, true);
  m.view.setUint32(rsp - MEMORY_BASE + 4, 0, true);
  m.pc = index;
  return { ok: true, prepared: { machine: m, placed } };
}

/** A machine ready to run `fn` with `args`: pc at the function's label, stack holding the sentinel. */
export function prepareCall(
  compiled: CompiledProgram,
  fn: CFunction,
  args: readonly CallArgument[],
  options: CallOptions = {},
): { ok: true; machine: Machine } | { ok: false; fault: Fault } {
  const problem = (message: string): { ok: false; fault: Fault } => ({
    ok: false,
    fault: { kind: "end-of-code", line: 1, column: 1, message },
  });
  if (!compiled.program.labels.has(fn.name)) return problem(`the listing has no label ${fn.name}`);
  if (args.length !== fn.params.length)
    return problem(`${fn.name} takes ${fn.params.length} arguments, not ${args.length}`);
  const raw: RawArgument[] = [];
  for (let i = 0; i < args.length; i++) {
    const type = fn.params[i]!.type;
    const value = args[i]!;
    if (typeof value === "object") {
      const bytes = ELEMENT_BYTES[type];
      if (!bytes) return problem(`argument ${i + 1} of type ${type} cannot be an array`);
      const buffer = new Uint8Array(value.length * bytes);
      const view = new DataView(buffer.buffer);
      value.forEach((element, k) => {
        if (bytes === 8) view.setBigUint64(k * 8, BigInt.asUintN(64, BigInt(element)), true);
        else view.setUint32(k * 4, Number(BigInt.asUintN(32, BigInt(element))), true);
      });
      raw.push({ kind: "bytes", bytes: buffer });
      continue;
    }
    if (ELEMENT_BYTES[type]) return problem(`argument ${i + 1} of type ${type} must be an array`);
    const wide = type === "long" || type === "unsigned long";
    raw.push({ kind: "integer", value: BigInt(value), upperGarbage: !wide });
  }
  const prepared = prepareRawCall(compiled, fn.name, raw, options);
  return prepared.ok ? { ok: true, machine: prepared.prepared.machine } : prepared;
}

/** Interprets rax as the C return type. */
export function returnValue(m: Machine, type: CScalarType): bigint {
  const rax = readRegister(m, RAX);
  switch (type) {
    case "int":
      return BigInt.asIntN(32, rax);
    case "unsigned int":
      return BigInt.asUintN(32, rax);
    case "long":
      return BigInt.asIntN(64, rax);
    case "unsigned long":
      return rax;
  }
}

export function callCompiled(
  compiled: CompiledProgram,
  fn: CFunction,
  args: readonly CallArgument[],
  options: CallOptions = {},
): CallResult {
  const prepared = prepareCall(compiled, fn, args, options);
  if (!prepared.ok) return { ok: false, fault: prepared.fault, machine: null };
  const m = run(compiled, prepared.machine, options.stepLimit ?? DEFAULT_STEP_LIMIT);
  if (m.status === "faulted") return { ok: false, fault: m.fault!, machine: m };
  return { ok: true, value: returnValue(m, fn.returns), machine: m };
}

/**
 * Assembles `source` and calls `fn` once; assembly errors come back as values too. Each function is
 * checked on its own: a problem elsewhere in the listing refuses only the functions that reach it.
 */
export function callListing(
  source: string,
  fn: CFunction,
  args: readonly CallArgument[],
  options: CallOptions = {},
): CallResult | { ok: false; errors: AsmError[] } {
  const assembled = assemble(source, { perFunction: true });
  if (!assembled.ok) return { ok: false, errors: assembled.errors };
  const problem = functionProblem(assembled.program, fn.name);
  if (problem) return { ok: false, errors: [problem] };
  return callCompiled(compile(assembled.program), fn, args, options);
}
