/**
 * compile(source): preprocess, parse and type-check, generate the listing. Every stage returns
 * errors as values; an unexpected exception inside (a bug) is caught and reported at 1:1 rather
 * than thrown at the reader.
 */
import type { FunctionDef } from "./ast.ts";
import { Emitter } from "./emit.ts";
import type { CError } from "./error.ts";
import { generateFunction } from "./gen-function.ts";
import { lex } from "./lex.ts";
import { parseProgram } from "./parse-stmt.ts";
import { CompileError, Parser } from "./parser-state.ts";
import { preprocess } from "./preprocess.ts";
import { GLOBALS_ADDRESS, type AsmCFunction } from "./signature.ts";
import { typeName, type Type } from "./types.ts";

/** A function of the file as the interpreter's caller sees it. */
export interface CFunctionSignature {
  name: string;
  /** C spelling of the return type, e.g. "int", "unsigned long", "char *". */
  returns: string;
  params: { name: string; type: string }[];
  /** The signature in the form src/core/asm's prepareCall takes, or null when a type has no such form. */
  asm: AsmCFunction | null;
}

/** Globals and string literals: the bytes to place at `address` before a call (see README). */
export interface GlobalData {
  address: number;
  bytes: Uint8Array;
}

export interface CompileSuccess {
  ok: true;
  /** Intel syntax (`.intel_syntax noprefix`), as gcc -masm=intel writes it. */
  listing: string;
  /** Names of the functions defined in the file, in source order. */
  functions: string[];
  signatures: CFunctionSignature[];
  data: GlobalData;
  /** For listing line i (1-based, index i-1): the C line it came from, or 0. */
  sourceLines: number[];
}

export interface CompileFailure {
  ok: false;
  errors: CError[];
}

export type CompileResult = CompileSuccess | CompileFailure;

const MAX_SOURCE_CHARS = 200_000;

export function compile(source: string): CompileResult {
  if (typeof source !== "string") return fail(1, 1, "the source must be text");
  if (source.length > MAX_SOURCE_CHARS) return fail(1, 1, `the source is longer than ${MAX_SOURCE_CHARS} characters`);
  const lexed = lex(source);
  if (lexed.errors.length) return { ok: false, errors: lexed.errors.slice(0, 20) };
  const pre = preprocess(lexed.tokens);
  if (pre.errors.length) return { ok: false, errors: pre.errors.slice(0, 20) };
  const parser = new Parser(pre.tokens);
  let program;
  try {
    program = parseProgram(parser);
  } catch (error) {
    if (error instanceof CompileError) return fail(error.line, error.column, error.message);
    const t = parser.peek();
    return fail(t.line, t.column, "the compiler could not handle this (internal error); please simplify the code here");
  }
  const undefinedCall = findUndefinedCall(parser);
  if (undefinedCall) return { ok: false, errors: [undefinedCall] };
  const out = new Emitter();
  out.raw("        .intel_syntax noprefix");
  out.raw("        .text");
  try {
    for (const fn of program.functions) generateFunction(fn, out, () => parser.newLabel());
    out.dropUnusedLabels();
  } catch {
    return fail(1, 1, "the compiler could not generate code for this (internal error)");
  }
  return {
    ok: true,
    listing: out.lines.join("\n") + "\n",
    functions: program.functions.map((f) => f.name),
    signatures: program.functions.map(signatureOf),
    data: { address: GLOBALS_ADDRESS, bytes: Uint8Array.from(program.data) },
    sourceLines: out.sourceLines,
  };
}

function fail(line: number, column: number, message: string): CompileFailure {
  return { ok: false, errors: [{ line, column, message }] };
}

function findUndefinedCall(parser: Parser): CError | null {
  for (const name of parser.called) {
    const info = parser.functions.get(name);
    if (info && !info.defined)
      return {
        ...info.position,
        message: `${name.slice(0, 40)} is declared but never defined (this compiler has no library)`,
      };
  }
  return null;
}

const ASM_SCALARS = new Set(["int", "unsigned int", "long", "unsigned long"]);

function asmType(t: Type): string | null {
  if (t.kind === "int") {
    if (t.size === 8) return t.signed ? "long" : "unsigned long";
    if (t.size === 4) return t.signed ? "int" : "unsigned int";
    return null;
  }
  if (t.kind === "pointer" && t.to.kind === "int" && t.to.size === 4 && t.to.signed) return "const int *";
  if (t.kind === "pointer" && t.to.kind === "int" && t.to.size === 8 && t.to.signed) return "const long *";
  return null;
}

function signatureOf(fn: FunctionDef): CFunctionSignature {
  const returns = fn.type.returns;
  const params = fn.params.map((p) => ({ name: p.name, type: typeName(p.type) }));
  const asmReturn =
    asmType(returns) ??
    (returns.kind === "int" ? (returns.signed ? "int" : "unsigned int") : returns.kind === "void" ? "long" : null);
  const asmParams = fn.params.map((p) => asmType(p.type) ?? (p.type.kind === "int" ? "int" : null));
  const asm: AsmCFunction | null =
    asmReturn && ASM_SCALARS.has(asmReturn) && asmParams.every((t) => t !== null)
      ? {
          name: fn.name,
          returns: asmReturn as AsmCFunction["returns"],
          params: fn.params.map((p, i) => ({
            name: p.name,
            type: asmParams[i] as AsmCFunction["params"][number]["type"],
          })),
        }
      : null;
  return { name: fn.name, returns: typeName(returns), params, asm };
}
