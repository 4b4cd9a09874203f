/**
 * The public API of the site's C compiler (see README.md): C text in, an Intel-syntax x86-64
 * listing out, in the form `src/core/asm` assembles, encodes and runs. Errors are values with
 * 1-based line/column in the C text; nothing throws on reader input.
 */
export {
  compile,
  type CompileResult,
  type CompileSuccess,
  type CompileFailure,
  type CFunctionSignature,
  type GlobalData,
} from "./compile.ts";
export type { CError } from "./error.ts";
export { callFunction, runCTestTable, type CCallResult } from "./run.ts";
