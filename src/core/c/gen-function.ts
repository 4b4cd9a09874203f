/**
 * Functions to x86-64: where each variable lives, the frame, and the statements. A function that
 * calls nothing keeps its parameters in the registers they arrive in and its locals in other
 * caller-saved registers (as gcc -O2 does); one that calls keeps them in callee-saved rbx and
 * r12–r15. Whatever has its address taken, or does not fit, gets a slot below rbp.
 */
import type { FunctionDef, Stmt, Variable } from "./ast.ts";
import { ARGUMENT_REGISTERS, Emitter, RAX, reg } from "./emit.ts";
import { ExprGen, widthOf } from "./gen-expr.ts";
import { alignOf, isInteger, sizeOf } from "./types.ts";

const LEAF_POOL = [7, 6, 8, 9, 10, 11, 3, 12, 13, 14, 15];
const CALLER_POOL = [3, 12, 13, 14, 15];
const CALLEE_SAVED = new Set([3, 12, 13, 14, 15]);

interface Frame {
  saved: number[];
  stackBytes: number;
  hasFrame: boolean;
}

function allocate(fn: FunctionDef): Frame {
  const pool = fn.makesCalls ? CALLER_POOL : LEAF_POOL;
  const used = new Set<number>();
  const all = [...fn.params, ...fn.locals];
  const inRegister = (v: Variable): boolean => !v.addressTaken && (v.type.kind === "int" || v.type.kind === "pointer");
  for (const v of all) v.register = -1;
  if (!fn.makesCalls) {
    fn.params.forEach((v, i) => {
      const r = ARGUMENT_REGISTERS[i]!;
      if (inRegister(v) && pool.includes(r)) {
        v.register = r;
        used.add(r);
      }
    });
  }
  // Registers still holding an incoming argument are not handed out before it is moved.
  for (const v of all) {
    if (v.register >= 0 || !inRegister(v)) continue;
    const r = pool.find((x) => !used.has(x));
    if (r === undefined) continue;
    v.register = r;
    used.add(r);
  }
  let offset = 0;
  const saved = [...used].filter((r) => CALLEE_SAVED.has(r)).sort((a, b) => a - b);
  for (const v of all) {
    if (v.register >= 0) continue;
    const align = Math.max(alignOf(v.type), 1);
    offset = Math.ceil((offset + sizeOf(v.type)) / align) * align;
    v.stackOffset = offset + saved.length * 8;
  }
  const stackBytes = Math.ceil(offset / 16) * 16;
  return { saved, stackBytes, hasFrame: stackBytes > 0 };
}

export function generateFunction(fn: FunctionDef, out: Emitter, newLabel: () => string): void {
  const frame = allocate(fn);
  const gen = new ExprGen(out, newLabel);
  out.line = fn.line;
  out.raw(`        .globl  ${fn.name}`);
  out.label(fn.name);
  if (frame.hasFrame) {
    out.op("push", "rbp");
    out.op("mov", "rbp", "rsp");
  }
  for (const r of frame.saved) out.op("push", reg(r, 8));
  if (frame.hasFrame) out.op("sub", "rsp", String(frame.stackBytes));
  // Parameters that do not stay where they arrived: slots first (their registers may be reused).
  fn.params.forEach((v, i) => {
    const from = ARGUMENT_REGISTERS[i]!;
    if (v.register < 0) gen.store(gen.variablePlace(v), v.type, from);
  });
  fn.params.forEach((v, i) => {
    const from = ARGUMENT_REGISTERS[i]!;
    if (v.register >= 0 && v.register !== from)
      out.op("mov", reg(v.register, widthOf(v.type)), reg(from, widthOf(v.type)));
  });
  const epilogue = (): void => {
    if (frame.hasFrame) {
      if (frame.saved.length) out.op("lea", "rsp", `${-8 * frame.saved.length}[rbp]`);
      else out.op("mov", "rsp", "rbp");
    }
    for (const r of [...frame.saved].reverse()) out.op("pop", reg(r, 8));
    if (frame.hasFrame) out.op("pop", "rbp");
    out.op("ret");
  };
  const breaks: string[] = [];
  const continues: string[] = [];
  const statement = (s: Stmt): void => {
    out.line = s.line;
    switch (s.kind) {
      case "expr":
        return gen.effect(s.expr);
      case "block":
        return s.body.forEach(statement);
      case "empty":
        return;
      case "if": {
        const otherwise = newLabel();
        gen.branch(s.condition, otherwise, false);
        statement(s.then);
        if (s.otherwise) {
          const end = newLabel();
          if (!endsInJump(s.then)) out.op("jmp", end);
          out.label(otherwise);
          statement(s.otherwise);
          out.label(end);
        } else out.label(otherwise);
        return;
      }
      case "while":
      case "for": {
        if (s.kind === "for" && s.init) statement(s.init);
        const body = newLabel();
        const next = newLabel();
        const check = newLabel();
        const end = newLabel();
        if (s.condition) out.op("jmp", check);
        out.label(body);
        breaks.push(end);
        continues.push(next);
        statement(s.body);
        breaks.pop();
        continues.pop();
        out.label(next);
        if (s.kind === "for" && s.step) {
          out.line = s.step.line;
          gen.effect(s.step);
        }
        out.label(check);
        if (s.condition) gen.branch(s.condition, body, true);
        else out.op("jmp", body);
        out.label(end);
        return;
      }
      case "do": {
        const body = newLabel();
        const next = newLabel();
        const end = newLabel();
        out.label(body);
        breaks.push(end);
        continues.push(next);
        statement(s.body);
        breaks.pop();
        continues.pop();
        out.label(next);
        gen.branch(s.condition, body, true);
        out.label(end);
        return;
      }
      case "switch": {
        const end = newLabel();
        gen.value(s.value);
        const width = widthOf(s.value.type);
        for (const c of s.cases) {
          const v = BigInt.asIntN(width * 8, c.value);
          if (v >= -(2n ** 31n) && v < 2n ** 31n) out.op("cmp", reg(RAX, width), v.toString());
          else {
            out.op("mov", "rcx", v.toString());
            out.op("cmp", "rax", "rcx");
          }
          out.op("je", c.label);
        }
        out.op("jmp", s.defaultLabel ?? end);
        breaks.push(end);
        statement(s.body);
        breaks.pop();
        out.label(end);
        return;
      }
      case "label":
        out.label(s.label);
        return statement(s.body);
      case "goto":
        return out.op("jmp", s.label);
      case "break":
        return out.op("jmp", breaks[breaks.length - 1]!);
      case "continue":
        return out.op("jmp", continues[continues.length - 1]!);
      case "return":
        if (s.value) gen.value(s.value);
        else if (fn.name === "main") out.op("xor", "eax", "eax");
        return epilogue();
    }
  };
  statement(fn.body);
  if (!endsInJump(fn.body)) {
    if (fn.name === "main" || isInteger(fn.type.returns) || fn.type.returns.kind === "pointer") {
      if (fn.name === "main") out.op("xor", "eax", "eax");
    }
    epilogue();
  }
}

function endsInJump(s: Stmt): boolean {
  if (s.kind === "return" || s.kind === "goto" || s.kind === "break" || s.kind === "continue") return true;
  if (s.kind === "block") {
    const last = s.body[s.body.length - 1];
    return last !== undefined && endsInJump(last) && !s.body.some((x) => x.kind === "label");
  }
  return false;
}

export { RAX };
