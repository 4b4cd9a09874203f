/**
 * Expressions to x86-64. A value is computed into rax (eax for 32 bits and narrower: a char or
 * short is kept sign- or zero-extended to 32 bits; an int's upper half is undefined, as in the
 * ABI). Right operands that are constants, register variables or directly addressable memory are
 * used in place, as gcc does; other right operands go through rcx, with the left value pushed
 * while they are computed. Variables live in registers unless their address is taken.
 */
import type { Expr, Variable } from "./ast.ts";
import { Emitter, RAX, RBP, RCX, RDX, fitsImm32, memText, reg, type Mem } from "./emit.ts";
import { isInteger, sizeOf, type Type } from "./types.ts";

export type Place = { kind: "reg"; reg: number } | { kind: "mem"; mem: Mem };

const SIGNED_CC: Record<string, string> = { "<": "l", "<=": "le", ">": "g", ">=": "ge", "==": "e", "!=": "ne" };
const UNSIGNED_CC: Record<string, string> = { "<": "b", "<=": "be", ">": "a", ">=": "ae", "==": "e", "!=": "ne" };
const SWAPPED: Record<string, string> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!=" };
const NEGATED_CC: Record<string, string> = {
  e: "ne",
  ne: "e",
  l: "ge",
  ge: "l",
  le: "g",
  g: "le",
  b: "ae",
  ae: "b",
  be: "a",
  a: "be",
};
const COMPARISON = new Set(["<", "<=", ">", ">=", "==", "!="]);
const ALU: Record<string, string> = { "+": "add", "-": "sub", "&": "and", "|": "or", "^": "xor" };

const isSigned = (t: Type): boolean => isInteger(t) && t.signed;
/** Operation width in bytes: 4 for int and narrower, 8 for long and pointers. */
export const widthOf = (t: Type): number => (sizeOf(t) >= 8 || t.kind === "pointer" ? 8 : 4);
const immediate = (v: bigint): string => v.toString();

export class ExprGen {
  readonly out: Emitter;
  readonly newLabel: () => string;
  constructor(out: Emitter, newLabel: () => string) {
    this.out = out;
    this.newLabel = newLabel;
  }

  /** A variable's place: its register, its stack slot, or its fixed global address. */
  variablePlace(v: Variable): Place {
    if (v.global) return { kind: "mem", mem: { base: null, index: null, scale: 1, disp: v.address } };
    if (v.register >= 0) return { kind: "reg", reg: v.register };
    return { kind: "mem", mem: { base: RBP, index: null, scale: 1, disp: -v.stackOffset } };
  }

  /** The address of an lvalue when it needs no code (only registers, constants, rbp). */
  addressOf(e: Expr): Mem | null {
    switch (e.kind) {
      case "variable": {
        const place = this.variablePlace(e.variable);
        return place.kind === "mem" ? place.mem : null;
      }
      case "member": {
        const base = this.addressOf(e.base);
        return base ? { ...base, disp: base.disp + e.offset } : null;
      }
      case "deref":
        return this.pointerAddress(e.operand);
      default:
        return null;
    }
  }

  /** The address a pointer expression holds, when it needs no code. */
  private pointerAddress(p: Expr): Mem | null {
    if (p.kind === "variable" && p.variable.register >= 0 && !p.variable.global)
      return { base: p.variable.register, index: null, scale: 1, disp: 0 };
    if (p.kind === "address") return this.addressOf(p.operand);
    if (p.kind === "cast" && p.type.kind === "pointer" && p.operand.type.kind === "pointer")
      return this.pointerAddress(p.operand);
    if (p.kind === "offset") {
      const base = this.pointerAddress(p.pointer);
      if (!base) return null;
      const i = p.index;
      if (i.kind === "number") {
        const disp = BigInt(base.disp) + i.value * BigInt(p.scale);
        return fitsImm32(disp) && (base.base !== null || disp >= 0n) ? { ...base, disp: Number(disp) } : null;
      }
      if (
        base.index === null &&
        [1, 2, 4, 8].includes(p.scale) &&
        i.kind === "variable" &&
        i.variable.register >= 0 &&
        !i.variable.global &&
        sizeOf(i.type) === 8
      )
        return { ...base, index: i.variable.register, scale: p.scale };
    }
    return null;
  }

  /** Where an lvalue lives, emitting code for its address (into rax) when it needs some. */
  place(e: Expr): Place {
    if (e.kind === "variable") return this.variablePlace(e.variable);
    const mem = this.addressOf(e);
    if (mem) return { kind: "mem", mem };
    this.address(e);
    return { kind: "mem", mem: { base: RAX, index: null, scale: 1, disp: 0 } };
  }

  /** A right operand usable in place at `width` (no code, leaves rax and rcx alone), or null. */
  simple(e: Expr, width: number): string | null {
    if (e.kind === "number")
      return width === 8 && !fitsImm32(e.value) ? null : immediate(width === 4 ? BigInt.asIntN(32, e.value) : e.value);
    if (
      e.kind === "cast" &&
      isInteger(e.type) &&
      sizeOf(e.type) === 4 &&
      sizeOf(e.operand.type) <= 4 &&
      e.operand.kind === "variable"
    ) {
      const v = e.operand.variable;
      if (v.register >= 0 && !v.global && width === 4) return reg(v.register, 4);
    }
    if (e.type.kind !== "int" && e.type.kind !== "pointer") return null;
    const size = sizeOf(e.type);
    if (e.kind === "variable" && e.variable.register >= 0 && !e.variable.global) {
      if (size === width || (size < 4 && width === 4)) return reg(e.variable.register, width);
      return null;
    }
    if ((e.kind === "variable" || e.kind === "deref" || e.kind === "member") && size === width) {
      const mem = this.addressOf(e);
      if (mem) return memText(mem, width);
    }
    return null;
  }

  /** Loads a scalar lvalue's value from a place into register r, extended per the invariant. */
  load(place: Place, type: Type, r: number): void {
    const size = sizeOf(type);
    if (place.kind === "reg") {
      if (place.reg !== r) this.out.op("mov", reg(r, widthOf(type)), reg(place.reg, widthOf(type)));
      return;
    }
    const m = place.mem;
    if (size === 8) this.out.op("mov", reg(r, 8), memText(m, 8));
    else if (size === 4) this.out.op("mov", reg(r, 4), memText(m, 4));
    else this.out.op(isSigned(type) ? "movsx" : "movzx", reg(r, 4), memText(m, size));
  }

  store(place: Place, type: Type, r: number): void {
    const size = sizeOf(type);
    if (place.kind === "reg") {
      if (place.reg !== r) this.out.op("mov", reg(place.reg, widthOf(type)), reg(r, widthOf(type)));
      return;
    }
    this.out.op("mov", memText(place.mem, size), reg(r, size));
  }

  number(value: bigint, type: Type, r: number): void {
    const width = widthOf(type);
    if (value === 0n) this.out.op("xor", reg(r, 4), reg(r, 4));
    else if (width === 4) this.out.op("mov", reg(r, 4), immediate(BigInt.asIntN(32, value)));
    else if (value >= 0n && value < 2n ** 32n) this.out.op("mov", reg(r, 4), immediate(value));
    else this.out.op("mov", reg(r, 8), immediate(BigInt.asIntN(64, value)));
  }

  /** The address of an lvalue or struct value into rax. */
  address(e: Expr): void {
    const mem = e.kind === "variable" || e.kind === "member" || e.kind === "deref" ? this.addressOf(e) : null;
    if (mem) {
      if (mem.base !== null && mem.index === null && mem.disp === 0) this.out.op("mov", "rax", reg(mem.base, 8));
      else this.out.op("lea", "rax", memText(mem, null));
      return;
    }
    switch (e.kind) {
      case "deref":
        this.value(e.operand);
        return;
      case "member":
        this.address(e.base);
        if (e.offset) this.out.op("add", "rax", String(e.offset));
        return;
      default:
        if (e.type.kind === "struct") this.value(e);
        else throw new Error(`no address for ${e.kind}`);
    }
  }

  /** Computes e into rax. */
  value(e: Expr): void {
    this.out.line = e.line || this.out.line;
    switch (e.kind) {
      case "number":
        return this.number(e.value, e.type, RAX);
      case "variable":
      case "deref":
      case "member":
        if (e.type.kind === "struct") return this.address(e);
        return this.load(this.place(e), e.type, RAX);
      case "address":
        return this.address(e.operand);
      case "offset":
        return this.offset(e);
      case "binary":
        return this.binary(e);
      case "logical": {
        const other = this.newLabel();
        const end = this.newLabel();
        const and = e.op === "&&";
        this.branch(e.left, other, !and);
        this.branch(e.right, other, !and);
        this.out.op("mov", "eax", and ? "1" : "0");
        this.out.op("jmp", end);
        this.out.label(other);
        this.out.op("mov", "eax", and ? "0" : "1");
        this.out.label(end);
        return;
      }
      case "unary":
        if (e.op === "!") {
          const cc = this.compare(e.operand, null, "!=");
          return this.setFlag(NEGATED_CC[cc]!);
        }
        this.value(e.operand);
        this.out.op(e.op === "-" ? "neg" : "not", reg(RAX, widthOf(e.type)));
        return;
      case "assign":
        return this.assign(e.target, e.value, true);
      case "conditional":
        return this.conditional(e);
      case "comma":
        this.effect(e.left);
        return this.value(e.right);
      case "call":
        return this.call(e);
      case "cast":
        this.value(e.operand);
        return this.convert(e.operand.type, e.type);
    }
  }

  /** Evaluates e for its side effects only. */
  effect(e: Expr): void {
    if (e.kind === "assign") return this.assign(e.target, e.value, false);
    if (e.kind === "comma") {
      this.effect(e.left);
      return this.effect(e.right);
    }
    if (e.kind === "cast" && e.type.kind === "void") return this.effect(e.operand);
    if (e.kind === "number" || e.kind === "variable") return;
    this.value(e);
  }

  /** Converts rax from type `from` to type `to`. */
  convert(from: Type, to: Type): void {
    if (to.kind === "void" || to.kind === "struct") return;
    const fromSize = sizeOf(from);
    const toSize = sizeOf(to);
    const fromSigned = isSigned(from);
    if (isInteger(to) && to.bool) {
      if (isInteger(from) && from.bool) return;
      const r = reg(RAX, widthOf(from));
      this.out.op("test", r, r);
      return this.setFlag("ne");
    }
    if (toSize < 4) {
      if (fromSize < toSize && (!fromSigned || isSigned(to))) return;
      if (fromSize === toSize && fromSigned === isSigned(to)) return;
      this.out.op(isSigned(to) ? "movsx" : "movzx", "eax", reg(RAX, toSize));
      return;
    }
    if (toSize === 4 || fromSize === 8) return;
    if (fromSigned) this.out.op("movsxd", "rax", "eax");
    else this.out.op("mov", "eax", "eax");
  }

  private setFlag(cc: string): void {
    this.out.op(`set${cc}`, "al");
    this.out.op("movzx", "eax", "al");
  }

  /** Left operand into rax, right operand as text (in place or in rcx). */
  private operands(left: Expr, right: Expr, width: number): string {
    const r = this.simple(right, width);
    if (r !== null) {
      this.value(left);
      return r;
    }
    if (this.simple(left, width) !== null) {
      this.value(right);
      this.out.op("mov", reg(RCX, width), reg(RAX, width));
      this.value(left);
      return reg(RCX, width);
    }
    this.value(left);
    this.out.op("push", "rax");
    this.value(right);
    this.out.op("mov", reg(RCX, width), reg(RAX, width));
    this.out.op("pop", "rax");
    return reg(RCX, width);
  }

  private binary(e: Extract<Expr, { kind: "binary" }>): void {
    if (COMPARISON.has(e.op)) {
      const direct = this.directCompare(e.left, e.right, e.op);
      if (direct) {
        this.out.op("xor", "eax", "eax");
        this.emitCompare(direct);
        this.out.op(`set${direct.cc}`, "al");
        return;
      }
      return this.setFlag(this.compare(e.left, e.right, e.op));
    }
    const width = widthOf(e.type);
    const a = reg(RAX, width);
    const signed = isSigned(e.type);
    if (e.op === "<<" || e.op === ">>") {
      const shift = e.op === "<<" ? "sal" : signed ? "sar" : "shr";
      if (e.right.kind === "number") {
        this.value(e.left);
        const count = Number(BigInt.asUintN(8, e.right.value)) & (width * 8 - 1);
        if (count) this.out.op(shift, a, String(count));
        return;
      }
      const countWidth = widthOf(e.right.type);
      const r = this.operands(e.left, e.right, countWidth);
      if (r !== reg(RCX, countWidth)) this.out.op("mov", reg(RCX, countWidth), r);
      this.out.op(shift, a, "cl");
      return;
    }
    let r = this.operands(e.left, e.right, width);
    const alu = ALU[e.op];
    if (alu) return this.out.op(alu, a, r);
    if (e.op === "*") {
      if (/^-?\d+$/.test(r)) this.out.op("imul", a, a, r);
      else this.out.op("imul", a, r);
      return;
    }
    // / and %: the dividend in rdx:rax.
    if (/^-?\d+$/.test(r)) {
      this.out.op("mov", reg(RCX, width), r);
      r = reg(RCX, width);
    }
    if (signed) this.out.op(width === 8 ? "cqo" : "cdq");
    else this.out.op("xor", "edx", "edx");
    this.out.op(signed ? "idiv" : "div", r);
    if (e.op === "%") this.out.op("mov", a, reg(RDX, width));
  }

  /** A comparison whose operands both need no code: `cmp` straight on them. */
  private directCompare(left: Expr, right: Expr, op: string): { a: string; b: string; cc: string } | null {
    const width = widthOf(left.type);
    const table = isSigned(left.type) ? SIGNED_CC : UNSIGNED_CC;
    const l = this.simple(left, width);
    const r = this.simple(right, width);
    if (l === null || r === null) return null;
    const isImm = (s: string): boolean => /^-?\d+$/.test(s);
    const isMem = (s: string): boolean => s.includes("[");
    if (isImm(l) && !isImm(r)) return { a: r, b: l, cc: table[SWAPPED[op]!]! };
    if (isImm(l) || (isMem(l) && isMem(r))) return null;
    return { a: l, b: r, cc: table[op]! };
  }

  private emitCompare(c: { a: string; b: string }): void {
    if (c.b === "0" && !c.a.includes("[")) this.out.op("test", c.a, c.a);
    else this.out.op("cmp", c.a, c.b);
  }

  /** Sets the flags for `left op right` (right null: compare with zero); returns the condition code. */
  compare(left: Expr, right: Expr | null, op: string): string {
    if (right === null) {
      const width = widthOf(left.type);
      const zero: Expr = { kind: "number", value: 0n, type: left.type, line: left.line, column: left.column };
      const direct = this.directCompare(left, zero, op);
      if (direct) {
        this.emitCompare(direct);
        return direct.cc;
      }
      this.value(left);
      this.out.op("test", reg(RAX, width), reg(RAX, width));
      return op === "!=" ? "ne" : "e";
    }
    const direct = this.directCompare(left, right, op);
    if (direct) {
      this.emitCompare(direct);
      return direct.cc;
    }
    const width = widthOf(left.type);
    const r = this.operands(left, right, width);
    this.emitCompare({ a: reg(RAX, width), b: r });
    return (isSigned(left.type) ? SIGNED_CC : UNSIGNED_CC)[op]!;
  }

  /** Jumps to `label` when e's truth equals `when`. */
  branch(e: Expr, label: string, when: boolean): void {
    this.out.line = e.line || this.out.line;
    if (e.kind === "number") {
      if ((e.value !== 0n) === when) this.out.op("jmp", label);
      return;
    }
    if (e.kind === "logical") {
      const and = e.op === "&&";
      if (and !== when) {
        this.branch(e.left, label, when);
        this.branch(e.right, label, when);
      } else {
        const skip = this.newLabel();
        this.branch(e.left, skip, !when);
        this.branch(e.right, label, when);
        this.out.label(skip);
      }
      return;
    }
    if (e.kind === "unary" && e.op === "!") return this.branch(e.operand, label, !when);
    const cc =
      e.kind === "binary" && COMPARISON.has(e.op) ? this.compare(e.left, e.right, e.op) : this.compare(e, null, "!=");
    this.out.op(`j${when ? cc : NEGATED_CC[cc]!}`, label);
  }

  private conditional(e: Extract<Expr, { kind: "conditional" }>): void {
    const width = e.type.kind === "int" || e.type.kind === "pointer" ? widthOf(e.type) : 0;
    const a = width ? this.simple(e.then, width) : null;
    const b = width ? this.simple(e.otherwise, width) : null;
    if (a !== null && b !== null) {
      const c = e.condition;
      const cc =
        c.kind === "binary" && COMPARISON.has(c.op) ? this.compare(c.left, c.right, c.op) : this.compare(c, null, "!=");
      // mov leaves the flags alone, so both values can be loaded after the comparison.
      this.out.op("mov", reg(RAX, width), a);
      this.out.op("mov", reg(RCX, width), b);
      this.out.op(`cmov${NEGATED_CC[cc]!}`, reg(RAX, width), reg(RCX, width));
      return;
    }
    const otherwise = this.newLabel();
    const end = this.newLabel();
    this.branch(e.condition, otherwise, false);
    this.value(e.then);
    this.out.op("jmp", end);
    this.out.label(otherwise);
    this.value(e.otherwise);
    this.out.label(end);
  }

  private offset(e: Extract<Expr, { kind: "offset" }>): void {
    const mem = this.addressOf({ kind: "deref", operand: e, type: e.type, line: e.line, column: e.column });
    if (mem) {
      this.out.op("lea", "rax", memText(mem, null));
      return;
    }
    if (e.index.kind === "number") {
      this.value(e.pointer);
      const bytes = e.index.value * BigInt(e.scale);
      if (fitsImm32(bytes)) {
        if (bytes !== 0n) this.out.op("add", "rax", immediate(bytes));
      } else {
        this.out.op("mov", "rcx", immediate(BigInt.asIntN(64, bytes)));
        this.out.op("add", "rax", "rcx");
      }
      return;
    }
    const r = this.operands(e.pointer, e.index, 8);
    const index = r.startsWith("r") || r.startsWith("e") ? r : null;
    let indexReg = index && !r.includes("[") ? r : null;
    if (!indexReg) {
      this.out.op("mov", "rcx", r);
      indexReg = "rcx";
    }
    if ([1, 2, 4, 8].includes(e.scale)) {
      this.out.op("lea", "rax", `[rax+${indexReg}${e.scale === 1 ? "" : `*${e.scale}`}]`);
    } else {
      if (indexReg !== "rcx") this.out.op("mov", "rcx", indexReg);
      this.out.op("imul", "rcx", "rcx", String(e.scale));
      this.out.op("add", "rax", "rcx");
    }
  }

  /** target = value; the value stays in rax when `keep`. */
  assign(target: Expr, value: Expr, keep: boolean): void {
    this.out.line = target.line || this.out.line;
    if (target.type.kind === "struct") return this.copyStruct(target, value, sizeOf(target.type));
    const type = target.type;
    const size = sizeOf(type);
    const width = widthOf(type);
    const place: Place | null =
      target.kind === "variable"
        ? this.variablePlace(target.variable)
        : ((m) => (m ? ({ kind: "mem", mem: m } as Place) : null))(this.addressOf(target));
    if (place) {
      const text = place.kind === "reg" ? reg(place.reg, width) : memText(place.mem, size);
      // x = x op y, and p = p + k, in place (add DWORD PTR -4[rbp], 1), when x is int-sized or wider.
      if (size >= 4 && value.kind === "binary" && ALU[value.op] && this.same(value.left, target)) {
        const r = this.simple(value.right, width);
        if (r !== null && !(place.kind === "mem" && r.includes("["))) {
          this.out.op(ALU[value.op]!, text, r);
          if (keep) this.load(place, type, RAX);
          return;
        }
      }
      if (size === 8 && value.kind === "offset" && value.index.kind === "number" && this.same(value.pointer, target)) {
        const bytes = value.index.value * BigInt(value.scale);
        if (fitsImm32(bytes)) {
          this.out.op("add", text, immediate(bytes));
          if (keep) this.load(place, type, RAX);
          return;
        }
      }
      if (!keep && value.kind === "number" && (size < 8 || fitsImm32(value.value))) {
        if (place.kind === "reg") this.number(value.value, type, place.reg);
        else this.out.op("mov", text, immediate(size === 8 ? value.value : BigInt.asIntN(size * 8, value.value)));
        return;
      }
      this.value(value);
      this.store(place, type, RAX);
      return;
    }
    if (this.simple(value, width) !== null || value.kind === "number") {
      this.address(target);
      this.out.op("mov", "rcx", "rax");
      this.value(value);
    } else {
      this.address(target);
      this.out.op("push", "rax");
      this.value(value);
      this.out.op("pop", "rcx");
    }
    this.store({ kind: "mem", mem: { base: RCX, index: null, scale: 1, disp: 0 } }, type, RAX);
  }

  /** Whether two pure lvalue expressions denote the same object. */
  private same(a: Expr, b: Expr): boolean {
    if (a.kind === "variable" && b.kind === "variable") return a.variable === b.variable;
    if (a.kind === "variable" || b.kind === "variable") return false;
    const ma = this.addressOf(a);
    const mb = this.addressOf(b);
    return (
      !!ma &&
      !!mb &&
      memText(ma, null) === memText(mb, null) &&
      sizeOf(a.type) === sizeOf(b.type) &&
      a.kind !== "member"
    );
  }

  private copyStruct(target: Expr, value: Expr, size: number): void {
    this.address(value);
    this.out.op("push", "rax");
    this.address(target);
    this.out.op("pop", "rcx");
    for (let offset = 0; offset < size;) {
      const chunk = size - offset >= 8 ? 8 : size - offset >= 4 ? 4 : size - offset >= 2 ? 2 : 1;
      const from: Mem = { base: RCX, index: null, scale: 1, disp: offset };
      const to: Mem = { base: RAX, index: null, scale: 1, disp: offset };
      this.out.op("mov", reg(RDX, chunk), memText(from, chunk));
      this.out.op("mov", memText(to, chunk), reg(RDX, chunk));
      offset += chunk;
    }
  }

  private call(e: Extract<Expr, { kind: "call" }>): void {
    const registers = [7, 6, 2, 1, 8, 9];
    const complex: number[] = [];
    e.args.forEach((arg, i) => {
      if (this.simple(arg, widthOf(arg.type)) === null && arg.kind !== "number") {
        this.value(arg);
        this.out.op("push", "rax");
        complex.push(i);
      }
    });
    for (const i of complex.reverse()) this.out.op("pop", reg(registers[i]!, 8));
    e.args.forEach((arg, i) => {
      if (complex.includes(i)) return;
      const r = registers[i]!;
      if (arg.kind === "number") return this.number(arg.value, arg.type, r);
      this.out.op("mov", reg(r, widthOf(arg.type)), this.simple(arg, widthOf(arg.type))!);
    });
    this.out.op("call", e.name);
  }
}
