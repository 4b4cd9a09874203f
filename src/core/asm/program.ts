/**
 * Assembles a listing's text into a `Program`: parsed, checked against the subset, labels resolved
 * to instruction indices. This is the one entry point from reader text; the interpreter and the
 * encoder both take a Program. Instruction index space: position in `instructions`, 0-based;
 * `instructions.length` is the address just past the end.
 */
import { checkInstruction, type Instruction } from "./isa.ts";
import { parseListing, type AsmError } from "./parse.ts";

export interface Program {
  instructions: Instruction[];
  /** Label name → instruction index of the first instruction at or after it. */
  labels: Map<string, number>;
  /** Per instruction: the target instruction index of jmp/jcc/call, -1 for others. */
  targets: number[];
  /** The text it was assembled from. */
  source: string;
}

export type AssembleResult = { ok: true; program: Program } | { ok: false; errors: AsmError[] };

export function assemble(source: string): AssembleResult {
  const parsed = parseListing(source);
  const errors: AsmError[] = [...parsed.errors];
  const instructions: Instruction[] = [];
  const labels = new Map<string, number>();
  for (const statement of parsed.statements) {
    if (statement.kind === "label") {
      if (labels.has(statement.name)) {
        errors.push({
          line: statement.line,
          column: statement.column,
          message: `label ${statement.name} is defined twice`,
        });
      }
      labels.set(statement.name, instructions.length);
      continue;
    }
    const checked = checkInstruction(statement);
    if (checked.ok) instructions.push(checked.instruction);
    else errors.push(checked.error);
  }
  const targets = instructions.map((instruction) => {
    const target = instruction.operands[0];
    if (target?.kind !== "label" || instruction.operation === "mov") return -1;
    const index = labels.get(target.name);
    if (index === undefined) {
      errors.push({ line: instruction.line, column: target.column, message: `unknown label ${target.name}` });
      return -1;
    }
    return index;
  });
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, errors };
  }
  return { ok: true, program: { instructions, labels, targets, source } };
}
