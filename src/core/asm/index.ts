/**
 * The public API of the x86-64 core (see README.md): assemble a listing, run or step a function,
 * run an exercise's test table, encode lines to machine code.
 */
export {
  assemble,
  capErrors,
  functionProblem,
  LIBC_FUNCTIONS,
  type AssembleOptions,
  type AssembleResult,
  type Program,
} from "./program.ts";
export { parseListing, type AsmError, type Operand, type Statement } from "./parse.ts";
export { compile, run, step, currentLine, type CompiledProgram } from "./interpreter.ts";
export {
  callCompiled,
  callListing,
  prepareCall,
  prepareRawCall,
  returnValue,
  type PreparedCall,
  type RawArgument,
  type CallArgument,
  type CallOptions,
  type CallResult,
} from "./call.ts";
export { runTestTable, type RowResult, type TestTableResult } from "./test-table.ts";
export {
  applyLineEdits,
  combineExercise,
  type ArgValue,
  type AsmFix,
  type CFunction,
  type Exercise,
  type ExerciseBuild,
  type ExerciseSpec,
  type Listing,
  type ListingLine,
  type SourceEdit,
  type TestCase,
} from "./exercise.ts";
export {
  CODE_BASE,
  DATA_BASE,
  DEFAULT_STEP_LIMIT,
  MEMORY_BASE,
  MEMORY_SIZE,
  STACK_LIMIT,
  STACK_TOP,
  cloneMachine,
  readRegister,
  readRflags,
  type Fault,
  type Machine,
} from "./machine.ts";
export { registerName, type Width } from "./registers.ts";
export { encodeProgram, toHex, type EncodedInstruction, type EncodeResult } from "./encode.ts";
export { supportedMnemonics, CONDITION_NAMES } from "./isa.ts";
