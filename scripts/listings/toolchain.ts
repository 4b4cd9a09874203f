/**
 * Runs the real toolchain for the fixture scripts: gcc turns C into an Intel-syntax listing, GNU as
 * assembles it with `-aln` so each listing line gets its address and bytes, and gcc links native
 * harnesses. Everything happens in a temporary folder; nothing of its path reaches the output.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const GCC_FLAGS = [
  "-O2",
  "-S",
  "-masm=intel",
  "-fno-asynchronous-unwind-tables",
  "-fcf-protection=none",
  "-fno-align-functions",
  "-fno-align-jumps",
  "-fno-align-loops",
  "-fno-align-labels",
  "-fno-stack-protector",
];

/** A private temporary folder, removed by `dispose`. */
export function workspace(): { dir: string; path: (name: string) => string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "asm-listings-"));
  return { dir, path: (name) => join(dir, name), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export function run(command: string, args: string[], input?: string): string {
  return execFileSync(command, args, { encoding: "utf8", input, maxBuffer: 1 << 28, stdio: ["pipe", "pipe", "pipe"] });
}

export function toolVersions(): { gcc: string; as: string } {
  return { gcc: `gcc ${run("gcc", ["-dumpfullversion"]).trim()}`, as: run("as", ["--version"]).split("\n")[0]!.trim() };
}

export function gccMajorVersion(): number | null {
  try {
    return Number(run("gcc", ["-dumpversion"]).trim().split(".")[0]);
  } catch {
    return null;
  }
}

/** Compiles C text to gcc's Intel-syntax assembly text. */
export function compileToAssembly(ws: ReturnType<typeof workspace>, cSource: string, name: string): string {
  return compileToAssemblyWith(ws, GCC_FLAGS, cSource, name);
}

/** The same with other flags (which must include `-S`), e.g. the ones a chapter says it used. */
export function compileToAssemblyWith(
  ws: ReturnType<typeof workspace>,
  flags: readonly string[],
  cSource: string,
  name: string,
): string {
  writeFileSync(ws.path(`${name}.c`), cSource);
  run("gcc", [...flags, ws.path(`${name}.c`), "-o", ws.path(`${name}.s`)]);
  return readFileSync(ws.path(`${name}.s`), "utf8");
}

export interface AssembledLine {
  /** 1-based line of the assembly text. */
  line: number;
  address: number | null;
  bytes: string;
}

/**
 * Assembles `assembly` with GNU as and reads its `-aln` listing: `LINE ADDR BYTES<tab>SOURCE`, with
 * long encodings continued on lines that carry only the line number and more bytes.
 * Returns the object file path too, for linking.
 */
export function assembleWithListing(
  ws: ReturnType<typeof workspace>,
  assembly: string,
  name: string,
): { lines: Map<number, AssembledLine>; objectPath: string } {
  writeFileSync(ws.path(`${name}.s`), assembly);
  const objectPath = ws.path(`${name}.o`);
  run("as", [`-aln=${ws.path(`${name}.lst`)}`, ws.path(`${name}.s`), "-o", objectPath]);
  const lines = new Map<number, AssembledLine>();
  for (const raw of readFileSync(ws.path(`${name}.lst`), "utf8").split("\n")) {
    const tab = raw.indexOf("\t");
    const prefix = (tab < 0 ? raw : raw.slice(0, tab)).trim().split(/\s+/);
    const lineNumber = Number(prefix[0]);
    if (!Number.isInteger(lineNumber) || lineNumber <= 0) continue;
    const existing = lines.get(lineNumber);
    if (tab < 0) {
      if (existing && prefix[1]) existing.bytes += prefix[1].toLowerCase();
      continue;
    }
    if (existing) continue;
    if (prefix.length >= 3) {
      lines.set(lineNumber, { line: lineNumber, address: parseInt(prefix[1]!, 16), bytes: prefix[2]!.toLowerCase() });
    } else {
      lines.set(lineNumber, { line: lineNumber, address: null, bytes: "" });
    }
  }
  return { lines, objectPath };
}

/** Renames a global symbol in an object file so several variants of one function can be linked. */
export function renameSymbol(objectPath: string, from: string, to: string): void {
  run("objcopy", [`--redefine-sym=${from}=${to}`, objectPath]);
}

/** Builds a native program from C source and objects, runs it with `input` on stdin, returns stdout. */
export function buildAndRun(
  ws: ReturnType<typeof workspace>,
  name: string,
  cSource: string,
  objects: string[],
  input: string,
  extraFlags: string[] = [],
): string {
  writeFileSync(ws.path(`${name}.c`), cSource);
  const exe = ws.path(name);
  run("gcc", ["-O1", "-masm=intel", ...extraFlags, ws.path(`${name}.c`), ...objects, "-o", exe]);
  return run(exe, [], input);
}
