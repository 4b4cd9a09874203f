/**
 * Typed node builders: each applies C's conversions (array decay, integer promotion, the usual
 * arithmetic conversions, pointer scaling) as explicit nodes, checks the operand types, and folds
 * constant operands with the same wrap-around the machine has.
 */
import type { BinaryOp, Expr, Position } from "./ast.ts";
import type { Parser } from "./parser-state.ts";
import {
  INT,
  LONG,
  ULONG,
  commonType,
  isInteger,
  isPointer,
  isScalar,
  pointerTo,
  promote,
  sameType,
  sizeOf,
  typeName,
  wrap,
  type IntType,
  type Type,
} from "./types.ts";

export const numberNode = (value: bigint, type: Type, at: Position): Expr => ({
  kind: "number",
  value: isInteger(type) ? wrap(type, value) : BigInt.asUintN(64, value),
  type,
  line: at.line,
  column: at.column,
});

/** Arrays become pointers to their first element; functions are only called, never values. */
export function rvalue(p: Parser, e: Expr): Expr {
  if (e.type.kind === "array")
    return { kind: "address", operand: e, type: pointerTo(e.type.of), line: e.line, column: e.column };
  if (e.type.kind === "function") p.fail(e, "function pointers are not supported; call the function instead");
  return e;
}

export function isLvalue(e: Expr): boolean {
  return e.kind === "variable" || e.kind === "deref" || (e.kind === "member" && isLvalue(e.base));
}

export function markAddressTaken(e: Expr): void {
  if (e.kind === "variable") e.variable.addressTaken = true;
  else if (e.kind === "member") markAddressTaken(e.base);
}

/** Converts a scalar to `to` (an implicit or explicit cast). */
export function castTo(p: Parser, e: Expr, to: Type, at: Position = e): Expr {
  e = rvalue(p, e);
  if (to.kind === "void") return { kind: "cast", operand: e, type: to, line: at.line, column: at.column };
  if (!isScalar(to)) p.fail(at, `cannot convert to ${typeName(to)}`);
  if (!isScalar(e.type)) p.fail(at, `cannot convert ${typeName(e.type)} to ${typeName(to)}`);
  if (e.type === to || (isInteger(e.type) && isInteger(to) && sameType(e.type, to))) return e;
  if (e.kind === "number") return numberNode(e.value, to, e);
  return { kind: "cast", operand: e, type: to, line: e.line, column: e.column };
}

/** The conversion of assignment, argument passing and return: integers and matching pointers. */
export function convertForAssignment(p: Parser, e: Expr, to: Type, at: Position): Expr {
  e = rvalue(p, e);
  if (to.kind === "struct") {
    if (e.type !== to) p.fail(at, `cannot assign ${typeName(e.type)} to ${typeName(to)}`);
    return e;
  }
  if (isPointer(to) && isInteger(e.type) && !(e.kind === "number" && e.value === 0n))
    p.fail(at, `assigning an integer to a pointer (${typeName(to)}) needs a cast`);
  if (isInteger(to) && isPointer(e.type) && !to.bool) p.fail(at, `assigning a pointer to ${typeName(to)} needs a cast`);
  return castTo(p, e, to, at);
}

function foldBinary(op: BinaryOp, type: IntType, a: bigint, b: bigint): bigint | null {
  const bits = BigInt(type.size * 8);
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      if (b === 0n || (type.signed && b === -1n && wrap(type, -a) === a && a !== 0n)) return null;
      return a / b;
    case "%":
      if (b === 0n || (type.signed && b === -1n && wrap(type, -a) === a && a !== 0n)) return null;
      return a % b;
    case "<<":
      return b < 0n || b >= bits ? null : a << b;
    case ">>":
      return b < 0n || b >= bits ? null : a >> b;
    case "&":
      return a & b;
    case "|":
      return a | b;
    case "^":
      return a ^ b;
    case "<":
      return a < b ? 1n : 0n;
    case "<=":
      return a <= b ? 1n : 0n;
    case ">":
      return a > b ? 1n : 0n;
    case ">=":
      return a >= b ? 1n : 0n;
    case "==":
      return a === b ? 1n : 0n;
    case "!=":
      return a !== b ? 1n : 0n;
  }
}

const COMPARISONS = new Set(["<", "<=", ">", ">=", "==", "!="]);

export function binary(p: Parser, op: BinaryOp, leftIn: Expr, rightIn: Expr, at: Position): Expr {
  const left = rvalue(p, leftIn);
  const right = rvalue(p, rightIn);
  const lt = left.type;
  const rt = right.type;
  const node = (l: Expr, r: Expr, type: Type): Expr => {
    if (l.kind === "number" && r.kind === "number" && isInteger(l.type)) {
      const value = foldBinary(op, l.type, l.value, r.value);
      if (value !== null) return numberNode(value, type, at);
    }
    return { kind: "binary", op, left: l, right: r, type, line: at.line, column: at.column };
  };
  if (op === "+" || op === "-") {
    if (isPointer(lt) && isInteger(rt)) return offset(p, left, right, op === "-", at);
    if (op === "+" && isInteger(lt) && isPointer(rt)) return offset(p, right, left, false, at);
    if (op === "-" && isPointer(lt) && isPointer(rt)) {
      if (!sameType(lt.to, rt.to)) p.fail(at, "subtracting pointers to different types");
      const size = BigInt(sizeOf(lt.to));
      const bytes = binary(p, "-", castTo(p, left, LONG), castTo(p, right, LONG), at);
      return size === 1n ? bytes : binary(p, "/", bytes, numberNode(size, LONG, at), at);
    }
  }
  if (COMPARISONS.has(op) && (isPointer(lt) || isPointer(rt))) {
    const nullConstant = (e: Expr): boolean => e.kind === "number" && e.value === 0n && isInteger(e.type);
    const ok = (isPointer(lt) && isPointer(rt)) || nullConstant(left) || nullConstant(right);
    if (!ok) p.fail(at, "comparing a pointer with an integer");
    return node(castTo(p, left, ULONG), castTo(p, right, ULONG), INT);
  }
  if (!isInteger(lt) || !isInteger(rt)) p.fail(at, `invalid operands to ${op} (${typeName(lt)} and ${typeName(rt)})`);
  if (op === "<<" || op === ">>") {
    const type = promote(lt);
    return node(castTo(p, left, type), castTo(p, right, promote(rt)), type);
  }
  const common = commonType(lt, rt);
  return node(castTo(p, left, common), castTo(p, right, common), COMPARISONS.has(op) ? INT : common);
}

/** pointer ± integer: the integer widened to 64 bits and scaled by the element size. */
export function offset(p: Parser, pointer: Expr, index: Expr, negate: boolean, at: Position): Expr {
  const to = (pointer.type as Extract<Type, { kind: "pointer" }>).to;
  if (to.kind === "void" || to.kind === "function" || (to.kind === "struct" && !to.complete))
    p.fail(at, `arithmetic on a pointer to ${typeName(to)}`);
  let i = castTo(p, index, LONG);
  if (negate) i = unary(p, "-", i, at);
  return { kind: "offset", pointer, index: i, scale: sizeOf(to), type: pointer.type, line: at.line, column: at.column };
}

export function unary(p: Parser, op: "-" | "~" | "!", operandIn: Expr, at: Position): Expr {
  let operand = rvalue(p, operandIn);
  if (op === "!") {
    if (!isScalar(operand.type)) p.fail(at, `invalid operand to ! (${typeName(operand.type)})`);
    if (operand.kind === "number") return numberNode(operand.value === 0n ? 1n : 0n, INT, at);
    return { kind: "unary", op, operand, type: INT, line: at.line, column: at.column };
  }
  if (!isInteger(operand.type)) p.fail(at, `invalid operand to ${op} (${typeName(operand.type)})`);
  const type = promote(operand.type);
  operand = castTo(p, operand, type);
  if (operand.kind === "number") return numberNode(op === "-" ? -operand.value : ~operand.value, type, at);
  return { kind: "unary", op, operand, type, line: at.line, column: at.column };
}

/** A condition: any scalar, compared with zero. */
export function condition(p: Parser, e: Expr): Expr {
  const r = rvalue(p, e);
  if (!isScalar(r.type)) p.fail(e, `a condition must be a number or a pointer, not ${typeName(r.type)}`);
  return r;
}

export function deref(p: Parser, e: Expr, at: Position): Expr {
  const r = rvalue(p, e);
  if (!isPointer(r.type)) p.fail(at, `cannot dereference ${typeName(r.type)}`);
  if (r.type.to.kind === "void") p.fail(at, "cannot dereference a void pointer");
  if (r.type.to.kind === "function") p.fail(at, "function pointers are not supported");
  return { kind: "deref", operand: r, type: r.type.to, line: at.line, column: at.column };
}

export function assign(p: Parser, target: Expr, value: Expr, at: Position): Expr {
  if (!isLvalue(target) || target.type.kind === "array" || target.type.kind === "function")
    p.fail(at, "the left side of an assignment must be a variable or an element");
  const converted = convertForAssignment(p, value, target.type, at);
  return { kind: "assign", target, value: converted, type: target.type, line: at.line, column: at.column };
}

export { ULONG };
