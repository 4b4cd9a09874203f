/**
 * `npm run asm -- FILE.s FUNCTION [ARG ...] [--memory]`: assembles an Intel-syntax listing with the
 * same core the site uses and calls FUNCTION the System V way. Arguments: integers (anything that
 * fits 64 bits), "text" (a NUL-terminated string, passed by address) and typed arrays i8[…] …
 * u64[…] (passed by address). Prints rax as a signed 64-bit decimal; with --memory, also what the
 * function left in each string and array. Only the function and what it reaches must be
 * supported. Every problem is one line (FILE:line:column for the listing's), at most 20 of them,
 * and a non-zero exit.
 */
import { readFileSync, statSync } from "node:fs";
import {
  assemble,
  capErrors,
  compile,
  functionProblem,
  prepareRawCall,
  readRegister,
  run,
} from "../src/core/asm/index.ts";
import { parseArgumentList, readBack, toRawArguments } from "../src/core/asm/arguments.ts";

const MAX_FILE_BYTES = 16 * 1024 * 1024;
const USAGE = 'usage: asm-cli FILE.s FUNCTION [ARG ...] [--memory]   ARG: 42, -0x10, "text", i32[1,2,3] … u64[…]';

function readListing(file: string): { ok: true; text: string } | { ok: false; message: string } {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, message: `${file} is a directory, not a listing` };
    size = stat.size;
  } catch {
    return { ok: false, message: `cannot read ${file}: no such file` };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, message: `${file} is larger than ${MAX_FILE_BYTES >> 20} MiB` };
  try {
    return { ok: true, text: readFileSync(file, "utf8") };
  } catch {
    return { ok: false, message: `cannot read ${file}` };
  }
}

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const showMemory = argv.includes("--memory");
  const [file, name, ...rest] = argv.filter((a) => a !== "--memory");
  if (!file || !name) {
    err(USAGE);
    return 2;
  }
  const parsed = parseArgumentList(rest);
  if (!parsed.ok) {
    err(parsed.message);
    return 2;
  }
  const listing = readListing(file);
  if (!listing.ok) {
    err(listing.message);
    return 1;
  }
  const assembled = assemble(listing.text, { perFunction: true });
  if (!assembled.ok) return 1;
  const program = assembled.program;
  if (!program.labels.has(name)) {
    err(`${file}: the listing has no function ${name.slice(0, 60)}`);
    for (const e of capErrors(program.problems)) err(`${file}:${e.line}:${e.column}: error: ${e.message}`);
    return 1;
  }
  const problem = functionProblem(program, name);
  if (problem) {
    err(`${file}:${problem.line}:${problem.column}: error: ${problem.message}`);
    return 1;
  }
  const compiled = compile(program);
  const prepared = prepareRawCall(compiled, name, toRawArguments(parsed.args));
  if (!prepared.ok) {
    err(`${file}: ${prepared.fault.message}`);
    return 1;
  }
  const m = run(compiled, prepared.prepared.machine);
  if (m.status === "faulted") {
    err(`${file}:${m.fault!.line}:${m.fault!.column}: fault: ${m.fault!.message}`);
    return 1;
  }
  out(BigInt.asIntN(64, readRegister(m, 0)).toString());
  if (showMemory) {
    readBack(m, parsed.args, prepared.prepared.placed).forEach((text, i) => {
      if (text !== null) out(`arg ${i + 1}: ${text}`);
    });
  }
  return 0;
}

if (process.argv[1] === import.meta.filename) {
  process.exitCode = main(
    process.argv.slice(2),
    (line) => console.log(line),
    (line) => console.error(line),
  );
}
