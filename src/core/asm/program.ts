/**
 * Assembles a listing's text into a `Program`: parsed, checked against the subset, code labels
 * resolved to instruction indices, data sections laid out (data.ts), symbols resolved to
 * addresses. This is the one entry point from reader text; the interpreter and the encoder both
 * take a Program.
 *
 * Two modes. Strict (the default, used by the exercises' editor): any problem anywhere refuses the
 * listing with every error placed. Per function (`{ perFunction: true }`, used for pasted listings
 * and the corpus): a line that cannot run becomes an "unsupported" instruction that records why,
 * and `functionProblem` refuses only the functions that can reach it.
 *
 * Address spaces: instruction index = position in `instructions` (`instructions.length` is past
 * the end); a code label's address is CODE_BASE + its index; a data label's is DATA_BASE + its
 * offset in `data`.
 */
import { addDataDirective, applyFixups, createLayout, sectionKind, type SectionKind } from "./data.ts";
import { checkInstruction, type Instruction } from "./isa.ts";
import { CODE_BASE, DATA_BASE } from "./machine.ts";
import { MAX_ERRORS, parseListing, type AsmError, type Operand } from "./parse.ts";

/**
 * The functions a listing may call although they are not in it (see README): a few of the C
 * library's, and the compiler runtime's (libgcc) helpers for 64-bit popcount and 128-bit division,
 * which gcc and clang call for plain C.
 */
export const LIBC_FUNCTIONS = [
  "memcpy",
  "memmove",
  "memset",
  "strlen",
  "abort",
  "exit",
  "__popcountdi2",
  "__divti3",
  "__udivti3",
  "__modti3",
  "__umodti3",
] as const;
export type LibcFunction = (typeof LIBC_FUNCTIONS)[number];

export interface Program {
  instructions: Instruction[];
  /** Code label name → instruction index of the first instruction at or after it. */
  labels: Map<string, number>;
  /** Per instruction: the target instruction index of jmp/jcc/call, -1 for others. */
  targets: number[];
  /** Per instruction: the C library function a `call` names, or null. */
  libcCalls: (LibcFunction | null)[];
  /** The text it was assembled from. */
  source: string;
  /** The data sections' initial bytes, loaded at DATA_BASE. */
  data: Uint8Array;
  /** Every symbol (code and data labels) → its address. */
  symbols: Map<string, number>;
  /** Data label → the first problem in its data (per-function mode). */
  dataProblems: Map<string, AsmError>;
  /** Data label → the code labels its values name (jump tables), as instruction indices. */
  dataCodeReferences: Map<string, number[]>;
  /** Every problem found, in line order (empty in strict mode, which refuses instead). */
  problems: AsmError[];
}

export interface AssembleOptions {
  /** Keep going past problems; `functionProblem` then says which functions they refuse. */
  perFunction?: boolean;
}

export type AssembleResult = { ok: true; program: Program } | { ok: false; errors: AsmError[] };

const placeholder = (line: number, column: number, message: string, mnemonic = ""): Instruction => ({
  operation: "unsupported",
  condition: -1,
  width: 64,
  sourceWidth: 64,
  operands: [],
  line,
  column,
  mnemonic,
  problem: message,
});

/** Caps a list of errors at MAX_ERRORS, saying how many more there were. */
export function capErrors(errors: AsmError[]): AsmError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const last = errors[MAX_ERRORS - 1]!;
  return [
    ...errors.slice(0, MAX_ERRORS - 1),
    { line: last.line, column: last.column, message: `${errors.length - (MAX_ERRORS - 1)} more errors` },
  ];
}

export function assemble(source: string, options: AssembleOptions = {}): AssembleResult {
  const parsed = parseListing(source);
  const errors: AsmError[] = [];
  const instructions: Instruction[] = [];
  const labels = new Map<string, number>();
  const layout = createLayout();
  let section: SectionKind = "text";
  let owner: string | null = null;
  for (const statement of parsed.statements) {
    if (statement.kind === "directive") {
      const kind = sectionKind(statement);
      if (kind !== null) {
        section = kind;
        owner = null;
      } else if (section === "data") addDataDirective(layout, statement, owner);
      else if (section === "text" && statement.name === ".comm") addDataDirective(layout, statement, null);
      else if (section === "text" && !/^\.(p2align|align|balign)$/.test(statement.name)) {
        const message = `the directive ${statement.name} is not supported in code`;
        errors.push({ line: statement.line, column: statement.column, message });
        instructions.push(placeholder(statement.line, statement.column, message));
      }
      continue;
    }
    if (section === "skip") continue;
    if (statement.kind === "label") {
      if (labels.has(statement.name) || layout.labels.has(statement.name)) {
        errors.push({
          line: statement.line,
          column: statement.column,
          message: `label ${statement.name} is defined twice`,
        });
        continue;
      }
      if (section === "data") {
        layout.labels.set(statement.name, layout.bytes.length);
        owner = statement.name;
      } else labels.set(statement.name, instructions.length);
      continue;
    }
    if (statement.kind === "bad") {
      errors.push({ line: statement.line, column: statement.column, message: statement.message });
      if (section === "data") {
        if (owner !== null && !layout.problems.has(owner)) layout.problems.set(owner, statement);
      } else instructions.push(placeholder(statement.line, statement.column, statement.message));
      continue;
    }
    if (section === "data") {
      const message = `an instruction in a data section (${statement.mnemonic})`;
      errors.push({ line: statement.line, column: statement.column, message });
      if (owner !== null && !layout.problems.has(owner)) layout.problems.set(owner, { ...statement, message });
      continue;
    }
    const checked = checkInstruction(statement);
    if (checked.ok) instructions.push(checked.instruction);
    else {
      errors.push(checked.error);
      instructions.push(
        placeholder(checked.error.line, checked.error.column, checked.error.message, statement.mnemonic),
      );
    }
  }

  const symbols = new Map<string, number>();
  for (const [name, index] of labels) symbols.set(name, CODE_BASE + index);
  for (const [name, offset] of layout.labels) symbols.set(name, DATA_BASE + offset);
  const data = new Uint8Array(layout.bytes);
  applyFixups(layout, data, (name) => symbols.get(name), DATA_BASE);
  errors.push(...layout.errors, ...layout.problems.values());

  const dataCodeReferences = new Map<string, number[]>();
  for (const fixup of layout.fixups) {
    if (fixup.owner === null || fixup.plus === null || !labels.has(fixup.plus)) continue;
    const list = dataCodeReferences.get(fixup.owner) ?? [];
    list.push(labels.get(fixup.plus)!);
    dataCodeReferences.set(fixup.owner, list);
  }

  const libcCalls: (LibcFunction | null)[] = [];
  const targets = instructions.map((instruction, index) => {
    libcCalls.push(null);
    const refuse = (message: string, column: number): number => {
      errors.push({ line: instruction.line, column, message });
      instructions[index] = placeholder(instruction.line, column, message, instruction.mnemonic);
      return -1;
    };
    for (const operand of instruction.operands) {
      const problem = resolveSymbol(operand, symbols);
      if (problem) return refuse(problem, operand.column);
    }
    const target = instruction.operands[0];
    if (target?.kind !== "label") return -1;
    const found = labels.get(target.name);
    if (found !== undefined) return found;
    const external = instruction.operation === "call" || instruction.operation === "jmp";
    if (external && (LIBC_FUNCTIONS as readonly string[]).includes(target.name)) {
      // A jmp to one is a tail call: it returns to this function's caller.
      libcCalls[index] = target.name as LibcFunction;
      return -1;
    }
    if (external && !symbols.has(target.name) && !target.name.startsWith(".")) {
      const verb = instruction.operation === "call" ? "calls" : "jumps to (a tail call)";
      return refuse(
        `${verb} ${target.name.slice(0, 60)}, which is not in the listing (the interpreter provides only ${LIBC_FUNCTIONS.join(", ")})`,
        target.column,
      );
    }
    return refuse(`unknown label ${target.name.slice(0, 60)}`, target.column);
  });
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  if (errors.length > 0 && !options.perFunction) return { ok: false, errors: capErrors(errors) };
  return {
    ok: true,
    program: {
      instructions,
      labels,
      targets,
      libcCalls,
      source,
      data,
      symbols,
      dataProblems: layout.problems,
      dataCodeReferences,
      problems: errors,
    },
  };
}

/** Fills in a symbol operand's address; returns a problem when the symbol is unknown. */
function resolveSymbol(operand: Operand, symbols: Map<string, number>): string | null {
  if (operand.kind === "mem" && operand.symbol) {
    const address = symbols.get(operand.symbol);
    if (address === undefined) return `unknown symbol ${operand.symbol.slice(0, 60)}`;
    operand.symbolAddress = address;
  }
  if (operand.kind === "imm" && operand.symbol) {
    const address = symbols.get(operand.symbol);
    if (address === undefined) return `unknown symbol ${operand.symbol.slice(0, 60)}`;
    operand.value += BigInt(address);
  }
  return null;
}

/** Symbols an instruction names (memory and OFFSET operands, call/jump targets). */
function namedSymbols(instruction: Instruction): string[] {
  const names: string[] = [];
  for (const operand of instruction.operands) {
    if (operand.kind === "mem" && operand.symbol) names.push(operand.symbol);
    if (operand.kind === "label") names.push(operand.name);
  }
  return names;
}

/**
 * The first problem `entry` can reach, or null when it can run: follows fall-through, jumps, calls,
 * code labels whose address is taken, and the code labels of any jump table it reads. A problem in
 * an unreachable function does not count.
 */
export function functionProblem(program: Program, entry: string): AsmError | null {
  const start = program.labels.get(entry);
  if (start === undefined) return { line: 1, column: 1, message: `the listing has no function ${entry.slice(0, 60)}` };
  const seen = new Set<number>();
  const seenData = new Set<string>();
  const work = [start];
  const { instructions, targets, labels } = program;
  while (work.length > 0) {
    let index = work.pop()!;
    while (index < instructions.length && !seen.has(index)) {
      seen.add(index);
      const instruction = instructions[index]!;
      if (instruction.operation === "unsupported") {
        return { line: instruction.line, column: instruction.column, message: instruction.problem ?? "cannot run" };
      }
      if (targets[index]! >= 0) work.push(targets[index]!);
      for (const name of namedSymbols(instruction)) {
        const code = labels.get(name);
        if (code !== undefined) work.push(code);
        else if (program.dataProblems.has(name)) return program.dataProblems.get(name)!;
        else if (!seenData.has(name)) {
          seenData.add(name);
          work.push(...(program.dataCodeReferences.get(name) ?? []));
        }
      }
      const { operation } = instruction;
      if (operation === "jmp" || operation === "jmpi" || operation === "ret" || operation === "trap") break;
      index++;
    }
  }
  return null;
}
