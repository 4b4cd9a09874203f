/**
 * Reads the corpus's C files (content/corpus/src/*.c) for the functions to test: every non-static
 * function definition, its return and parameter types mapped to what the harness and the
 * interpreter pass (integers of 8–64 bits, strings, arrays, output buffers), and the `//@`
 * annotation above it that bounds scalar inputs (`//@ n=0..20`) or gives a string's alphabet
 * (`//@ s=alphabet:IVXLCDM`). The C is written for this reader: one definition per line start.
 */

export interface IntegerType {
  kind: "integer";
  bits: 8 | 16 | 32 | 64;
  signed: boolean;
}
export type ParamType =
  | IntegerType
  | { kind: "string"; mutable: boolean }
  | { kind: "output" }
  | { kind: "array"; element: IntegerType; mutable: boolean };
export type ReturnType = IntegerType | { kind: "void" };

export interface CorpusParam {
  name: string;
  c: string;
  type: ParamType;
  /** Inclusive bounds for a scalar, from the annotation. */
  range?: [number, number];
  alphabet?: string;
  /** For a scalar right after an array: it is that array's length. */
  lengthOf?: number;
}

export interface CorpusFunction {
  file: string;
  name: string;
  returns: ReturnType;
  returnC: string;
  params: CorpusParam[];
}

const INTEGERS: Record<string, IntegerType> = {};
const add = (names: string[], bits: 8 | 16 | 32 | 64, signed: boolean): void =>
  names.forEach((n) => (INTEGERS[n] = { kind: "integer", bits, signed }));
add(["char", "signed char", "int8_t"], 8, true);
add(["unsigned char", "uint8_t", "_Bool"], 8, false);
add(["short", "int16_t"], 16, true);
add(["unsigned short", "uint16_t"], 16, false);
add(["int", "int32_t"], 32, true);
add(["unsigned", "unsigned int", "uint32_t"], 32, false);
add(["long", "long long", "int64_t"], 64, true);
add(["unsigned long", "unsigned long long", "uint64_t", "size_t"], 64, false);

function paramType(c: string, name: string): ParamType | null {
  const text = c.replace(/\s+/g, " ").trim();
  const pointer = /^(const )?(.+?) ?\*$/.exec(text);
  if (!pointer) return INTEGERS[text] ?? null;
  const mutable = !pointer[1];
  const base = pointer[2]!;
  if (base === "char") {
    if (mutable && /^(out|dst|buf)$/.test(name)) return { kind: "output" };
    return { kind: "string", mutable };
  }
  if (base === "unsigned char" && /^(s|str)$/.test(name)) return { kind: "string", mutable };
  const element = INTEGERS[base];
  return element ? { kind: "array", element, mutable } : null;
}

/** Every testable function of one C file. Throws on a signature it cannot type (fix the C). */
export function readFunctions(file: string, source: string): CorpusFunction[] {
  const functions: CorpusFunction[] = [];
  const lines = source.split("\n");
  lines.forEach((line, i) => {
    const match = /^([A-Za-z_][\w ]*?[\w*]) ?\b([A-Za-z_]\w*)\(([^)]*)\) \{/.exec(line);
    if (!match || /^static\b/.test(match[1]!)) return;
    const returnC = match[1]!.trim();
    const returns: ReturnType = returnC === "void" ? { kind: "void" } : INTEGERS[returnC]!;
    if (!returns) throw new Error(`${file}: return type ${returnC} of ${match[2]}`);
    const annotation = /^\/\/@ (.*)$/.exec(lines[i - 1] ?? "")?.[1] ?? "";
    const notes = new Map(
      annotation
        .split(/\s+/)
        .filter(Boolean)
        .map((kv) => kv.split("=") as [string, string]),
    );
    const params: CorpusParam[] = [];
    for (const raw of match[3]!
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p && p !== "void")) {
      const parts = /^(.*?)(\w+)$/.exec(raw)!;
      const name = parts[2]!;
      const c = parts[1]!.trim();
      const type = paramType(c, name);
      if (!type) throw new Error(`${file}: parameter ${raw} of ${match[2]}`);
      const param: CorpusParam = { name, c, type };
      const note = notes.get(name);
      if (note?.startsWith("alphabet:")) param.alphabet = note.slice("alphabet:".length);
      else if (note) param.range = note.split("..").map(Number) as [number, number];
      const previous = params[params.length - 1];
      if (type.kind === "integer" && previous?.type.kind === "array" && !note) param.lengthOf = params.length - 1;
      if (
        type.kind === "integer" &&
        previous?.type.kind === "string" &&
        previous.type.mutable === false &&
        /^(len|n)$/.test(name)
      )
        param.lengthOf = params.length - 1;
      params.push(param);
    }
    functions.push({ file, name: match[2]!, returns, returnC, params });
  });
  return functions;
}
