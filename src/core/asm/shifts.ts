/**
 * Shifts and rotates with their flags. The count arrives already masked (to 5 bits, or 6 for
 * 64-bit operands) and non-zero: a masked count of 0 changes nothing, flags included, and callers
 * skip the call. OF is defined only for a count of 1 and AF never; the values given otherwise are
 * arbitrary and masked by the tests. Rotates touch only CF and OF.
 */
import { signBit, signed, truncate, high64 } from "./arith.ts";
import type { ShiftOperation } from "./isa.ts";
import type { Machine } from "./machine.ts";
import type { Width } from "./registers.ts";

function resultFlags(m: Machine, result: number, width: Width): void {
  m.zf = result === 0 ? 1 : 0;
  m.sf = signBit(result, width);
  m.parityByte = result;
}

/** Shift or rotate a narrow (≤ 32-bit) unsigned value by 1 ≤ count ≤ 31. */
export function shiftNarrow(m: Machine, operation: ShiftOperation, a: number, count: number, width: Width): number {
  let result: number;
  switch (operation) {
    case "shl":
      result = truncate(a << count, width);
      m.cf = count <= width ? (a >>> (width - count)) & 1 : 0;
      m.of = signBit(result, width) ^ m.cf;
      resultFlags(m, result, width);
      return result;
    case "shr":
      result = count >= 32 ? 0 : a >>> count;
      m.cf = count <= width ? (a >>> (count - 1)) & 1 : 0;
      m.of = signBit(a, width);
      resultFlags(m, result, width);
      return result;
    case "sar": {
      const value = signed(a, width);
      result = truncate(value >> count, width);
      m.cf = (value >> Math.min(count - 1, 31)) & 1;
      m.of = 0;
      resultFlags(m, result, width);
      return result;
    }
    case "rol": {
      const turn = count % width;
      result = turn === 0 ? a : truncate((a << turn) | (a >>> (width - turn)), width);
      m.cf = result & 1;
      m.of = signBit(result, width) ^ m.cf;
      return result;
    }
    case "ror": {
      const turn = count % width;
      result = turn === 0 ? a : truncate((a >>> turn) | (a << (width - turn)), width);
      m.cf = signBit(result, width);
      m.of = m.cf ^ ((result >>> (width - 2)) & 1);
      return result;
    }
  }
}

const bit64 = (lo: number, hi: number, i: number): number => (i < 32 ? (lo >>> i) & 1 : (hi >>> (i - 32)) & 1);

/** Logical left shift of a 64-bit value by 0 ≤ count ≤ 63; returns lo, high half in high64. */
function left(lo: number, hi: number, count: number): number {
  if (count === 0) {
    high64.value = hi >>> 0;
    return lo >>> 0;
  }
  if (count < 32) {
    high64.value = ((hi << count) | (lo >>> (32 - count))) >>> 0;
    return (lo << count) >>> 0;
  }
  high64.value = (lo << (count - 32)) >>> 0;
  return 0;
}

/** Right shift (arithmetic when `arithmetic`) of a 64-bit value by 0 ≤ count ≤ 63. */
function right(lo: number, hi: number, count: number, arithmetic: boolean): number {
  if (count === 0) {
    high64.value = hi >>> 0;
    return lo >>> 0;
  }
  const fill = arithmetic && hi & 0x80000000 ? -1 : 0;
  if (count < 32) {
    high64.value = (arithmetic ? (hi | 0) >> count : hi >>> count) >>> 0;
    return ((lo >>> count) | (hi << (32 - count))) >>> 0;
  }
  high64.value = fill >>> 0;
  return (arithmetic ? (hi | 0) >> (count - 32) : hi >>> (count - 32)) >>> 0;
}

/** Shift or rotate a 64-bit value (unsigned halves) by 1 ≤ count ≤ 63; returns lo, high half in high64. */
export function shift64(m: Machine, operation: ShiftOperation, lo: number, hi: number, count: number): number {
  let rLo: number;
  switch (operation) {
    case "shl":
      rLo = left(lo, hi, count);
      m.cf = bit64(lo, hi, 64 - count);
      break;
    case "shr":
    case "sar":
      rLo = right(lo, hi, count, operation === "sar");
      m.cf = bit64(lo, hi, count - 1);
      break;
    case "rol":
    case "ror": {
      const leftCount = operation === "rol" ? count : 64 - count;
      const aLo = left(lo, hi, leftCount);
      const aHi = high64.value;
      const bLo = right(lo, hi, 64 - leftCount, false);
      rLo = (aLo | bLo) >>> 0;
      high64.value = (aHi | high64.value) >>> 0;
      const rHi = high64.value;
      m.cf = operation === "rol" ? rLo & 1 : rHi >>> 31;
      m.of = operation === "rol" ? (rHi >>> 31) ^ m.cf : (rHi >>> 31) ^ ((rHi >>> 30) & 1);
      return rLo;
    }
  }
  const rHi = high64.value;
  m.of = operation === "shl" ? (rHi >>> 31) ^ m.cf : operation === "shr" ? hi >>> 31 : 0;
  m.zf = (rLo | rHi) === 0 ? 1 : 0;
  m.sf = rHi >>> 31;
  m.parityByte = rLo;
  return rLo;
}
