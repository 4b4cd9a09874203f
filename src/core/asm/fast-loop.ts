/**
 * The hot loop. The closures of compile-*.ts cost an indirect, megamorphic call per instruction;
 * here the forms pre-decoded by fast-encode.ts (32/64-bit ALU and mov on registers, immediates and
 * simple memory operands, loads, stores, lea, inc/dec, jumps) run in one switch with the registers
 * in local typed arrays, which V8 compiles to straight code. Anything else runs its closure.
 *
 * Flags are lazy: an ALU operation only records what it computed (kind `fk`, operands and result
 * in locals); a conditional jump derives the four flags it needs from that record, and the record
 * is written out to the machine's flag fields (`settle`) before a closure runs and when the loop
 * ends, so closures, `step` and the step-through view see exactly the flags the closures would
 * have set. Both paths must mean the same: the fuzzer runs every sequence through `run` and through
 * single steps, the corpus and exercises run through `run`.
 */
import {
  ADD,
  ALU32,
  ALU32_FROM_MEMORY,
  ALU32_TO_MEMORY,
  CMP32_IMMEDIATE_JCC,
  CMP32_JCC,
  CMP64_IMMEDIATE_JCC,
  CMP64_JCC,
  TEST32_JCC,
  TEST64_JCC,
  ALU64,
  AND,
  CMP,
  DEST_MEMORY,
  EXTEND,
  REG32,
  REG64,
  INCDEC,
  JCC,
  JMP,
  LEA,
  LOAD,
  MOV,
  OR,
  SOURCE_IMMEDIATE,
  SOURCE_MEMORY,
  STORE,
  STRIDE,
  TEST,
} from "./fast-encode.ts";
import { MEMORY_BASE, MEMORY_SIZE, type Machine } from "./machine.ts";

/** Flag records: where the flags are now. */
const IN_MACHINE = 0,
  ADD32 = 1,
  SUB32 = 2,
  LOGIC32 = 3,
  ADD64 = 4,
  SUB64 = 5,
  LOGIC64 = 6;
/** Or'ed into a record: CF is not the operation's but `fcf`, kept from before (inc/dec). */
const KEEP_CF = 8;

const TWO_32 = 4294967296;

/**
 * The memory offset of the address at fields 4–7 of instruction `k`, or -1 when it is outside
 * memory (then the closure runs and reports the fault with its message).
 */
function offsetOf(code: Int32Array, k: number, lo: Int32Array, hi: Int32Array, bytes: number): number {
  const base = code[k + 4]!;
  const index = code[k + 5]!;
  let low = code[k + 7]!;
  let high = 0;
  if (base >= 0) {
    low += lo[base]! >>> 0;
    high = hi[base]!;
  }
  if (index >= 0) {
    const scale = code[k + 6]!;
    low += (lo[index]! >>> 0) * scale;
    high += hi[index]! * scale;
  }
  let offset = low - MEMORY_BASE;
  if (high === 0 && offset >= 0 && offset <= MEMORY_SIZE - bytes) return offset;
  // The sum wrapped through 2^32 (a negative index, say): carry into the high half, as the CPU.
  const carry = Math.floor(low / TWO_32);
  offset = low - carry * TWO_32 - MEMORY_BASE;
  if (((high + carry) | 0) === 0 && offset >= 0 && offset <= MEMORY_SIZE - bytes) return offset;
  return -1;
}

/** CF from a flag record. */
function carryOf(
  m: Machine,
  fk: number,
  fa: number,
  fb: number,
  fr: number,
  fah: number,
  fbh: number,
  frh: number,
  fcf: number,
): number {
  if (fk & KEEP_CF) return fcf;
  switch (fk) {
    case ADD32:
      return fr >>> 0 < fa >>> 0 ? 1 : 0;
    case SUB32:
      return fa >>> 0 < fb >>> 0 ? 1 : 0;
    case ADD64:
      return frh >>> 0 < fah >>> 0 || (frh === fah && fr >>> 0 < fa >>> 0) ? 1 : 0;
    case SUB64:
      return fah >>> 0 < fbh >>> 0 || (fah === fbh && fa >>> 0 < fb >>> 0) ? 1 : 0;
    case LOGIC32:
    case LOGIC64:
      return 0;
    default:
      return m.cf;
  }
}

/** Writes a flag record out to the machine's flag fields, exactly as arith.ts would have set them. */
function settle(
  m: Machine,
  fk: number,
  fa: number,
  fb: number,
  fr: number,
  fah: number,
  fbh: number,
  frh: number,
  fcf: number,
): void {
  if (fk === IN_MACHINE) return;
  m.cf = carryOf(m, fk, fa, fb, fr, fah, fbh, frh, fcf);
  const kind = fk & ~KEEP_CF;
  m.parityByte = fr & 0xff;
  if (kind <= LOGIC32) {
    m.zf = fr === 0 ? 1 : 0;
    m.sf = fr >>> 31;
  } else {
    m.zf = (fr | frh) === 0 ? 1 : 0;
    m.sf = frh >>> 31;
  }
  switch (kind) {
    case ADD32:
      m.of = ((fa ^ fr) & (fb ^ fr)) >>> 31;
      break;
    case SUB32:
      m.of = ((fa ^ fb) & (fa ^ fr)) >>> 31;
      break;
    case ADD64:
      m.of = ((fah ^ frh) & (fbh ^ frh)) >>> 31;
      break;
    case SUB64:
      m.of = ((fah ^ fbh) & (fah ^ frh)) >>> 31;
      break;
    default:
      m.of = 0;
  }
  m.adjustBits = kind === LOGIC32 || kind === LOGIC64 ? 0 : fa ^ fb ^ fr;
}

/** Whether condition `condition` (isa.ts CONDITIONS, not the parity ones) holds for these flags. */
function holds(condition: number, cf: number, zf: number, sf: number, of: number): boolean {
  switch (condition) {
    case 0:
      return of === 1;
    case 1:
      return of === 0;
    case 2:
      return cf === 1;
    case 3:
      return cf === 0;
    case 4:
      return zf === 1;
    case 5:
      return zf === 0;
    case 6:
      return (cf | zf) === 1;
    case 7:
      return (cf | zf) === 0;
    case 8:
      return sf === 1;
    case 9:
      return sf === 0;
    case 12:
      return sf !== of;
    case 13:
      return sf === of;
    case 14:
      return zf === 1 || sf !== of;
    default:
      return zf === 0 && sf === of;
  }
}

/** After a 32-bit `cmp a, b` (or sub): conditions 2–7 and 12–15 are comparisons of a and b. */
function compare32(condition: number, a: number, b: number): boolean {
  switch (condition) {
    case 2:
      return a >>> 0 < b >>> 0;
    case 3:
      return a >>> 0 >= b >>> 0;
    case 4:
      return a === b;
    case 5:
      return a !== b;
    case 6:
      return a >>> 0 <= b >>> 0;
    case 7:
      return a >>> 0 > b >>> 0;
    case 12:
      return a < b;
    case 13:
      return a >= b;
    case 14:
      return a <= b;
    default:
      return a > b;
  }
}

/** After a 64-bit `cmp a, b`: conditions 2–7 and 12–15 as comparisons of (aHi:aLo) and (bHi:bLo). */
function compare64(condition: number, aLo: number, aHi: number, bLo: number, bHi: number): boolean {
  const lowBelow = aLo >>> 0 < bLo >>> 0;
  switch (condition) {
    case 2:
      return aHi >>> 0 < bHi >>> 0 || (aHi === bHi && lowBelow);
    case 3:
      return !(aHi >>> 0 < bHi >>> 0 || (aHi === bHi && lowBelow));
    case 4:
      return aLo === bLo && aHi === bHi;
    case 5:
      return aLo !== bLo || aHi !== bHi;
    case 6:
      return aHi >>> 0 < bHi >>> 0 || (aHi === bHi && (lowBelow || aLo === bLo));
    case 7:
      return !(aHi >>> 0 < bHi >>> 0 || (aHi === bHi && (lowBelow || aLo === bLo)));
    case 12:
      return aHi < bHi || (aHi === bHi && lowBelow);
    case 13:
      return !(aHi < bHi || (aHi === bHi && lowBelow));
    case 14:
      return aHi < bHi || (aHi === bHi && (lowBelow || aLo === bLo));
    default:
      return !(aHi < bHi || (aHi === bHi && (lowBelow || aLo === bLo)));
  }
}

/** Whether jcc `condition` is taken after the flag record (fk …), or after the machine's flags. */
function jumpTaken(
  m: Machine,
  condition: number,
  fk: number,
  fa: number,
  fb: number,
  fr: number,
  fah: number,
  fbh: number,
  frh: number,
  fcf: number,
): boolean {
  const kind = fk & 7;
  if (fk === IN_MACHINE) return holds(condition, m.cf, m.zf, m.sf, m.of);
  // je/jne: ZF alone.
  if (condition === 4 || condition === 5) return (kind <= LOGIC32 ? fr === 0 : (fr | frh) === 0) === (condition === 4);
  // After cmp/sub: the comparison itself (jb … jg), without forming the flags.
  const comparison = condition >= 2 && condition !== 8 && condition !== 9;
  if (fk === SUB32 && comparison) return compare32(condition, fa, fb);
  if (fk === SUB64 && comparison) return compare64(condition, fa, fah, fb, fbh);
  let zf: number;
  let sf: number;
  let of: number;
  if (kind <= LOGIC32) {
    zf = fr === 0 ? 1 : 0;
    sf = fr >>> 31;
    of = kind === ADD32 ? ((fa ^ fr) & (fb ^ fr)) >>> 31 : kind === SUB32 ? ((fa ^ fb) & (fa ^ fr)) >>> 31 : 0;
  } else {
    zf = (fr | frh) === 0 ? 1 : 0;
    sf = frh >>> 31;
    of = kind === ADD64 ? ((fah ^ frh) & (fbh ^ frh)) >>> 31 : kind === SUB64 ? ((fah ^ fbh) & (fah ^ frh)) >>> 31 : 0;
  }
  return holds(condition, carryOf(m, fk, fa, fb, fr, fah, fbh, frh, fcf), zf, sf, of);
}

/**
 * Runs until return, fault or the step limit (then returns false, with `pc` on the instruction not
 * run); instructions not pre-decoded run their closure in `ops`.
 */
export function runFastLoop(code: Int32Array, ops: ((m: Machine) => void)[], m: Machine, stepLimit: number): boolean {
  const lo = m.lo;
  const hi = m.hi;
  const view = m.view;
  let pc = m.pc;
  let steps = m.steps;
  // The flag record (see the file comment): low halves, high halves of 64-bit operations, kept CF.
  let fk = IN_MACHINE;
  let fa = 0;
  let fb = 0;
  let fr = 0;
  let fah = 0;
  let fbh = 0;
  let frh = 0;
  let fcf = 0;
  for (;;) {
    if (steps >= stepLimit) {
      settle(m, fk, fa, fb, fr, fah, fbh, frh, fcf);
      m.pc = pc;
      m.steps = steps;
      return false;
    }
    steps++;
    const k = pc * STRIDE;
    // V8 compiles a switch to a chain of comparisons in source order, not a jump table (measured:
    // moving the bench loop's cases from the middle of one switch to its top took it from ~100 to
    // ~170 M/s), so the kinds are split in three switches and each runs its cases by how often
    // compiled loops reach them. Every case that does not `continue` falls to the closure below.
    const kind = code[k]!;
    if (kind >= REG64) {
      switch (kind) {
        case REG64 + 1: {
          const d = code[k + 2]!;
          const bLo = code[k + 3]!;
          const bHi = code[k + 4]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = (aLo + bLo) | 0;
          const rHi = (aHi + bHi + (rLo >>> 0 < aLo >>> 0 ? 1 : 0)) | 0;
          fk = ADD64;
          fa = aLo;
          fah = aHi;
          fb = bLo;
          fbh = bHi;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 4: {
          const d = code[k + 2]!;
          const s = code[k + 3]!;
          const bLo = lo[s]!;
          const bHi = hi[s]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = (aLo - bLo) | 0;
          const rHi = (aHi - bHi - (aLo >>> 0 < bLo >>> 0 ? 1 : 0)) | 0;
          fk = SUB64;
          fa = aLo;
          fah = aHi;
          fb = bLo;
          fbh = bHi;
          fr = rLo;
          frh = rHi;
          pc++;
          continue;
        }
        case REG64 + 0: {
          const d = code[k + 2]!;
          const s = code[k + 3]!;
          const bLo = lo[s]!;
          const bHi = hi[s]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = (aLo + bLo) | 0;
          const rHi = (aHi + bHi + (rLo >>> 0 < aLo >>> 0 ? 1 : 0)) | 0;
          fk = ADD64;
          fa = aLo;
          fah = aHi;
          fb = bLo;
          fbh = bHi;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 3: {
          const d = code[k + 2]!;
          const bLo = code[k + 3]!;
          const bHi = code[k + 4]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = (aLo - bLo) | 0;
          const rHi = (aHi - bHi - (aLo >>> 0 < bLo >>> 0 ? 1 : 0)) | 0;
          fk = SUB64;
          fa = aLo;
          fah = aHi;
          fb = bLo;
          fbh = bHi;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 5: {
          const d = code[k + 2]!;
          const bLo = code[k + 3]!;
          const bHi = code[k + 4]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = (aLo - bLo) | 0;
          const rHi = (aHi - bHi - (aLo >>> 0 < bLo >>> 0 ? 1 : 0)) | 0;
          fk = SUB64;
          fa = aLo;
          fah = aHi;
          fb = bLo;
          fbh = bHi;
          fr = rLo;
          frh = rHi;
          pc++;
          continue;
        }
        case REG64 + 14: {
          const d = code[k + 2]!;
          const s = code[k + 3]!;
          const bLo = lo[s]!;
          const bHi = hi[s]!;
          lo[d] = bLo;
          hi[d] = bHi;
          pc++;
          continue;
        }
        case REG64 + 15: {
          const d = code[k + 2]!;
          const bLo = code[k + 3]!;
          const bHi = code[k + 4]!;
          lo[d] = bLo;
          hi[d] = bHi;
          pc++;
          continue;
        }
        case REG64 + 10: {
          const d = code[k + 2]!;
          const s = code[k + 3]!;
          const bLo = lo[s]!;
          const bHi = hi[s]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = aLo ^ bLo;
          const rHi = aHi ^ bHi;
          fk = LOGIC64;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 12: {
          const d = code[k + 2]!;
          const s = code[k + 3]!;
          const bLo = lo[s]!;
          const bHi = hi[s]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = aLo & bLo;
          const rHi = aHi & bHi;
          fk = LOGIC64;
          fr = rLo;
          frh = rHi;
          pc++;
          continue;
        }
        case REG64 + 7: {
          const d = code[k + 2]!;
          const bLo = code[k + 3]!;
          const bHi = code[k + 4]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = aLo & bLo;
          const rHi = aHi & bHi;
          fk = LOGIC64;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 2: {
          const d = code[k + 2]!;
          const s = code[k + 3]!;
          const bLo = lo[s]!;
          const bHi = hi[s]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = (aLo - bLo) | 0;
          const rHi = (aHi - bHi - (aLo >>> 0 < bLo >>> 0 ? 1 : 0)) | 0;
          fk = SUB64;
          fa = aLo;
          fah = aHi;
          fb = bLo;
          fbh = bHi;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 6: {
          const d = code[k + 2]!;
          const s = code[k + 3]!;
          const bLo = lo[s]!;
          const bHi = hi[s]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = aLo & bLo;
          const rHi = aHi & bHi;
          fk = LOGIC64;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 8: {
          const d = code[k + 2]!;
          const s = code[k + 3]!;
          const bLo = lo[s]!;
          const bHi = hi[s]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = aLo | bLo;
          const rHi = aHi | bHi;
          fk = LOGIC64;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 9: {
          const d = code[k + 2]!;
          const bLo = code[k + 3]!;
          const bHi = code[k + 4]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = aLo | bLo;
          const rHi = aHi | bHi;
          fk = LOGIC64;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 11: {
          const d = code[k + 2]!;
          const bLo = code[k + 3]!;
          const bHi = code[k + 4]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = aLo ^ bLo;
          const rHi = aHi ^ bHi;
          fk = LOGIC64;
          fr = rLo;
          frh = rHi;
          lo[d] = rLo;
          hi[d] = rHi;
          pc++;
          continue;
        }
        case REG64 + 13: {
          const d = code[k + 2]!;
          const bLo = code[k + 3]!;
          const bHi = code[k + 4]!;
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          const rLo = aLo & bLo;
          const rHi = aHi & bHi;
          fk = LOGIC64;
          fr = rLo;
          frh = rHi;
          pc++;
          continue;
        }
      }
    } else if (kind >= REG32) {
      switch (kind) {
        case REG32 + 1: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = code[k + 3]!;
          const r = (a + b) | 0;
          fk = ADD32;
          fa = a;
          fb = b;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 4: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = lo[code[k + 3]!]!;
          const r = (a - b) | 0;
          fk = SUB32;
          fa = a;
          fb = b;
          fr = r;
          pc++;
          continue;
        }
        case REG32 + 0: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = lo[code[k + 3]!]!;
          const r = (a + b) | 0;
          fk = ADD32;
          fa = a;
          fb = b;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 3: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = code[k + 3]!;
          const r = (a - b) | 0;
          fk = SUB32;
          fa = a;
          fb = b;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 5: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = code[k + 3]!;
          const r = (a - b) | 0;
          fk = SUB32;
          fa = a;
          fb = b;
          fr = r;
          pc++;
          continue;
        }
        case REG32 + 14: {
          const d = code[k + 2]!;
          lo[d] = lo[code[k + 3]!]!;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 15: {
          const d = code[k + 2]!;
          lo[d] = code[k + 3]!;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 10: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = lo[code[k + 3]!]!;
          const r = a ^ b;
          fk = LOGIC32;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 12: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = lo[code[k + 3]!]!;
          const r = a & b;
          fk = LOGIC32;
          fr = r;
          pc++;
          continue;
        }
        case REG32 + 7: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = code[k + 3]!;
          const r = a & b;
          fk = LOGIC32;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 2: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = lo[code[k + 3]!]!;
          const r = (a - b) | 0;
          fk = SUB32;
          fa = a;
          fb = b;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 6: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = lo[code[k + 3]!]!;
          const r = a & b;
          fk = LOGIC32;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 8: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = lo[code[k + 3]!]!;
          const r = a | b;
          fk = LOGIC32;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 9: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = code[k + 3]!;
          const r = a | b;
          fk = LOGIC32;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 11: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = code[k + 3]!;
          const r = a ^ b;
          fk = LOGIC32;
          fr = r;
          lo[d] = r;
          hi[d] = 0;
          pc++;
          continue;
        }
        case REG32 + 13: {
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = code[k + 3]!;
          const r = a & b;
          fk = LOGIC32;
          fr = r;
          pc++;
          continue;
        }
      }
    } else {
      switch (kind) {
        case CMP64_JCC: {
          const d = code[k + 2]!;
          const s = code[k + 3]!;
          fk = SUB64;
          fa = lo[d]!;
          fah = hi[d]!;
          fb = lo[s]!;
          fbh = hi[s]!;
          fr = (fa - fb) | 0;
          frh = (fah - fbh - (fa >>> 0 < fb >>> 0 ? 1 : 0)) | 0;
          // The jcc is a step of its own: the limit can fall between the two.
          pc++;
          if (steps >= stepLimit) continue;
          steps++;
          const condition = code[k + 5]!;
          // je/jne inline: the commonest loop ends, and jumpTaken is a call V8 may not inline.
          const taken =
            condition === 5
              ? fr !== 0 || frh !== 0
              : condition === 4
                ? (fr | frh) === 0
                : jumpTaken(m, condition, fk, fa, fb, fr, fah, fbh, frh, fcf);
          pc = taken ? code[k + 6]! : pc + 1;
          continue;
        }
        case JCC: {
          const condition = code[k + 1]!;
          const taken =
            fk !== IN_MACHINE && (condition === 4 || condition === 5)
              ? ((fk & 7) <= LOGIC32 ? fr === 0 : (fr | frh) === 0) === (condition === 4)
              : jumpTaken(m, condition, fk, fa, fb, fr, fah, fbh, frh, fcf);
          pc = taken ? code[k + 2]! : pc + 1;
          continue;
        }
        case ALU32_FROM_MEMORY: {
          const offset = offsetOf(code, k, lo, hi, 4);
          if (offset < 0) break;
          const op = code[k + 1]! & 15;
          const d = code[k + 2]!;
          const a = lo[d]!;
          const b = view.getInt32(offset, true);
          let r: number;
          if (op === ADD) {
            r = (a + b) | 0;
            fk = ADD32;
          } else if (op <= CMP) {
            r = (a - b) | 0;
            fk = SUB32;
          } else if (op === MOV) {
            lo[d] = b;
            hi[d] = 0;
            pc++;
            continue;
          } else {
            r = op === AND || op === TEST ? a & b : op === OR ? a | b : a ^ b;
            fk = LOGIC32;
          }
          fa = a;
          fb = b;
          fr = r;
          if (op !== CMP && op !== TEST) {
            lo[d] = r;
            hi[d] = 0;
          }
          pc++;
          continue;
        }
        case STORE: {
          const bits = code[k + 1]!;
          const offset = offsetOf(code, k, lo, hi, bits >>> 3);
          if (offset < 0) break;
          const s = code[k + 2]!;
          const value = s >= 0 ? lo[s]! : code[k + 3]!;
          if (bits === 32) view.setInt32(offset, value, true);
          else if (bits === 64) {
            view.setInt32(offset, value, true);
            view.setInt32(offset + 4, s >= 0 ? hi[s]! : value >> 31, true);
          } else if (bits === 16) view.setInt16(offset, value, true);
          else view.setInt8(offset, value);
          pc++;
          continue;
        }
        case CMP32_JCC:
        case CMP32_IMMEDIATE_JCC:
        case CMP64_IMMEDIATE_JCC:
        case TEST32_JCC:
        case TEST64_JCC: {
          const d = code[k + 2]!;
          if (kind === CMP64_IMMEDIATE_JCC || kind === TEST64_JCC) {
            let bLo: number;
            let bHi: number;
            if (kind === TEST64_JCC) {
              const s = code[k + 3]!;
              bLo = lo[s]!;
              bHi = hi[s]!;
            } else {
              bLo = code[k + 3]!;
              bHi = code[k + 4]!;
            }
            const aLo = lo[d]!;
            const aHi = hi[d]!;
            if (kind === TEST64_JCC) {
              fk = LOGIC64;
              fr = aLo & bLo;
              frh = aHi & bHi;
            } else {
              fk = SUB64;
              fa = aLo;
              fah = aHi;
              fb = bLo;
              fbh = bHi;
              fr = (aLo - bLo) | 0;
              frh = (aHi - bHi - (aLo >>> 0 < bLo >>> 0 ? 1 : 0)) | 0;
            }
          } else {
            const a = lo[d]!;
            const b = kind === CMP32_IMMEDIATE_JCC ? code[k + 3]! : lo[code[k + 3]!]!;
            if (kind === TEST32_JCC) {
              fk = LOGIC32;
              fr = a & b;
            } else {
              fk = SUB32;
              fa = a;
              fb = b;
              fr = (a - b) | 0;
            }
          }
          pc++;
          if (steps >= stepLimit) continue;
          steps++;
          if (jumpTaken(m, code[k + 5]!, fk, fa, fb, fr, fah, fbh, frh, fcf)) pc = code[k + 6]!;
          else pc++;
          continue;
        }
        case LOAD: {
          const bits = code[k + 1]!;
          const offset = offsetOf(code, k, lo, hi, bits >>> 3);
          if (offset < 0) break;
          const extension = code[k + 3]!;
          const signed = (extension & 1) !== 0;
          const d = code[k + 2]!;
          if (bits === 64) {
            lo[d] = view.getInt32(offset, true);
            hi[d] = view.getInt32(offset + 4, true);
          } else {
            const value =
              bits === 32
                ? view.getInt32(offset, true)
                : bits === 16
                  ? signed
                    ? view.getInt16(offset, true)
                    : view.getUint16(offset, true)
                  : signed
                    ? view.getInt8(offset)
                    : view.getUint8(offset);
            lo[d] = value;
            hi[d] = extension & 2 && signed ? value >> 31 : 0;
          }
          pc++;
          continue;
        }
        case ALU32_TO_MEMORY:
        case ALU32: {
          const form = code[k + 1]!;
          const op = form & 15;
          let b: number;
          let offset = 0;
          if (form & SOURCE_IMMEDIATE) b = code[k + 3]!;
          else if (form & SOURCE_MEMORY) {
            offset = offsetOf(code, k, lo, hi, 4);
            if (offset < 0) break;
            b = view.getInt32(offset, true);
          } else b = lo[code[k + 3]!]!;
          const d = code[k + 2]!;
          const toMemory = (form & DEST_MEMORY) !== 0;
          if (toMemory) {
            offset = offsetOf(code, k, lo, hi, 4);
            if (offset < 0) break;
          }
          let r = b;
          if (op !== MOV) {
            const a = toMemory ? view.getInt32(offset, true) : lo[d]!;
            if (op === ADD) {
              r = (a + b) | 0;
              fk = ADD32;
            } else if (op <= CMP) {
              r = (a - b) | 0;
              fk = SUB32;
            } else {
              r = op === AND || op === TEST ? a & b : op === OR ? a | b : a ^ b;
              fk = LOGIC32;
            }
            fa = a;
            fb = b;
            fr = r;
            if (op === CMP || op === TEST) {
              pc++;
              continue;
            }
          }
          if (toMemory) view.setInt32(offset, r, true);
          else {
            lo[d] = r;
            hi[d] = 0;
          }
          pc++;
          continue;
        }
        case ALU64: {
          const form = code[k + 1]!;
          const op = form & 15;
          let bLo: number;
          let bHi: number;
          let offset = 0;
          if (form & SOURCE_IMMEDIATE) {
            bLo = code[k + 3]!;
            bHi = form & DEST_MEMORY ? bLo >> 31 : code[k + 4]!;
          } else if (form & SOURCE_MEMORY) {
            offset = offsetOf(code, k, lo, hi, 8);
            if (offset < 0) break;
            bLo = view.getInt32(offset, true);
            bHi = view.getInt32(offset + 4, true);
          } else {
            const s = code[k + 3]!;
            bLo = lo[s]!;
            bHi = hi[s]!;
          }
          const d = code[k + 2]!;
          const toMemory = (form & DEST_MEMORY) !== 0;
          if (toMemory) {
            offset = offsetOf(code, k, lo, hi, 8);
            if (offset < 0) break;
          }
          let rLo = bLo;
          let rHi = bHi;
          if (op !== MOV) {
            const aLo = toMemory ? view.getInt32(offset, true) : lo[d]!;
            const aHi = toMemory ? view.getInt32(offset + 4, true) : hi[d]!;
            if (op === ADD) {
              rLo = (aLo + bLo) | 0;
              rHi = (aHi + bHi + (rLo >>> 0 < aLo >>> 0 ? 1 : 0)) | 0;
              fk = ADD64;
            } else if (op <= CMP) {
              rLo = (aLo - bLo) | 0;
              rHi = (aHi - bHi - (aLo >>> 0 < bLo >>> 0 ? 1 : 0)) | 0;
              fk = SUB64;
            } else if (op === AND || op === TEST) {
              rLo = aLo & bLo;
              rHi = aHi & bHi;
              fk = LOGIC64;
            } else if (op === OR) {
              rLo = aLo | bLo;
              rHi = aHi | bHi;
              fk = LOGIC64;
            } else {
              rLo = aLo ^ bLo;
              rHi = aHi ^ bHi;
              fk = LOGIC64;
            }
            fa = aLo;
            fah = aHi;
            fb = bLo;
            fbh = bHi;
            fr = rLo;
            frh = rHi;
            if (op === CMP || op === TEST) {
              pc++;
              continue;
            }
          }
          if (toMemory) {
            view.setInt32(offset, rLo, true);
            view.setInt32(offset + 4, rHi, true);
          } else {
            lo[d] = rLo;
            hi[d] = rHi;
          }
          pc++;
          continue;
        }
        case JMP:
          pc = code[k + 1]!;
          continue;
        case LEA: {
          const base = code[k + 4]!;
          const index = code[k + 5]!;
          let low = code[k + 7]!;
          let high = 0;
          if (base >= 0) {
            low += lo[base]! >>> 0;
            high = hi[base]!;
          }
          if (index >= 0) {
            const scale = code[k + 6]!;
            low += (lo[index]! >>> 0) * scale;
            high += hi[index]! * scale;
          }
          const d = code[k + 2]!;
          if (low >= 0 && low < TWO_32) {
            lo[d] = low;
            hi[d] = code[k + 1] === 64 ? high : 0;
          } else {
            const carry = Math.floor(low / TWO_32);
            lo[d] = low - carry * TWO_32;
            hi[d] = code[k + 1] === 64 ? high + carry : 0;
          }
          pc++;
          continue;
        }
        case EXTEND: {
          const bits = code[k + 1]!;
          const extension = code[k + 3]!;
          const signed = (extension & 1) !== 0;
          const source = lo[code[k + 4]!]!;
          const value =
            bits === 32
              ? source
              : bits === 16
                ? signed
                  ? (source << 16) >> 16
                  : source & 0xffff
                : signed
                  ? (source << 24) >> 24
                  : source & 0xff;
          const d = code[k + 2]!;
          lo[d] = value;
          hi[d] = extension & 2 && signed ? value >> 31 : 0;
          pc++;
          continue;
        }
        case INCDEC: {
          fcf = carryOf(m, fk, fa, fb, fr, fah, fbh, frh, fcf);
          const d = code[k + 2]!;
          const decrement = code[k + 3] === 1;
          const aLo = lo[d]!;
          if (code[k + 1] === 32) {
            const r = decrement ? (aLo - 1) | 0 : (aLo + 1) | 0;
            fk = (decrement ? SUB32 : ADD32) | KEEP_CF;
            fa = aLo;
            fb = 1;
            fr = r;
            lo[d] = r;
            hi[d] = 0;
          } else {
            const aHi = hi[d]!;
            const rLo = decrement ? (aLo - 1) | 0 : (aLo + 1) | 0;
            const rHi = decrement ? (aLo === 0 ? (aHi - 1) | 0 : aHi) : rLo === 0 ? (aHi + 1) | 0 : aHi;
            fk = (decrement ? SUB64 : ADD64) | KEEP_CF;
            fa = aLo;
            fah = aHi;
            fb = 1;
            fbh = 0;
            fr = rLo;
            frh = rHi;
            lo[d] = rLo;
            hi[d] = rHi;
          }
          pc++;
          continue;
        }
      }
    }
    // Not pre-decoded (or an access about to fault): the instruction's closure, with the flags out.
    settle(m, fk, fa, fb, fr, fah, fbh, frh, fcf);
    fk = IN_MACHINE;
    m.pc = pc + 1;
    m.steps = steps;
    ops[pc]!(m);
    if (m.status !== "running") return true;
    pc = m.pc;
  }
}
