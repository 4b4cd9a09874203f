/**
 * Pre-decoding of data instructions (moves, arithmetic, logic, shifts) into closures over resolved
 * operand accessors. Each op resolves its memory operand first, so a fault stops it before any
 * write. 8/16/32-bit operations take the number path; 64-bit ones the split-halves path.
 */
import { add, add64, high64, logic, logic64, signed, sub, sub64 } from "./arith.ts";
import type { Instruction } from "./isa.ts";
import type { Machine, Op } from "./machine.ts";
import { leaWriter, memoryResolver, reader, reader64, writer, writer64, type Site } from "./operands.ts";
import { shift64, shiftNarrow } from "./shifts.ts";

type Narrow = (m: Machine, a: number, b: number) => number;
type Wide = (m: Machine, aLo: number, aHi: number, bLo: number, bHi: number) => number;

function binaryFunctions(operation: string, width: 8 | 16 | 32): Narrow | null {
  switch (operation) {
    case "add":
      return (m, a, b) => add(m, a, b, 0, width);
    case "adc":
      return (m, a, b) => add(m, a, b, m.cf, width);
    case "sub":
    case "cmp":
      return (m, a, b) => sub(m, a, b, 0, width);
    case "sbb":
      return (m, a, b) => sub(m, a, b, m.cf, width);
    case "and":
    case "test":
      return (m, a, b) => logic(m, a & b, width);
    case "or":
      return (m, a, b) => logic(m, a | b, width);
    case "xor":
      return (m, a, b) => logic(m, a ^ b, width);
    case "mov":
      return (_, __, b) => b;
    default:
      return null;
  }
}

function binaryFunctions64(operation: string): Wide | null {
  switch (operation) {
    case "add":
      return (m, aLo, aHi, bLo, bHi) => add64(m, aLo, aHi, bLo, bHi, 0);
    case "adc":
      return (m, aLo, aHi, bLo, bHi) => add64(m, aLo, aHi, bLo, bHi, m.cf);
    case "sub":
    case "cmp":
      return (m, aLo, aHi, bLo, bHi) => sub64(m, aLo, aHi, bLo, bHi, 0);
    case "sbb":
      return (m, aLo, aHi, bLo, bHi) => sub64(m, aLo, aHi, bLo, bHi, m.cf);
    case "and":
    case "test":
      return (m, aLo, aHi, bLo, bHi) => logic64(m, aLo & bLo, aHi & bHi);
    case "or":
      return (m, aLo, aHi, bLo, bHi) => logic64(m, aLo | bLo, aHi | bHi);
    case "xor":
      return (m, aLo, aHi, bLo, bHi) => logic64(m, aLo ^ bLo, aHi ^ bHi);
    case "mov":
      return (_, __, ___, bLo, bHi) => ((high64.value = bHi), bLo);
    default:
      return null;
  }
}

/** Two-operand instructions `dest op= source` (and cmp/test, which only set flags). */
function binary(instruction: Instruction, site: Site): Op | null {
  const { operation, operands, width } = instruction;
  const [dest, source] = operands as [Instruction["operands"][0], Instruction["operands"][0]];
  const writes = operation !== "cmp" && operation !== "test";
  const resolve = memoryResolver(operands, width, site);
  if (width === 64) {
    const f = binaryFunctions64(operation);
    if (!f) return null;
    const [aLo, aHi] = reader64(dest);
    const [bLo, bHi] = reader64(source);
    const write = writer64(dest);
    return (m) => {
      const offset = resolve ? resolve(m) : 0;
      if (offset < 0) return;
      const lo = f(m, aLo(m, offset), aHi(m, offset), bLo(m, offset), bHi(m, offset));
      if (writes) write(m, offset, lo, high64.value);
    };
  }
  const f = binaryFunctions(operation, width);
  if (!f) return null;
  const a = reader(dest, width);
  const b = reader(source, width);
  const write = writer(dest, width);
  if (!resolve) {
    if (!writes) return (m) => void f(m, a(m, 0), b(m, 0));
    return (m) => write(m, 0, f(m, a(m, 0), b(m, 0)));
  }
  return (m) => {
    const offset = resolve(m);
    if (offset < 0) return;
    const result = f(m, a(m, offset), b(m, offset));
    if (writes) write(m, offset, result);
  };
}

/** movzx/movsx/movsxd: widen the source to the destination register's width. */
function extend(instruction: Instruction, site: Site): Op {
  const { operands, width, sourceWidth, operation } = instruction;
  const resolve = memoryResolver(operands, sourceWidth, site);
  const read = reader(operands[1]!, sourceWidth);
  const signExtend = operation === "movsx";
  const dest = operands[0]!;
  const write = writer(dest, width === 64 ? 32 : width);
  const register = dest.kind === "reg" ? dest.number : 0;
  return (m) => {
    const offset = resolve ? resolve(m) : 0;
    if (offset < 0) return;
    const value = signExtend ? signed(read(m, offset), sourceWidth) : read(m, offset);
    write(m, 0, value);
    if (width === 64) m.hi[register] = signExtend && value < 0 ? -1 : 0;
  };
}

/** inc/dec/neg/not. */
function unary(instruction: Instruction, site: Site): Op {
  const { operation, operands, width } = instruction;
  const resolve = memoryResolver(operands, width, site);
  if (width === 64) {
    const [readLo, readHi] = reader64(operands[0]!);
    const write = writer64(operands[0]!);
    return (m) => {
      const offset = resolve ? resolve(m) : 0;
      if (offset < 0) return;
      const lo = readLo(m, offset);
      const hi = readHi(m, offset);
      const carry = m.cf;
      let rLo: number;
      if (operation === "not") rLo = ((high64.value = ~hi >>> 0), ~lo >>> 0);
      else if (operation === "neg") {
        rLo = sub64(m, 0, 0, lo, hi, 0);
        m.cf = (lo | hi) !== 0 ? 1 : 0;
      } else {
        rLo = operation === "inc" ? add64(m, lo, hi, 1, 0, 0) : sub64(m, lo, hi, 1, 0, 0);
        m.cf = carry;
      }
      write(m, offset, rLo, high64.value);
    };
  }
  const read = reader(operands[0]!, width);
  const write = writer(operands[0]!, width);
  return (m) => {
    const offset = resolve ? resolve(m) : 0;
    if (offset < 0) return;
    const a = read(m, offset);
    const carry = m.cf;
    let result: number;
    if (operation === "not") result = ~a;
    else if (operation === "neg") {
      result = sub(m, 0, a, 0, width);
      m.cf = a !== 0 ? 1 : 0;
    } else {
      result = operation === "inc" ? add(m, a, 1, 0, width) : sub(m, a, 1, 0, width);
      m.cf = carry;
    }
    write(m, offset, result);
  };
}

function shift(instruction: Instruction, site: Site): Op {
  const { operation, operands, width } = instruction;
  const resolve = memoryResolver(operands, width, site);
  const countOperand = operands[1];
  const fixedCount = countOperand === undefined ? 1 : countOperand.kind === "imm" ? Number(countOperand.value) : -1;
  const countMask = width === 64 ? 0x3f : 0x1f;
  const kind = operation as "shl" | "shr" | "sar" | "rol" | "ror";
  const readLo = width === 64 ? reader64(operands[0]!)[0] : reader(operands[0]!, width);
  const readHi = width === 64 ? reader64(operands[0]!)[1] : () => 0;
  const write = width === 64 ? writer64(operands[0]!) : null;
  const writeNarrow = width === 64 ? null : writer(operands[0]!, width);
  const dest = operands[0]!;
  const zeroExtendRegister = width === 32 && dest.kind === "reg" ? dest.number : -1;
  return (m) => {
    const count = (fixedCount >= 0 ? fixedCount : m.lo[1]!) & countMask;
    const offset = resolve ? resolve(m) : 0;
    if (offset < 0) return;
    if (count === 0) {
      // Flags stay, but a 32-bit register destination is still written, which clears bits 32–63.
      if (zeroExtendRegister >= 0) m.hi[zeroExtendRegister] = 0;
      return;
    }
    if (write) {
      const lo = shift64(m, kind, readLo(m, offset), readHi(m, offset), count);
      write(m, offset, lo, high64.value);
    } else {
      writeNarrow!(m, offset, shiftNarrow(m, kind, readLo(m, offset), count, width));
    }
  };
}

/** cdq, cqo, cdqe, cwde: sign extension within rax/rdx. */
function signExtendAccumulator(operation: string): Op {
  switch (operation) {
    case "cdq":
      return (m) => {
        m.lo[2] = m.lo[0]! >> 31;
        m.hi[2] = 0;
      };
    case "cqo":
      return (m) => {
        m.lo[2] = m.hi[0]! >> 31;
        m.hi[2] = m.hi[0]! >> 31;
      };
    case "cdqe":
      return (m) => void (m.hi[0] = m.lo[0]! >> 31);
    default:
      return (m) => {
        m.lo[0] = (m.lo[0]! << 16) >> 16;
        m.hi[0] = 0;
      };
  }
}

export function compileData(instruction: Instruction, site: Site): Op | null {
  switch (instruction.operation) {
    case "movzx":
    case "movsx":
      return extend(instruction, site);
    case "lea": {
      const dest = instruction.operands[0]!;
      const source = instruction.operands[1]!;
      if (dest.kind !== "reg" || source.kind !== "mem") return null;
      return leaWriter(source, dest.number, instruction.width);
    }
    case "inc":
    case "dec":
    case "neg":
    case "not":
      return unary(instruction, site);
    case "shl":
    case "shr":
    case "sar":
    case "rol":
    case "ror":
      return shift(instruction, site);
    case "nop":
      return () => {};
    case "cdq":
    case "cqo":
    case "cdqe":
    case "cwde":
      return signExtendAccumulator(instruction.operation);
    default:
      return binary(instruction, site);
  }
}
