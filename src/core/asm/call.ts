/**
 * Calls a function of a compiled listing the System V way: integer arguments in rdi, rsi, rdx,
 * rcx, r8, r9; arrays copied to DATA_BASE and passed by address; the result read from rax per the C
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
  STACK_TOP,
  createMachine,
  readRegister,
  writeRflags,
  type Fault,
  type Machine,
} from "./machine.ts";
import type { AsmError } from "./parse.ts";
import { assemble } from "./program.ts";
import { ARGUMENT_REGISTERS, RAX, RSP } from "./registers.ts";
import { mulberry32 } from "./seeded-random.ts";

export interface CallOptions {
  /** Seed of the entry garbage; the same seed gives the same run. Default 1. */
  garbageSeed?: number;
  stepLimit?: number;
}

/** A scalar as a number (within ±2^53) or bigint, an array as its elements. */
export type CallArgument = number | bigint | readonly number[];

export type CallResult =
  { ok: true; value: bigint; machine: Machine } | { ok: false; fault: Fault; machine: Machine | null };

const ELEMENT_BYTES: Record<string, number> = { "const int *": 4, "const long *": 8 };

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
  const entry = compiled.program.labels.get(fn.name);
  if (entry === undefined) return problem(`the listing has no label ${fn.name}`);
  if (args.length !== fn.params.length)
    return problem(`${fn.name} takes ${fn.params.length} arguments, not ${args.length}`);
  if (fn.params.length > ARGUMENT_REGISTERS.length) return problem("more than six arguments are not supported");
  const m = createMachine();
  const next = mulberry32(options.garbageSeed ?? 1);
  for (let r = 0; r < 16; r++) {
    m.lo[r] = next();
    m.hi[r] = next();
  }
  writeRflags(m, next());
  // Memory garbage from a plain LCG seeded by the generator: 16K words per call must stay cheap.
  const words = new Int32Array(m.memory.buffer);
  for (let i = 0, x = next() | 0; i < words.length; i++) words[i] = x = (Math.imul(x, 1664525) + 1013904223) | 0;

  let dataAddress = DATA_BASE;
  for (let i = 0; i < args.length; i++) {
    const type = fn.params[i]!.type;
    const register = ARGUMENT_REGISTERS[i]!;
    const value = args[i]!;
    if (typeof value === "object") {
      const bytes = ELEMENT_BYTES[type];
      if (!bytes) return problem(`argument ${i + 1} of type ${type} cannot be an array`);
      if (dataAddress + value.length * bytes > STACK_TOP - 4096) return problem("the arrays do not fit in memory");
      value.forEach((element, k) => {
        const offset = dataAddress - MEMORY_BASE + k * bytes;
        m.view.setUint32(offset, Number(BigInt.asUintN(32, BigInt(element))), true);
        if (bytes === 8) m.view.setUint32(offset + 4, Number(BigInt.asUintN(32, BigInt(element) >> 32n)), true);
      });
      m.lo[register] = dataAddress;
      m.hi[register] = 0;
      dataAddress += Math.ceil((value.length * bytes) / 16) * 16 + 16;
      continue;
    }
    if (ELEMENT_BYTES[type]) return problem(`argument ${i + 1} of type ${type} must be an array`);
    const big = BigInt(value);
    m.lo[register] = Number(BigInt.asIntN(32, big));
    // A 32-bit argument leaves bits 32–63 of its register undefined: they keep their garbage.
    if (type === "long" || type === "unsigned long") m.hi[register] = Number(BigInt.asIntN(32, big >> 32n));
  }
  const rsp = STACK_TOP - 8;
  m.lo[RSP] = rsp;
  m.hi[RSP] = 0;
  m.view.setUint32(rsp - MEMORY_BASE, RETURN_SENTINEL, true);
  m.view.setUint32(rsp - MEMORY_BASE + 4, 0, true);
  m.pc = entry;
  return { ok: true, machine: m };
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

/** Assembles `source` and calls `fn` once; assembly errors come back as values too. */
export function callListing(
  source: string,
  fn: CFunction,
  args: readonly CallArgument[],
  options: CallOptions = {},
): CallResult | { ok: false; errors: AsmError[] } {
  const assembled = assemble(source);
  if (!assembled.ok) return { ok: false, errors: assembled.errors };
  return callCompiled(compile(assembled.program), fn, args, options);
}
