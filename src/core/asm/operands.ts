/**
 * Pre-decoded operand access: each operand of an instruction becomes small closures that read or
 * write it on a Machine, built once when the program is compiled. Values of 8, 16 and 32 bits are
 * passed as unsigned numbers of that width; 64-bit values as separate unsigned 32-bit halves.
 * Memory operands first go through an address resolver that returns an offset into
 * `Machine.memory` or -1 after recording a fault, so no instruction half-executes past a bad access.
 */
import { MEMORY_BASE, MEMORY_SIZE, setFault, type Machine } from "./machine.ts";
import type { MemoryOperand, Operand } from "./parse.ts";
import type { Width } from "./registers.ts";

/** Reads an operand: `offset` is the resolved memory offset (ignored for registers and immediates). */
export type Read = (m: Machine, offset: number) => number;
export type Write = (m: Machine, offset: number, value: number) => void;
export type Write64 = (m: Machine, offset: number, lo: number, hi: number) => void;
/** Memory offset of the operand's first byte, or -1 with the machine faulted. */
export type Resolve = (m: Machine) => number;

export interface Site {
  line: number;
  column: number;
  /** Instruction index, so a fault leaves `pc` on the faulting instruction. */
  index: number;
}

const TWO_32 = 4294967296;

/** The displacement plus the address of the symbol in it (`.LC0[rip]` is the symbol's address). */
export const effectiveDisplacement = (operand: MemoryOperand): number =>
  operand.displacement + (operand.symbolAddress ?? 0);

function memoryFault(m: Machine, site: Site, low: number, high: number, bytes: number): number {
  const address = (BigInt(high >>> 0) << 32n) + BigInt(low);
  m.pc = site.index;
  setFault(m, {
    kind: "memory",
    line: site.line,
    column: site.column,
    message: `${bytes}-byte access at 0x${address.toString(16)} is outside memory (0x${MEMORY_BASE.toString(16)}–0x${(MEMORY_BASE + MEMORY_SIZE - 1).toString(16)})`,
  });
  return -1;
}

/**
 * Computes base + index*scale + displacement modulo 2^64 exactly: the low sum stays below 2^36, so
 * doubles hold it exactly, and the carry goes into the high half, which must end up 0.
 */
export function addressResolver(operand: MemoryOperand, bytes: number, site: Site): Resolve {
  const base = operand.rip ? -1 : (operand.base?.number ?? -1);
  const index = operand.index?.number ?? -1;
  const scale = operand.scale;
  const displacement = effectiveDisplacement(operand);
  const limit = MEMORY_SIZE - bytes;
  return (m) => {
    let low = displacement;
    let high = 0;
    if (base >= 0) {
      low += m.lo[base]! >>> 0;
      high += m.hi[base]!;
    }
    if (index >= 0) {
      low += (m.lo[index]! >>> 0) * scale;
      high += m.hi[index]! * scale;
    }
    const carry = Math.floor(low / TWO_32);
    low -= carry * TWO_32;
    high = (high + carry) | 0;
    const offset = low - MEMORY_BASE;
    if (high !== 0 || offset < 0 || offset > limit) return memoryFault(m, site, low, high, bytes);
    return offset;
  };
}

/** The effective address as lea computes it, truncated to `width` and written to register `dest`. */
export function leaWriter(operand: MemoryOperand, dest: number, width: Width): (m: Machine) => void {
  const base = operand.rip ? -1 : (operand.base?.number ?? -1);
  const index = operand.index?.number ?? -1;
  const { scale } = operand;
  const displacement = effectiveDisplacement(operand);
  return (m) => {
    let low = displacement;
    let high = 0;
    if (base >= 0) {
      low += m.lo[base]! >>> 0;
      high += m.hi[base]!;
    }
    if (index >= 0) {
      low += (m.lo[index]! >>> 0) * scale;
      high += m.hi[index]! * scale;
    }
    const carry = Math.floor(low / TWO_32);
    low -= carry * TWO_32;
    if (width === 64) {
      m.lo[dest] = low;
      m.hi[dest] = high + carry;
    } else if (width === 32) {
      m.lo[dest] = low;
      m.hi[dest] = 0;
    } else {
      m.lo[dest] = (m.lo[dest]! & ~0xffff) | (low & 0xffff);
    }
  };
}

/** Reader for an operand of 8, 16 or 32 bits, as an unsigned number. */
export function reader(operand: Operand, width: Width): Read {
  if (operand.kind === "imm") {
    const value = Number(BigInt.asUintN(width, operand.value));
    return () => value;
  }
  if (operand.kind === "reg") {
    const r = operand.number;
    if (operand.high) return (m) => (m.lo[r]! >>> 8) & 0xff;
    if (width === 32) return (m) => m.lo[r]! >>> 0;
    if (width === 16) return (m) => m.lo[r]! & 0xffff;
    return (m) => m.lo[r]! & 0xff;
  }
  if (width === 32) return (m, offset) => m.view.getUint32(offset, true);
  if (width === 16) return (m, offset) => m.view.getUint16(offset, true);
  return (m, offset) => m.memory[offset]!;
}

/** Writer for 8, 16 or 32 bits: a 32-bit register write clears bits 32–63, narrower writes keep them. */
export function writer(operand: Operand, width: Width): Write {
  if (operand.kind === "reg") {
    const r = operand.number;
    if (operand.high) return (m, _, v) => void (m.lo[r] = (m.lo[r]! & ~0xff00) | ((v & 0xff) << 8));
    if (width === 32) {
      return (m, _, v) => {
        m.lo[r] = v;
        m.hi[r] = 0;
      };
    }
    if (width === 16) return (m, _, v) => void (m.lo[r] = (m.lo[r]! & ~0xffff) | (v & 0xffff));
    return (m, _, v) => void (m.lo[r] = (m.lo[r]! & ~0xff) | (v & 0xff));
  }
  if (width === 32) return (m, offset, v) => m.view.setUint32(offset, v, true);
  if (width === 16) return (m, offset, v) => m.view.setUint16(offset, v, true);
  return (m, offset, v) => void (m.memory[offset] = v);
}

/** Readers of the low and high halves of a 64-bit operand (an immediate is sign-extended). */
export function reader64(operand: Operand): [Read, Read] {
  if (operand.kind === "imm") {
    const lo = Number(BigInt.asUintN(32, operand.value));
    const hi = Number(BigInt.asUintN(32, operand.value >> 32n));
    return [() => lo, () => hi];
  }
  if (operand.kind === "reg") {
    const r = operand.number;
    return [(m) => m.lo[r]! >>> 0, (m) => m.hi[r]! >>> 0];
  }
  return [(m, offset) => m.view.getUint32(offset, true), (m, offset) => m.view.getUint32(offset + 4, true)];
}

export function writer64(operand: Operand): Write64 {
  if (operand.kind === "reg") {
    const r = operand.number;
    return (m, _, lo, hi) => {
      m.lo[r] = lo;
      m.hi[r] = hi;
    };
  }
  return (m, offset, lo, hi) => {
    m.view.setUint32(offset, lo, true);
    m.view.setUint32(offset + 4, hi, true);
  };
}

/** The memory operand among `operands` with its resolver, or a resolver that always gives 0. */
export function memoryResolver(operands: readonly Operand[], width: Width, site: Site): Resolve | null {
  const memory = operands.find((o): o is MemoryOperand => o.kind === "mem");
  return memory ? addressResolver(memory, (memory.width ?? width) / 8, site) : null;
}
