/**
 * The hot loop. The closures of compile-*.ts cost an indirect, megamorphic call per instruction;
 * here the forms that dominate compiled loops (32/64-bit ALU and mov on registers and immediates,
 * sign/zero-extending loads, conditional and plain jumps) are pre-decoded into a flat Int32Array
 * and run by one switch with the register arrays in locals, which V8 compiles to straight code.
 * Anything else runs its closure. Both must mean the same: the corpus, the fuzzer and the
 * exercises run through `run`, the single-instruction fixtures through the closures.
 *
 * Layout: per instruction index i, code[i*8 …]: kind, a, b, c, d, e, f, g (meaning per kind).
 */
import type { Instruction } from "./isa.ts";
import { MEMORY_BASE, MEMORY_SIZE, type Machine } from "./machine.ts";

export const STRIDE = 8;
/** Kind 0 (the array's initial value) means "run the closure". */
const ALU32 = 1,
  ALU64 = 2,
  JCC = 3,
  JMP = 4,
  LOAD = 5;
/** ALU sub-operations. */
const ADD = 0,
  SUB = 1,
  CMP = 2,
  AND = 3,
  OR = 4,
  XOR = 5,
  TEST = 6,
  MOV = 7;
const ALU_CODES: Record<string, number> = {
  add: ADD,
  sub: SUB,
  cmp: CMP,
  and: AND,
  or: OR,
  xor: XOR,
  test: TEST,
  mov: MOV,
};
const TWO_32 = 4294967296;

/** Fills `code` for one instruction; leaves kind 0 (the closure) for everything not handled here. */
export function encodeFast(
  code: Int32Array,
  index: number,
  instruction: Instruction,
  target: number,
  libc: boolean,
): void {
  const at = index * STRIDE;
  const { operation, operands, width } = instruction;
  if (libc) return;
  if (operation === "jcc" && instruction.condition !== 10 && instruction.condition !== 11) {
    code.set([JCC, instruction.condition, target], at);
    return;
  }
  if (operation === "jmp") {
    code.set([JMP, target], at);
    return;
  }
  const [a, b] = operands;
  if (
    operation in ALU_CODES &&
    operands.length === 2 &&
    a?.kind === "reg" &&
    !a.high &&
    (width === 32 || width === 64)
  ) {
    if (b?.kind === "reg") {
      code.set([width === 32 ? ALU32 : ALU64, ALU_CODES[operation]!, a.number, b.number, 0, 0], at);
    } else if (b?.kind === "imm") {
      const lo = Number(BigInt.asIntN(32, b.value));
      const hi = Number(BigInt.asIntN(32, b.value >> 32n));
      code.set([width === 32 ? ALU32 : ALU64, ALU_CODES[operation]!, a.number, -1, lo, hi], at);
    }
    return;
  }
  if (
    (operation === "movzx" || operation === "movsx") &&
    a?.kind === "reg" &&
    b?.kind === "mem" &&
    !b.rip &&
    !b.symbol
  ) {
    const source = instruction.sourceWidth;
    if (width < 32 || source === 64) return;
    // kind, dest, base, index, scale, displacement, source width, flags (bit 0 signed, bit 1 64-bit dest)
    code.set(
      [
        LOAD,
        a.number,
        b.base?.number ?? -1,
        b.index?.number ?? -1,
        b.scale,
        b.displacement,
        source,
        (operation === "movsx" ? 1 : 0) | (width === 64 ? 2 : 0),
      ],
      at,
    );
  }
}

/** Runs until return, fault or the step limit; `fallback` runs instruction `pc`'s closure. */
export function runFastLoop(code: Int32Array, ops: ((m: Machine) => void)[], m: Machine, stepLimit: number): boolean {
  const lo = m.lo;
  const hi = m.hi;
  const view = m.view;
  let pc = m.pc;
  let steps = m.steps;
  for (;;) {
    if (steps >= stepLimit) {
      m.pc = pc;
      m.steps = steps;
      return false;
    }
    steps++;
    const k = pc * STRIDE;
    switch (code[k]) {
      case ALU32: {
        const op = code[k + 1]!;
        const d = code[k + 2]!;
        const s = code[k + 3]!;
        const bv = s >= 0 ? lo[s]! : code[k + 4]!;
        if (op === MOV) {
          lo[d] = bv;
          hi[d] = 0;
          pc++;
          continue;
        }
        const av = lo[d]!;
        let r: number;
        if (op <= CMP) {
          const a = av >>> 0;
          const b = bv >>> 0;
          const full = op === ADD ? a + b : a - b;
          r = full >>> 0;
          m.cf = op === ADD ? (full >= TWO_32 ? 1 : 0) : full < 0 ? 1 : 0;
          m.of = (op === ADD ? (a ^ r) & (b ^ r) : (a ^ b) & (a ^ r)) >>> 31;
          m.adjustBits = a ^ b ^ r;
        } else {
          r = (op === AND || op === TEST ? av & bv : op === OR ? av | bv : av ^ bv) >>> 0;
          m.cf = 0;
          m.of = 0;
          m.adjustBits = 0;
        }
        m.zf = r === 0 ? 1 : 0;
        m.sf = r >>> 31;
        m.parityByte = r & 0xff;
        if (op !== CMP && op !== TEST) {
          lo[d] = r;
          hi[d] = 0;
        }
        pc++;
        continue;
      }
      case ALU64: {
        const op = code[k + 1]!;
        const d = code[k + 2]!;
        const s = code[k + 3]!;
        const bLo = s >= 0 ? lo[s]! : code[k + 4]!;
        const bHi = s >= 0 ? hi[s]! : code[k + 5]!;
        if (op === MOV) {
          lo[d] = bLo;
          hi[d] = bHi;
          pc++;
          continue;
        }
        let rLo: number;
        let rHi: number;
        if (op <= CMP) {
          const aLo = lo[d]! >>> 0;
          const aHi = hi[d]! >>> 0;
          const uLo = bLo >>> 0;
          const uHi = bHi >>> 0;
          const fullLo = op === ADD ? aLo + uLo : aLo - uLo;
          const carry = op === ADD ? (fullLo >= TWO_32 ? 1 : 0) : fullLo < 0 ? 1 : 0;
          const fullHi = op === ADD ? aHi + uHi + carry : aHi - uHi - carry;
          rLo = fullLo >>> 0;
          rHi = fullHi >>> 0;
          m.cf = op === ADD ? (fullHi >= TWO_32 ? 1 : 0) : fullHi < 0 ? 1 : 0;
          m.of = (op === ADD ? (aHi ^ rHi) & (uHi ^ rHi) : (aHi ^ uHi) & (aHi ^ rHi)) >>> 31;
          m.adjustBits = aLo ^ uLo ^ rLo;
        } else {
          const aLo = lo[d]!;
          const aHi = hi[d]!;
          rLo = (op === AND || op === TEST ? aLo & bLo : op === OR ? aLo | bLo : aLo ^ bLo) >>> 0;
          rHi = (op === AND || op === TEST ? aHi & bHi : op === OR ? aHi | bHi : aHi ^ bHi) >>> 0;
          m.cf = 0;
          m.of = 0;
          m.adjustBits = 0;
        }
        m.zf = (rLo | rHi) === 0 ? 1 : 0;
        m.sf = rHi >>> 31;
        m.parityByte = rLo & 0xff;
        if (op !== CMP && op !== TEST) {
          lo[d] = rLo;
          hi[d] = rHi;
        }
        pc++;
        continue;
      }
      case JCC: {
        let taken: boolean;
        switch (code[k + 1]) {
          case 0:
            taken = m.of === 1;
            break;
          case 1:
            taken = m.of === 0;
            break;
          case 2:
            taken = m.cf === 1;
            break;
          case 3:
            taken = m.cf === 0;
            break;
          case 4:
            taken = m.zf === 1;
            break;
          case 5:
            taken = m.zf === 0;
            break;
          case 6:
            taken = (m.cf | m.zf) === 1;
            break;
          case 7:
            taken = (m.cf | m.zf) === 0;
            break;
          case 8:
            taken = m.sf === 1;
            break;
          case 9:
            taken = m.sf === 0;
            break;
          case 12:
            taken = m.sf !== m.of;
            break;
          case 13:
            taken = m.sf === m.of;
            break;
          case 14:
            taken = m.zf === 1 || m.sf !== m.of;
            break;
          default:
            taken = m.zf === 0 && m.sf === m.of;
        }
        pc = taken ? code[k + 2]! : pc + 1;
        continue;
      }
      case JMP:
        pc = code[k + 1]!;
        continue;
      case LOAD: {
        const base = code[k + 2]!;
        const index = code[k + 3]!;
        let low = code[k + 5]!;
        let high = 0;
        if (base >= 0) {
          low += lo[base]! >>> 0;
          high += hi[base]!;
        }
        if (index >= 0) {
          low += (lo[index]! >>> 0) * code[k + 4]!;
          high += hi[index]! * code[k + 4]!;
        }
        const carry = Math.floor(low / TWO_32);
        low -= carry * TWO_32;
        high = (high + carry) | 0;
        const source = code[k + 6]!;
        const offset = low - MEMORY_BASE;
        if (high !== 0 || offset < 0 || offset > MEMORY_SIZE - source / 8) break; // the closure faults
        const flags = code[k + 7]!;
        const value =
          source === 32
            ? flags & 1
              ? view.getInt32(offset, true)
              : view.getUint32(offset, true)
            : source === 16
              ? flags & 1
                ? view.getInt16(offset, true)
                : view.getUint16(offset, true)
              : flags & 1
                ? view.getInt8(offset)
                : view.getUint8(offset);
        const d = code[k + 1]!;
        lo[d] = value;
        hi[d] = flags & 2 ? (flags & 1 && value < 0 ? -1 : 0) : 0;
        pc++;
        continue;
      }
      default:
        break;
    }
    // Not handled above (or a load about to fault): the instruction's closure.
    m.pc = pc + 1;
    m.steps = steps;
    ops[pc]!(m);
    if (m.status !== "running") return true;
    pc = m.pc;
  }
}
