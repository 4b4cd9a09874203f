/**
 * Declarations: type specifiers (with typedef names, struct/union/enum), declarators (pointers,
 * arrays, parameter lists; nested with parentheses), struct layout as the System V ABI lays it
 * out, and initializers, which become assignments for locals and bytes for globals.
 */
import type { Expr, Position, Stmt, Variable } from "./ast.ts";
import type { Token } from "./lex.ts";
import { parseAssignment, parseConstant } from "./parse-expr.ts";
import type { Parser } from "./parser-state.ts";
import { assign, castTo, convertForAssignment, deref, numberNode, offset, rvalue } from "./sema.ts";
import { GLOBALS_ADDRESS } from "./signature.ts";
import {
  BOOL,
  CHAR,
  INT,
  LLONG,
  LONG,
  SCHAR,
  SHORT,
  UCHAR,
  UINT,
  ULLONG,
  ULONG,
  USHORT,
  VOID,
  alignOf,
  isInteger,
  pointerTo,
  sizeOf,
  typeName,
  type Member,
  type StructType,
  type Type,
} from "./types.ts";

const TYPE_WORDS = new Set([
  "void",
  "_Bool",
  "char",
  "short",
  "int",
  "long",
  "signed",
  "unsigned",
  "struct",
  "union",
  "enum",
  "const",
  "volatile",
  "restrict",
  "static",
  "extern",
  "typedef",
  "inline",
  "register",
  "auto",
  "float",
  "double",
  "__inline",
  "__restrict",
  "_Noreturn",
]);

export function startsTypeName(p: Parser, t: Token): boolean {
  return t.kind === "identifier" && (TYPE_WORDS.has(t.text) || p.isTypedefName(t));
}

export interface Specifiers {
  type: Type;
  storage: "typedef" | "static" | "extern" | null;
}

/** Reads `unsigned long`, `struct S`, `const myint` …; the storage class when allowed. */
export function parseSpecifiers(p: Parser, allowStorage: boolean): Specifiers {
  const start = p.peek();
  let storage: Specifiers["storage"] = null;
  const counts = new Map<string, number>();
  let named: Type | null = null;
  for (;;) {
    const t = p.peek();
    if (t.kind !== "identifier") break;
    const w = t.text;
    if (
      w === "const" ||
      w === "volatile" ||
      w === "restrict" ||
      w === "inline" ||
      w === "register" ||
      w === "auto" ||
      w === "__inline" ||
      w === "__restrict" ||
      w === "_Noreturn"
    ) {
      p.next();
      continue;
    }
    if (w === "typedef" || w === "static" || w === "extern") {
      if (!allowStorage) p.fail(t, `${w} is not allowed here`);
      if (storage) p.fail(t, "two storage classes");
      storage = w;
      p.next();
      continue;
    }
    if (w === "float" || w === "double") p.fail(t, `floating point (${w}) is not supported`);
    if (w === "struct" || w === "union" || w === "enum") {
      if (named || counts.size > 0) p.fail(t, "two types in one declaration");
      p.next();
      named = w === "enum" ? parseEnum(p) : parseStruct(p, w === "union", t);
      continue;
    }
    if (TYPE_WORDS.has(w)) {
      if (named) p.fail(t, "two types in one declaration");
      counts.set(w, (counts.get(w) ?? 0) + 1);
      p.next();
      continue;
    }
    if (p.isTypedefName(t) && !named && counts.size === 0) {
      const entry = p.lookup(w);
      if (entry?.kind === "typedef") named = entry.type;
      p.next();
      continue;
    }
    break;
  }
  if (named) return { type: named, storage };
  if (counts.size === 0) p.fail(start, "expected a type");
  const key = [...counts.entries()]
    .map(([w, n]) => (n > 1 ? `${w}${n}` : w))
    .sort()
    .join(" ");
  const type = BASIC_TYPES.get(key);
  if (!type) p.fail(start, `this combination of type words is not a C type`);
  return { type, storage };
}

const BASIC_TYPES = new Map<string, Type>();
const define = (type: Type, ...spellings: string[]): void => {
  for (const s of spellings) BASIC_TYPES.set(s.split(" ").sort().join(" "), type);
};
define(VOID, "void");
define(BOOL, "_Bool");
define(CHAR, "char");
define(SCHAR, "signed char");
define(UCHAR, "unsigned char");
define(SHORT, "short", "short int", "signed short", "signed short int");
define(USHORT, "unsigned short", "unsigned short int");
define(INT, "int", "signed", "signed int");
define(UINT, "unsigned", "unsigned int");
define(LONG, "long", "long int", "signed long", "signed long int");
define(ULONG, "unsigned long", "unsigned long int");
define(LLONG, "long2", "int long2", "long2 signed", "int long2 signed");
define(ULLONG, "long2 unsigned", "int long2 unsigned");

function parseEnum(p: Parser): Type {
  if (p.peek().kind === "identifier" && !p.is("{", 1)) {
    p.next();
    return INT;
  }
  if (p.peek().kind === "identifier") p.next();
  p.expect("{");
  let value = 0n;
  while (!p.accept("}")) {
    const name = p.identifier();
    if (p.accept("=")) value = parseConstant(p);
    if (value < -(2n ** 31n) || value >= 2n ** 31n) p.fail(name, "an enum constant must fit in int");
    p.declare(name.text, { kind: "enum", value });
    value++;
    if (!p.is("}")) p.expect(",");
  }
  return INT;
}

function parseStruct(p: Parser, union: boolean, keyword: Token): Type {
  let tag = "";
  if (p.peek().kind === "identifier") tag = p.next().text;
  if (!p.is("{")) {
    if (!tag) p.fail(keyword, "expected a struct name or {");
    const found = p.lookupTag(tag);
    if (found) return found;
    const incomplete: StructType = { kind: "struct", union, tag, members: [], size: 0, align: 1, complete: false };
    p.tags[0]!.set(tag, incomplete);
    return incomplete;
  }
  p.next();
  const scope = p.tags[p.tags.length - 1]!;
  let type = tag ? scope.get(tag) : undefined;
  if (!type || type.complete) {
    type = { kind: "struct", union, tag: tag || "(anonymous)", members: [], size: 0, align: 1, complete: false };
    if (tag) scope.set(tag, type);
  }
  const members: Member[] = [];
  let size = 0;
  let align = 1;
  while (!p.accept("}")) {
    const spec = parseSpecifiers(p, false);
    do {
      const d = parseDeclarator(p, spec.type);
      if (p.is(":")) p.fail(p.peek(), "bit-fields are not supported");
      if (!d.name) p.fail(p.peek(), "a member needs a name");
      if (d.type.kind === "function" || (d.type.kind === "struct" && !d.type.complete) || d.type.kind === "void")
        p.fail(d.name, `a member cannot have type ${typeName(d.type)}`);
      const a = alignOf(d.type);
      const offset = union ? 0 : Math.ceil(size / a) * a;
      members.push({ name: d.name.text, type: d.type, offset });
      size = union ? Math.max(size, sizeOf(d.type)) : offset + sizeOf(d.type);
      align = Math.max(align, a);
    } while (p.accept(","));
    p.expect(";");
  }
  type.members = members;
  type.size = Math.ceil(size / align) * align;
  type.align = align;
  type.complete = true;
  return type;
}

export interface Declarator {
  name: Token | null;
  type: Type;
  /** For a function declarator: the parameter names (null for unnamed ones). */
  paramNames: (Token | null)[] | null;
}

/** A declarator: `*`s, then a name or a parenthesized declarator, then [N] and (params) suffixes. */
export function parseDeclarator(p: Parser, base: Type): Declarator {
  let type = base;
  while (p.accept("*")) {
    type = pointerTo(type);
    while (p.is("const") || p.is("volatile") || p.is("restrict") || p.is("__restrict")) p.next();
  }
  if (p.is("(") && !startsTypeName(p, p.peek(1)) && !p.is(")", 1)) {
    // Nested declarator: parse it against a placeholder, then substitute the outer type.
    p.next();
    const startPosition = p.position;
    parseDeclarator(p, INT);
    p.expect(")");
    const outer = parseSuffixes(p, type);
    const afterSuffixes = p.position;
    p.position = startPosition;
    const inner = parseDeclarator(p, outer.type);
    p.expect(")");
    p.position = afterSuffixes;
    return { name: inner.name, type: inner.type, paramNames: inner.paramNames };
  }
  const name = p.peek().kind === "identifier" && !startsTypeName(p, p.peek()) ? p.next() : null;
  const suffixed = parseSuffixes(p, type);
  return { name, type: suffixed.type, paramNames: suffixed.paramNames };
}

function parseSuffixes(p: Parser, type: Type): { type: Type; paramNames: (Token | null)[] | null } {
  if (p.is("[")) {
    const t = p.next();
    let length = -1;
    if (!p.is("]")) {
      const value = parseConstant(p);
      if (value < 0n || value > 65536n) p.fail(t, "array size must be between 0 and 65536");
      length = Number(value);
    }
    p.expect("]");
    const inner = parseSuffixes(p, type);
    if (inner.type.kind === "function" || inner.type.kind === "void") p.fail(t, "invalid array element type");
    return { type: { kind: "array", of: inner.type, length }, paramNames: null };
  }
  if (p.is("(")) {
    const t = p.next();
    const params: Type[] = [];
    const names: (Token | null)[] = [];
    let variadic = false;
    if (p.is("void") && p.is(")", 1)) p.next();
    while (!p.accept(")")) {
      if (params.length > 0 || variadic) p.expect(",");
      if (p.accept("...")) {
        variadic = true;
        continue;
      }
      const spec = parseSpecifiers(p, false);
      const d = parseDeclarator(p, spec.type);
      let pt = d.type;
      if (pt.kind === "array") pt = pointerTo(pt.of);
      if (pt.kind === "function") p.fail(d.name ?? t, "function pointers are not supported");
      if (pt.kind === "struct")
        p.fail(d.name ?? t, "passing a struct or union by value is not supported; pass a pointer");
      if (pt.kind === "void") p.fail(d.name ?? t, "a parameter cannot be void");
      params.push(pt);
      names.push(d.name);
    }
    if (type.kind === "struct") p.fail(t, "returning a struct or union is not supported; return through a pointer");
    if (type.kind === "array" || type.kind === "function") p.fail(t, "a function cannot return an array or a function");
    return { type: { kind: "function", returns: type, params, variadic }, paramNames: names };
  }
  return { type, paramNames: null };
}

export function parseTypeName(p: Parser): Type {
  const spec = parseSpecifiers(p, false);
  const d = parseDeclarator(p, spec.type);
  if (d.name) p.fail(d.name, "expected a type, not a name");
  return d.type;
}

/** One scalar slot of an object, in declaration order: where it is and its value (null: zero). */
interface Slot {
  offset: number;
  type: Type;
  value: Expr | null;
}

function collectSlots(type: Type, base: number, out: Slot[]): void {
  if (type.kind === "array")
    for (let i = 0; i < type.length; i++) collectSlots(type.of, base + i * sizeOf(type.of), out);
  else if (type.kind === "struct") {
    const members = type.union ? type.members.slice(0, 1) : type.members;
    for (const m of members) collectSlots(m.type, base + m.offset, out);
  } else out.push({ offset: base, type, value: null });
}

/** Fills slots from a braced (or bare) initializer; returns the array length it implies. */
function parseInitializer(p: Parser, type: Type, slots: Slot[], start: number, at: Position): number {
  const t = p.peek();
  if (
    type.kind === "array" &&
    isInteger(type.of) &&
    type.of.size === 1 &&
    (t.kind === "string" || (p.is("{") && p.peek(1).kind === "string"))
  ) {
    const braced = p.accept("{");
    const bytes: number[] = [];
    while (p.peek().kind === "string") bytes.push(...p.next().bytes!);
    if (braced) p.expect("}");
    const length = type.length >= 0 ? type.length : bytes.length + 1;
    bytes.slice(0, length).forEach((b, i) => (slots[start + i]!.value = numberNode(BigInt(b), type.of, t)));
    return length;
  }
  if (type.kind === "array" || type.kind === "struct") {
    if (!p.accept("{")) {
      if (type.kind === "struct") {
        const e = parseAssignment(p);
        if (e.type !== type) p.fail(t, `cannot initialize ${typeName(type)} with ${typeName(e.type)}`);
        p.fail(t, "initializing a struct from another struct is not supported here; assign it after the declaration");
      }
      p.fail(t, "an array initializer needs braces");
    }
    const elements: { type: Type; count: number }[] = [];
    if (type.kind === "array") {
      const count = sizeSlots(type.of);
      let i = 0;
      while (!p.is("}")) {
        if (type.length >= 0 && i >= type.length) p.fail(p.peek(), "too many initializers");
        const needed = start + (i + 1) * count;
        while (slots.length < needed) collectSlots(type.of, 0, slots);
        parseInitializer(p, type.of, slots, start + i * count, at);
        i++;
        if (!p.accept(",")) break;
      }
      p.expect("}");
      void elements;
      return type.length >= 0 ? type.length : i;
    }
    let k = start;
    const members = type.union ? type.members.slice(0, 1) : type.members;
    let i = 0;
    while (!p.is("}")) {
      const m = members[i];
      if (!m) p.fail(p.peek(), "too many initializers");
      parseInitializer(p, m.type, slots, k, at);
      k += sizeSlots(m.type);
      i++;
      if (!p.accept(",")) break;
    }
    p.expect("}");
    return 0;
  }
  const braced = p.accept("{");
  const e = parseAssignment(p);
  if (braced) {
    p.accept(",");
    p.expect("}");
  }
  slots[start]!.value = convertForAssignment(p, e, type, t);
  return 0;
}

function sizeSlots(type: Type): number {
  const out: Slot[] = [];
  collectSlots(type, 0, out);
  return out.length;
}

/** Parses `= initializer` for a variable (the array length may be filled in). */
export function parseVariableInitializer(p: Parser, variable: Variable, at: Position): Slot[] {
  const slots: Slot[] = [];
  if (variable.type.kind === "array" && variable.type.length < 0) {
    // Length from the initializer: parse with an open length, then fix the type.
    const probe: Type = { kind: "array", of: variable.type.of, length: -1 };
    const length = parseInitializer(p, probe, slots, 0, at);
    variable.type = { kind: "array", of: variable.type.of, length };
    const full: Slot[] = [];
    collectSlots(variable.type, 0, full);
    const perElement = sizeSlots(variable.type.of);
    slots.slice(0, length * perElement).forEach((s, i) => (full[i]!.value = s.value));
    return full;
  }
  collectSlots(variable.type, 0, slots);
  parseInitializer(p, variable.type, slots, 0, at);
  return slots;
}

/** Assignments that initialize a local (every slot: the unnamed ones get zero). */
export function localInitializer(p: Parser, variable: Variable, slots: Slot[], at: Position): Stmt[] {
  const v: Expr = { kind: "variable", variable, type: variable.type, ...at };
  if (variable.type.kind !== "array" && variable.type.kind !== "struct") {
    const value = slots[0]?.value ?? numberNode(0n, INT, at);
    return [{ kind: "expr", expr: assign(p, v, value, value), ...at }];
  }
  variable.addressTaken = true;
  const base: Expr = { kind: "address", operand: v, type: pointerTo(CHAR), ...at };
  return slots.map((slot) => {
    const bytes = offset(p, base, numberNode(BigInt(slot.offset), LONG, at), false, at);
    const target = deref(p, castTo(p, bytes, pointerTo(slot.type), at), at);
    return { kind: "expr", expr: assign(p, target, slot.value ?? numberNode(0n, INT, at), slot.value ?? at), ...at };
  });
}

/** The bytes of a global's initializer: numbers, and addresses of globals (they are fixed). */
export function globalInitializer(p: Parser, variable: Variable, slots: Slot[]): void {
  for (const slot of slots) {
    if (!slot.value) continue;
    const value = constantValue(p, slot.value);
    const size = sizeOf(slot.type);
    let bits = BigInt.asUintN(64, value);
    for (let i = 0; i < size; i++) {
      p.data[variable.address - GLOBALS_ADDRESS + slot.offset + i] = Number(bits & 0xffn);
      bits >>= 8n;
    }
  }
}

function constantValue(p: Parser, e: Expr): bigint {
  switch (e.kind) {
    case "number":
      return e.value;
    case "cast":
      if (isInteger(e.type) && e.type.size < 8) p.fail(e, "an address does not fit in this type");
      return constantValue(p, e.operand);
    case "address":
      return constantAddress(p, e.operand);
    case "offset":
      return constantValue(p, e.pointer) + constantValue(p, e.index) * BigInt(e.scale);
    default:
      p.fail(e, "a global's initializer must be a constant");
  }
}

function constantAddress(p: Parser, e: Expr): bigint {
  if (e.kind === "variable" && e.variable.global) return BigInt(e.variable.address);
  if (e.kind === "member") return constantAddress(p, e.base) + BigInt(e.offset);
  if (e.kind === "deref") return constantValue(p, rvalue(p, e.operand));
  p.fail(e, "a global's initializer must be a constant");
}
