/**
 * The shape of a "patch the binary" exercise. An exercise is data shared by the chapter, the
 * widget, the unit tests and the e2e tests: the authored half (`exercise.json`: prose, hints,
 * test arguments, known assembly fixes, the C files) and the generated half (`build.json`, written
 * by `npm run listings`: gcc's listings with GNU as's bytes, the expected results computed by the
 * native build of the fixed C). `combineExercise` joins the two halves.
 */

/** The C types the interpreter knows how to pass and return (System V, LP64). */
export type CScalarType = "int" | "unsigned int" | "long" | "unsigned long";
/** A pointer argument: the array is copied into the machine's memory and its address passed. */
export type CArrayType = "const int *" | "const long *";
export type CType = CScalarType | CArrayType;

export interface CParam {
  name: string;
  type: CType;
  /** For a scalar: this argument is the length of the named array (random inputs keep them consistent). */
  lengthOf?: string;
}

export interface CFunction {
  name: string;
  returns: CScalarType;
  params: CParam[];
}

/** One argument value: an integer for a scalar (within ±2^53), a list of integers for an array. */
export type ArgValue = number | number[];

/** Replaces listing line `line` (1-based) whose whitespace-collapsed text is `old` by `new` lines. */
export interface LineEdit {
  line: number;
  old: string;
  new: string[];
}

export interface AsmFix {
  id: string;
  label: string;
  edits: LineEdit[];
}

export interface SourceEditSpec {
  id: string;
  /** C file next to exercise.json. */
  file: string;
  /** Short reader-facing description of the edit, e.g. "age >= 18". */
  label: string;
}

/** The authored half, `content/exercises/<id>/exercise.json`. */
export interface ExerciseSpec {
  id: string;
  level: number;
  title: string;
  bugReport: string;
  function: CFunction;
  shipped: string;
  /** Id of the source edit that is the intended fix. */
  sourceFix: string;
  sourceEdits: SourceEditSpec[];
  tests: { args: ArgValue[] }[];
  /** From a gentle nudge to nearly the answer. */
  hints: string[];
  asmFixes: AsmFix[];
}

/** One line of a gcc listing as GNU as assembled it. */
export interface ListingLine {
  /** 1-based line of `Listing.text`. */
  line: number;
  text: string;
  /** Byte offset from the start of the section, or null for a line that emits no bytes. */
  address: number | null;
  /** Machine code as lowercase hex, "" for a line that emits no bytes. */
  bytes: string;
}

export interface Listing {
  /** The listing as the reader sees it (tabs expanded, noise directives dropped). */
  text: string;
  lines: ListingLine[];
  /** Bytes of code in the listing. */
  length: number;
  mnemonics: string[];
}

/** One C source (the shipped one or an edit) with its compiled listing. */
export interface CompiledVariant {
  source: string;
  listing: Listing;
}

/** The generated half, `content/exercises/<id>/build.json`. */
export interface ExerciseBuild {
  gcc: string;
  as: string;
  gccFlags: string[];
  /** "shipped" and every source edit id. */
  variants: Record<string, CompiledVariant>;
  /** `ExerciseSpec.tests` with the fixed C's results from the native build. */
  tests: TestCase[];
}

export interface TestCase {
  args: ArgValue[];
  expected: number;
}

export interface SourceEdit extends SourceEditSpec {
  source: string;
  listing: Listing;
}

/** Everything the chapter and the widget need for one exercise. */
export interface Exercise extends Omit<ExerciseSpec, "tests" | "sourceEdits" | "shipped"> {
  source: string;
  listing: Listing;
  sourceEdits: SourceEdit[];
  tests: TestCase[];
  toolchain: { gcc: string; as: string; gccFlags: string[] };
}

export function combineExercise(spec: ExerciseSpec, build: ExerciseBuild): Exercise {
  const shipped = build.variants["shipped"];
  if (!shipped) throw new Error(`build.json of ${spec.id} has no shipped variant: run npm run listings`);
  const sourceEdits = spec.sourceEdits.map((edit): SourceEdit => {
    const compiled = build.variants[edit.id];
    if (!compiled) throw new Error(`build.json of ${spec.id} lacks edit ${edit.id}: run npm run listings`);
    return { ...edit, source: compiled.source, listing: compiled.listing };
  });
  const { tests: _tests, sourceEdits: _edits, shipped: _file, ...prose } = spec;
  return {
    ...prose,
    source: shipped.source,
    listing: shipped.listing,
    sourceEdits,
    tests: build.tests,
    toolchain: { gcc: build.gcc, as: build.as, gccFlags: build.gccFlags },
  };
}

const collapse = (text: string): string => text.trim().replace(/\s+/g, " ");

/**
 * Applies line edits to a listing text. Edits are applied bottom-up so that each `line` refers to
 * the original listing; `old` guards against a listing that changed under the fix.
 */
export function applyLineEdits(
  text: string,
  edits: readonly LineEdit[],
): { ok: true; text: string } | { ok: false; message: string } {
  const lines = text.split("\n");
  const sorted = [...edits].sort((a, b) => b.line - a.line);
  for (const edit of sorted) {
    const current = lines[edit.line - 1];
    if (current === undefined || collapse(current) !== collapse(edit.old)) {
      return { ok: false, message: `line ${edit.line} is not "${edit.old}" but "${current ?? ""}"` };
    }
    lines.splice(edit.line - 1, 1, ...edit.new);
  }
  return { ok: true, text: lines.join("\n") };
}
