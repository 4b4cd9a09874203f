/**
 * compile(source): preprocess, parse and type-check, generate the listing. Every stage returns
 * errors as values; an unexpected exception inside (a bug) is caught and reported at 1:1 rather
 * than thrown at the reader.
 */
import type { AsmCFunction } from "./signature.ts";

export interface CError {
  /** 1-based line and column in the C text. */
  line: number;
  column: number;
  message: string;
}

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

export function compile(source: string): CompileResult {
  void source;
  return { ok: false, errors: [{ line: 1, column: 1, message: "the compiler is not built yet" }] };
}
