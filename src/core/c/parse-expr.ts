/**
 * Expressions, by precedence climbing. Compound assignment and ++/-- are lowered here to plain
 * assignments (through a hidden pointer when the target has side effects), so the code generator
 * sees fewer forms; a post-increment whose value is unused becomes a pre-increment.
 */
import type { BinaryOp, Expr, Position } from "./ast.ts";
import type { Token } from "./lex.ts";
import { parseTypeName, startsTypeName } from "./parse-decl.ts";
import type { Parser } from "./parser-state.ts";
import { GLOBALS_ADDRESS } from "./signature.ts";
import {
  assign,
  binary,
  castTo,
  condition,
  convertForAssignment,
  deref,
  isLvalue,
  markAddressTaken,
  numberNode,
  rvalue,
  unary,
} from "./sema.ts";
import {
  CHAR,
  INT,
  LONG,
  UINT,
  ULONG,
  VOID,
  commonType,
  isInteger,
  isPointer,
  isScalar,
  pointerTo,
  sizeOf,
  typeName,
  type Type,
} from "./types.ts";

const BINARY_LEVELS: string[][] = [
  ["||"],
  ["&&"],
  ["|"],
  ["^"],
  ["&"],
  ["==", "!="],
  ["<", "<=", ">", ">="],
  ["<<", ">>"],
  ["+", "-"],
  ["*", "/", "%"],
];
const ASSIGN_OPS = new Set(["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "|=", "^="]);

/** Post-increments and their pre-increment form, for statements that discard the value. */
const unusedForm = new WeakMap<Expr, Expr>();

export function discardValue(e: Expr): Expr {
  const simpler = unusedForm.get(e);
  if (simpler) return simpler;
  if (e.kind === "comma") return { ...e, left: discardValue(e.left), right: discardValue(e.right) };
  return e;
}

const at = (t: Token): Position => ({ line: t.line, column: t.column });

/** No side effects and cheap to evaluate twice. */
function pure(e: Expr): boolean {
  switch (e.kind) {
    case "variable":
    case "number":
      return true;
    case "member":
      return pure(e.base);
    case "deref":
    case "cast":
      return pure(e.operand);
    case "offset":
      return pure(e.pointer) && pure(e.index);
    case "address":
      return pure(e.operand);
    default:
      return false;
  }
}

function hiddenVariable(p: Parser, type: Type, where: Position): Expr {
  if (!p.fn) p.fail(where, "this expression needs to run inside a function");
  const variable = p.newVariable(`__tmp${p.hiddenCount++}`, type, false, where);
  return { kind: "variable", variable, type, line: where.line, column: where.column };
}

/** `target op= value`, with the target evaluated once. */
function compoundAssign(p: Parser, op: BinaryOp, target: Expr, value: Expr, where: Position): Expr {
  if (!isLvalue(target)) p.fail(where, "the left side of an assignment must be a variable or an element");
  if (pure(target)) return assign(p, target, binary(p, op, target, value, where), where);
  markAddressTaken(target);
  const pointer = hiddenVariable(p, pointerTo(target.type), where);
  const address: Expr = {
    kind: "address",
    operand: target,
    type: pointer.type,
    line: where.line,
    column: where.column,
  };
  const place = deref(p, pointer, where);
  const update = assign(p, place, binary(p, op, place, value, where), where);
  return { kind: "comma", left: assign(p, pointer, address, where), right: update, type: update.type, ...where };
}

function increment(p: Parser, target: Expr, delta: 1n | -1n, post: boolean, where: Position): Expr {
  if (!isLvalue(target) || !isScalar(target.type)) p.fail(where, "++ and -- need a variable or an element");
  const pre = compoundAssign(p, delta > 0n ? "+" : "-", target, numberNode(1n, INT, where), where);
  if (!post) return pre;
  let place = target;
  let setup: Expr | null = null;
  if (!pure(target)) {
    markAddressTaken(target);
    const pointer = hiddenVariable(p, pointerTo(target.type), where);
    const address: Expr = { kind: "address", operand: target, type: pointer.type, ...where };
    setup = assign(p, pointer, address, where);
    place = deref(p, pointer, where);
  }
  const old = hiddenVariable(p, target.type, where);
  const save = assign(p, old, place, where);
  const update = assign(p, place, binary(p, delta > 0n ? "+" : "-", old, numberNode(1n, INT, where), where), where);
  let e: Expr = { kind: "comma", left: save, right: update, type: update.type, ...where };
  e = { kind: "comma", left: e, right: old, type: old.type, ...where };
  if (setup) e = { kind: "comma", left: setup, right: e, type: e.type, ...where };
  unusedForm.set(e, pre);
  return e;
}

export function parseExpression(p: Parser): Expr {
  let e = parseAssignment(p);
  while (p.is(",")) {
    const t = p.next();
    const right = parseAssignment(p);
    e = { kind: "comma", left: discardValue(e), right: rvalue(p, right), type: rvalue(p, right).type, ...at(t) };
  }
  return e;
}

export function parseAssignment(p: Parser): Expr {
  const left = parseConditional(p);
  const t = p.peek();
  if (t.kind === "punct" && ASSIGN_OPS.has(t.text)) {
    p.next();
    const value = parseAssignment(p);
    if (t.text === "=") return assign(p, left, value, at(t));
    return compoundAssign(p, t.text.slice(0, -1) as BinaryOp, left, value, at(t));
  }
  return left;
}

export function parseConstant(p: Parser): bigint {
  const t = p.peek();
  const e = parseConditional(p);
  if (e.kind !== "number") p.fail(t, "expected a constant expression");
  return e.value;
}

function parseConditional(p: Parser): Expr {
  const c = parseBinary(p, 0);
  if (!p.is("?")) return c;
  const t = p.next();
  const test = condition(p, c);
  const a = rvalue(p, parseExpression(p));
  p.expect(":");
  const b = rvalue(p, parseConditional(p));
  let type: Type;
  let then = a;
  let otherwise = b;
  if (isInteger(a.type) && isInteger(b.type)) {
    type = commonType(a.type, b.type);
    then = castTo(p, a, type);
    otherwise = castTo(p, b, type);
  } else if (isPointer(a.type) && (isPointer(b.type) || (b.kind === "number" && b.value === 0n))) {
    type = a.type;
    otherwise = castTo(p, b, type);
  } else if (isPointer(b.type) && a.kind === "number" && a.value === 0n) {
    type = b.type;
    then = castTo(p, a, type);
  } else if (a.type.kind === "void" && b.type.kind === "void") type = VOID;
  else if (a.type === b.type && a.type.kind === "struct") type = a.type;
  else p.fail(t, `the two sides of ?: have different types (${typeName(a.type)} and ${typeName(b.type)})`);
  if (test.kind === "number") return test.value !== 0n ? then : otherwise;
  return { kind: "conditional", condition: test, then, otherwise, type, ...at(t) };
}

function parseBinary(p: Parser, level: number): Expr {
  if (level >= BINARY_LEVELS.length) return parseCast(p);
  let left = parseBinary(p, level + 1);
  for (;;) {
    const t = p.peek();
    if (t.kind !== "punct" || !BINARY_LEVELS[level]!.includes(t.text)) return left;
    p.next();
    const right = parseBinary(p, level + 1);
    if (t.text === "&&" || t.text === "||") {
      const l = condition(p, left);
      const r = condition(p, right);
      if (l.kind === "number" && r.kind === "number") {
        const v = t.text === "&&" ? l.value !== 0n && r.value !== 0n : l.value !== 0n || r.value !== 0n;
        left = numberNode(v ? 1n : 0n, INT, at(t));
      } else if (l.kind === "number" && (t.text === "&&" ? l.value === 0n : l.value !== 0n)) {
        left = numberNode(t.text === "&&" ? 0n : 1n, INT, at(t));
      } else left = { kind: "logical", op: t.text, left: l, right: r, type: INT, ...at(t) };
    } else left = binary(p, t.text as BinaryOp, left, right, at(t));
  }
}

function parseCast(p: Parser): Expr {
  if (p.is("(") && startsTypeName(p, p.peek(1))) {
    const t = p.next();
    const type = parseTypeName(p);
    p.expect(")");
    if (p.is("{")) p.fail(t, "compound literals are not supported");
    const operand = parseCast(p);
    if (type.kind === "void") return { kind: "cast", operand: rvalue(p, operand), type, ...at(t) };
    return castTo(p, operand, type, at(t));
  }
  return parseUnary(p);
}

function parseUnary(p: Parser): Expr {
  const t = p.peek();
  if (t.kind === "punct") {
    switch (t.text) {
      case "+": {
        p.next();
        const e = rvalue(p, parseCast(p));
        if (!isInteger(e.type)) p.fail(t, "invalid operand to unary +");
        return castTo(p, e, e.type.size < 4 ? INT : e.type);
      }
      case "-":
      case "~":
      case "!":
        p.next();
        return unary(p, t.text, parseCast(p), at(t));
      case "*":
        p.next();
        return deref(p, parseCast(p), at(t));
      case "&": {
        p.next();
        const e = parseCast(p);
        if (!isLvalue(e)) p.fail(t, "& needs a variable or an element");
        markAddressTaken(e);
        return { kind: "address", operand: e, type: pointerTo(e.type), ...at(t) };
      }
      case "++":
      case "--":
        p.next();
        return increment(p, parseUnary(p), t.text === "++" ? 1n : -1n, false, at(t));
    }
  }
  if (t.kind === "identifier" && (t.text === "sizeof" || t.text === "_Alignof")) {
    p.next();
    let type: Type;
    if (p.is("(") && startsTypeName(p, p.peek(1))) {
      p.next();
      type = parseTypeName(p);
      p.expect(")");
    } else type = parseUnary(p).type;
    if (type.kind === "function" || type.kind === "void" || (type.kind === "struct" && !type.complete))
      p.fail(t, `sizeof of ${typeName(type)}`);
    return numberNode(BigInt(sizeOf(type)), ULONG, at(t));
  }
  return parsePostfix(p);
}

function parsePostfix(p: Parser): Expr {
  let e = parsePrimary(p);
  for (;;) {
    const t = p.peek();
    if (p.accept("[")) {
      const index = parseExpression(p);
      p.expect("]");
      e = deref(p, binary(p, "+", e, index, at(t)), at(t));
    } else if (p.is(".") || p.is("->")) {
      p.next();
      const name = p.identifier();
      const base = t.text === "->" ? deref(p, e, at(t)) : e;
      if (base.type.kind !== "struct") p.fail(t, `${t.text} needs a struct or union, not ${typeName(base.type)}`);
      const member = base.type.members.find((m) => m.name === name.text);
      if (!member) p.fail(name, `${typeName(base.type)} has no member named ${name.text.slice(0, 40)}`);
      e = { kind: "member", base, offset: member.offset, type: member.type, ...at(name) };
    } else if (p.is("++") || p.is("--")) {
      p.next();
      e = increment(p, e, t.text === "++" ? 1n : -1n, true, at(t));
    } else return e;
  }
}

function parseCall(p: Parser, name: Token): Expr {
  const info = p.functions.get(name.text);
  if (!info) p.fail(name, `${name.text.slice(0, 40)} is not declared (this compiler has no library functions)`);
  p.expect("(");
  const args: Expr[] = [];
  while (!p.is(")")) {
    if (args.length > 0) p.expect(",");
    args.push(parseAssignment(p));
  }
  p.expect(")");
  const params = info.type.params;
  if (args.length !== params.length && !(info.type.variadic && args.length >= params.length))
    p.fail(name, `${name.text} takes ${params.length} argument(s), not ${args.length}`);
  if (args.length > 6) p.fail(name, "calls with more than six arguments are not supported");
  const converted = args.map((a, i) => {
    const param = params[i];
    if (param) return convertForAssignment(p, a, param, a);
    const r = rvalue(p, a);
    if (!isScalar(r.type)) p.fail(a, "only numbers and pointers can be passed");
    return isInteger(r.type) && r.type.size < 4 ? castTo(p, r, INT) : r;
  });
  if (p.fn) p.fn.makesCalls = true;
  return { kind: "call", name: name.text, args: converted, type: info.type.returns, ...at(name) };
}

function parseNumber(p: Parser, t: Token): Expr {
  const m = /^(0x[0-9a-f]+|0b[01]+|0[0-7]*|[1-9][0-9]*)(u|ul|ull|l|ll|lu|llu)?$/i.exec(t.text);
  if (!m) {
    if (/[.eEpP]/.test(t.text) && !/^0x/i.test(t.text)) p.fail(t, "floating-point numbers are not supported");
    p.fail(t, "cannot read this number");
  }
  const digits = m[1]!;
  const suffix = (m[2] ?? "").toLowerCase();
  const value = /^0[0-7]+$/.test(digits) ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  if (value >= 2n ** 64n) p.fail(t, "this number does not fit in 64 bits");
  const decimal = /^[1-9]/.test(digits) || digits === "0";
  const unsigned = suffix.includes("u");
  const long = suffix.includes("l");
  const candidates: Type[] = [];
  if (!long) candidates.push(...(unsigned ? [UINT] : decimal ? [INT] : [INT, UINT]));
  candidates.push(...(unsigned ? [ULONG] : decimal ? [LONG] : [LONG, ULONG]));
  if (decimal && !unsigned) candidates.push(ULONG);
  const type = candidates.find((c) => {
    const size = sizeOf(c) * 8;
    const signed = isInteger(c) && c.signed;
    return value < 2n ** BigInt(signed ? size - 1 : size);
  })!;
  return numberNode(value, type, t);
}

function parsePrimary(p: Parser): Expr {
  const t = p.next();
  if (t.kind === "number") return parseNumber(p, t);
  if (t.kind === "char") return numberNode(BigInt.asIntN(8, BigInt(t.bytes![0]!)), INT, t);
  if (t.kind === "string") {
    const bytes = [...t.bytes!];
    while (p.peek().kind === "string") bytes.push(...p.next().bytes!);
    const key = bytes.join(",");
    let variable = p.strings.get(key);
    if (!variable) {
      variable = p.newVariable(`.str${p.strings.size}`, { kind: "array", of: CHAR, length: bytes.length + 1 }, true, t);
      bytes.forEach((b, i) => (p.data[variable!.address - GLOBALS_ADDRESS + i] = b));
      p.strings.set(key, variable);
    }
    return { kind: "variable", variable, type: variable.type, ...at(t) };
  }
  if (t.text === "(" && t.kind === "punct") {
    if (p.is("{")) p.fail(t, "statement expressions are not supported");
    const e = parseExpression(p);
    p.expect(")");
    return e;
  }
  if (t.kind === "identifier") {
    const entry = p.lookup(t.text);
    if (entry?.kind === "variable")
      return { kind: "variable", variable: entry.variable, type: entry.variable.type, ...at(t) };
    if (entry?.kind === "enum") return numberNode(entry.value, INT, t);
    if (!entry && p.is("(")) return parseCall(p, t);
    if (!entry && p.functions.has(t.text)) p.fail(t, "function pointers are not supported; call the function instead");
    if (entry?.kind === "typedef") p.fail(t, `${t.text.slice(0, 40)} is a type, not a value`);
    p.fail(t, `${t.text.slice(0, 40)} is not declared`);
  }
  if (t.kind === "eof") p.fail(t, "expected an expression before the end of the file");
  p.fail(t, "expected an expression");
}

export { LONG };
