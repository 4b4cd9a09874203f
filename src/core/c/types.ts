/**
 * C types of the subset (LP64: char 1, short 2, int 4, long and long long 8, pointers 8) and the
 * conversions C defines on them: integer promotion and the usual arithmetic conversions.
 */

export type Type =
  | { kind: "void" }
  | { kind: "int"; size: 1 | 2 | 4 | 8; signed: boolean; bool?: true; name: string }
  | { kind: "pointer"; to: Type }
  | { kind: "array"; of: Type; length: number }
  | { kind: "function"; returns: Type; params: Type[]; variadic: boolean }
  | StructType;

export interface Member {
  name: string;
  type: Type;
  offset: number;
}

export interface StructType {
  kind: "struct";
  union: boolean;
  tag: string;
  members: Member[];
  size: number;
  align: number;
  complete: boolean;
}

export type IntType = Extract<Type, { kind: "int" }>;

const int = (size: 1 | 2 | 4 | 8, signed: boolean, name: string): IntType => ({ kind: "int", size, signed, name });
export const VOID: Type = { kind: "void" };
export const BOOL: IntType = { kind: "int", size: 1, signed: false, bool: true, name: "_Bool" };
export const CHAR = int(1, true, "char");
export const SCHAR = int(1, true, "signed char");
export const UCHAR = int(1, false, "unsigned char");
export const SHORT = int(2, true, "short");
export const USHORT = int(2, false, "unsigned short");
export const INT = int(4, true, "int");
export const UINT = int(4, false, "unsigned int");
export const LONG = int(8, true, "long");
export const ULONG = int(8, false, "unsigned long");
export const LLONG = int(8, true, "long long");
export const ULLONG = int(8, false, "unsigned long long");

export const pointerTo = (to: Type): Type => ({ kind: "pointer", to });
export const isInteger = (t: Type): t is IntType => t.kind === "int";
export const isPointer = (t: Type): t is Extract<Type, { kind: "pointer" }> => t.kind === "pointer";
export const isScalar = (t: Type): boolean => t.kind === "int" || t.kind === "pointer";

export function sizeOf(t: Type): number {
  switch (t.kind) {
    case "void":
      return 1;
    case "int":
      return t.size;
    case "pointer":
    case "function":
      return 8;
    case "array":
      return t.length * sizeOf(t.of);
    case "struct":
      return t.size;
  }
}

export function alignOf(t: Type): number {
  if (t.kind === "array") return alignOf(t.of);
  if (t.kind === "struct") return t.align;
  return Math.min(sizeOf(t), 8) || 1;
}

/** Integer promotion: anything narrower than int becomes int. */
export function promote(t: IntType): IntType {
  return t.size < 4 ? INT : t;
}

/** The common type of the usual arithmetic conversions. */
export function commonType(a: IntType, b: IntType): IntType {
  const x = promote(a);
  const y = promote(b);
  if (x.size !== y.size) return x.size > y.size ? x : y;
  if (!x.signed) return x;
  return y.signed ? x : y;
}

export function typeName(t: Type): string {
  switch (t.kind) {
    case "void":
      return "void";
    case "int":
      return t.name;
    case "pointer":
      return t.to.kind === "function" ? "function pointer" : `${typeName(t.to)} *`;
    case "array":
      return `${typeName(t.of)}[${t.length}]`;
    case "function":
      return "function";
    case "struct":
      return `${t.union ? "union" : "struct"} ${t.tag}`;
  }
}

export function sameType(a: Type, b: Type): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "int" && b.kind === "int") return a.size === b.size && a.signed === b.signed && !!a.bool === !!b.bool;
  if (a.kind === "pointer" && b.kind === "pointer")
    return sameType(a.to, b.to) || a.to.kind === "void" || b.to.kind === "void";
  if (a.kind === "array" && b.kind === "array") return sameType(a.of, b.of);
  return a === b || a.kind === "void";
}

/** Wraps a value to the type's width and signedness. */
export function wrap(t: IntType, value: bigint): bigint {
  if (t.bool) return value !== 0n ? 1n : 0n;
  const bits = t.size * 8;
  return t.signed ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value);
}
