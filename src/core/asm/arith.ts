/**
 * Arithmetic with x86 flags, as pure functions of their inputs that write the flags into a Machine.
 * Narrow (8/16/32-bit) functions take and return unsigned numbers of the operand width; 64-bit
 * ones take unsigned 32-bit halves and return the low half, leaving the high half in `high64.value`
 * (a module-level out-parameter: these run synchronously and nothing else reads it in between).
 * Flags the manual calls undefined get a fixed value here; tests mask them.
 */
import type { Machine } from "./machine.ts";
import type { Width } from "./registers.ts";

const TWO_32 = 4294967296;
export const high64 = { value: 0 };

export const truncate = (value: number, width: Width): number =>
  width === 32 ? value >>> 0 : width === 16 ? value & 0xffff : value & 0xff;
export const signBit = (value: number, width: Width): number => (value >>> (width - 1)) & 1;
/** Sign-extends an unsigned value of `width` bits (≤ 32) to an int32. */
export const signed = (value: number, width: Width): number =>
  width === 32 ? value | 0 : width === 16 ? (value << 16) >> 16 : (value << 24) >> 24;

function resultFlags(m: Machine, result: number, width: Width): void {
  m.zf = result === 0 ? 1 : 0;
  m.sf = signBit(result, width);
  m.parityByte = result;
}

export function add(m: Machine, a: number, b: number, carryIn: number, width: Width): number {
  const sum = a + b + carryIn;
  const result = truncate(sum, width);
  m.cf = sum !== result ? 1 : 0;
  m.of = signBit((a ^ result) & (b ^ result), width);
  m.adjustBits = a ^ b ^ result;
  resultFlags(m, result, width);
  return result;
}

export function sub(m: Machine, a: number, b: number, borrowIn: number, width: Width): number {
  const difference = a - b - borrowIn;
  const result = truncate(difference, width);
  m.cf = difference < 0 ? 1 : 0;
  m.of = signBit((a ^ b) & (a ^ result), width);
  m.adjustBits = a ^ b ^ result;
  resultFlags(m, result, width);
  return result;
}

/** and/or/xor/test: CF and OF cleared, AF undefined. */
export function logic(m: Machine, result: number, width: Width): number {
  const r = truncate(result, width);
  m.cf = 0;
  m.of = 0;
  m.adjustBits = 0;
  resultFlags(m, r, width);
  return r;
}

function resultFlags64(m: Machine, lo: number, hi: number): void {
  m.zf = (lo | hi) === 0 ? 1 : 0;
  m.sf = hi >>> 31;
  m.parityByte = lo;
}

export function add64(m: Machine, aLo: number, aHi: number, bLo: number, bHi: number, carryIn: number): number {
  const sumLo = aLo + bLo + carryIn;
  const lo = sumLo >>> 0;
  const sumHi = aHi + bHi + (sumLo >= TWO_32 ? 1 : 0);
  const hi = sumHi >>> 0;
  m.cf = sumHi >= TWO_32 ? 1 : 0;
  m.of = (((aHi ^ hi) & (bHi ^ hi)) >>> 31) & 1;
  m.adjustBits = aLo ^ bLo ^ lo;
  resultFlags64(m, lo, hi);
  high64.value = hi;
  return lo;
}

export function sub64(m: Machine, aLo: number, aHi: number, bLo: number, bHi: number, borrowIn: number): number {
  const differenceLo = aLo - bLo - borrowIn;
  const lo = differenceLo >>> 0;
  const differenceHi = aHi - bHi - (differenceLo < 0 ? 1 : 0);
  const hi = differenceHi >>> 0;
  m.cf = differenceHi < 0 ? 1 : 0;
  m.of = (((aHi ^ bHi) & (aHi ^ hi)) >>> 31) & 1;
  m.adjustBits = aLo ^ bLo ^ lo;
  resultFlags64(m, lo, hi);
  high64.value = hi;
  return lo;
}

export function logic64(m: Machine, lo: number, hi: number): number {
  m.cf = 0;
  m.of = 0;
  m.adjustBits = 0;
  resultFlags64(m, lo >>> 0, hi >>> 0);
  high64.value = hi >>> 0;
  return lo >>> 0;
}

/** Sets SF, ZF, PF from a 64-bit result given as a BigInt (multiplication paths). */
export function resultFlagsBig(m: Machine, value: bigint, width: Width): void {
  const unsigned = BigInt.asUintN(width, value);
  m.zf = unsigned === 0n ? 1 : 0;
  m.sf = Number((unsigned >> BigInt(width - 1)) & 1n);
  m.parityByte = Number(unsigned & 0xffn);
}

export const toBig64 = (lo: number, hi: number): bigint => (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
