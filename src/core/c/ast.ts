/**
 * The typed syntax tree the parser builds and the code generator walks. Every expression carries
 * its C type and the position of its first token; implicit conversions are explicit `cast` nodes.
 */
import type { Type } from "./types.ts";

export interface Position {
  line: number;
  column: number;
}

export interface Variable {
  name: string;
  type: Type;
  /** Globals (and static locals, string literals) have an absolute address. */
  global: boolean;
  address: number;
  /** Local: its address is taken (&x, arrays, structs), so it must live in memory. */
  addressTaken: boolean;
  /** Filled by the code generator for locals: a register number, or -1 for a stack slot. */
  register: number;
  stackOffset: number;
}

export type BinaryOp =
  "+" | "-" | "*" | "/" | "%" | "<<" | ">>" | "&" | "|" | "^" | "<" | "<=" | ">" | ">=" | "==" | "!=";

export type Expr = Position & { type: Type } & (
    | { kind: "number"; value: bigint }
    | { kind: "variable"; variable: Variable }
    | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr }
    /** Pointer plus a byte offset (`scale` × an integer of 64 bits). */
    | { kind: "offset"; pointer: Expr; index: Expr; scale: number }
    | { kind: "logical"; op: "&&" | "||"; left: Expr; right: Expr }
    | { kind: "unary"; op: "-" | "~" | "!"; operand: Expr }
    | { kind: "deref"; operand: Expr }
    | { kind: "address"; operand: Expr }
    | { kind: "member"; base: Expr; offset: number }
    | { kind: "assign"; target: Expr; value: Expr }
    | { kind: "conditional"; condition: Expr; then: Expr; otherwise: Expr }
    | { kind: "comma"; left: Expr; right: Expr }
    | { kind: "call"; name: string; args: Expr[] }
    | { kind: "cast"; operand: Expr }
  );

export type Stmt = Position &
  (
    | { kind: "expr"; expr: Expr }
    | { kind: "block"; body: Stmt[] }
    | { kind: "if"; condition: Expr; then: Stmt; otherwise: Stmt | null }
    | { kind: "while"; condition: Expr; body: Stmt }
    | { kind: "do"; body: Stmt; condition: Expr }
    | { kind: "for"; init: Stmt | null; condition: Expr | null; step: Expr | null; body: Stmt }
    | {
        kind: "switch";
        value: Expr;
        body: Stmt;
        cases: { value: bigint; label: string }[];
        defaultLabel: string | null;
      }
    | { kind: "label"; label: string; body: Stmt }
    | { kind: "goto"; label: string }
    | { kind: "break" }
    | { kind: "continue" }
    | { kind: "return"; value: Expr | null }
    | { kind: "empty" }
  );

export interface FunctionDef extends Position {
  name: string;
  type: Extract<Type, { kind: "function" }>;
  params: Variable[];
  locals: Variable[];
  body: Stmt;
  /** Whether the body calls any function (a leaf keeps locals in caller-saved registers). */
  makesCalls: boolean;
}

export interface Program {
  functions: FunctionDef[];
  /** Bytes of all globals and string literals, placed at GLOBALS_ADDRESS. */
  data: number[];
}
