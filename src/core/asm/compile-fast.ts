/**
 * Hand-specialised closures for the forms that dominate compiled loops: 32- and 64-bit
 * register/register and register/immediate ALU and mov, and conditional jumps per condition. The
 * generic path (compile-data.ts) calls small accessor closures, which V8 cannot inline once they
 * differ from instruction to instruction; these read the register arrays directly. They must mean
 * exactly what the generic path means: flags.test.ts runs every CPU-recorded case through both.
 */
import type { Instruction } from "./isa.ts";
import type { Op } from "./machine.ts";

const TWO_32 = 4294967296;

/** Conditional jump with the condition inlined, by 4-bit condition code. */
export function fastJcc(condition: number, target: number): Op | null {
  switch (condition) {
    case 0:
      return (m) => {
        if (m.of === 1) m.pc = target;
      };
    case 1:
      return (m) => {
        if (m.of === 0) m.pc = target;
      };
    case 2:
      return (m) => {
        if (m.cf === 1) m.pc = target;
      };
    case 3:
      return (m) => {
        if (m.cf === 0) m.pc = target;
      };
    case 4:
      return (m) => {
        if (m.zf === 1) m.pc = target;
      };
    case 5:
      return (m) => {
        if (m.zf === 0) m.pc = target;
      };
    case 6:
      return (m) => {
        if ((m.cf | m.zf) === 1) m.pc = target;
      };
    case 7:
      return (m) => {
        if ((m.cf | m.zf) === 0) m.pc = target;
      };
    case 8:
      return (m) => {
        if (m.sf === 1) m.pc = target;
      };
    case 9:
      return (m) => {
        if (m.sf === 0) m.pc = target;
      };
    case 12:
      return (m) => {
        if (m.sf !== m.of) m.pc = target;
      };
    case 13:
      return (m) => {
        if (m.sf === m.of) m.pc = target;
      };
    case 14:
      return (m) => {
        if (m.zf === 1 || m.sf !== m.of) m.pc = target;
      };
    case 15:
      return (m) => {
        if (m.zf === 0 && m.sf === m.of) m.pc = target;
      };
    default:
      return null;
  }
}

/** 32-bit `op dest, source` with source a register (index ≥ 0) or the immediate `immediate`. */
function fast32(operation: string, d: number, s: number, immediate: number): Op | null {
  const src = s >= 0;
  switch (operation) {
    case "mov":
      return src
        ? (m) => {
            m.lo[d] = m.lo[s]!;
            m.hi[d] = 0;
          }
        : (m) => {
            m.lo[d] = immediate;
            m.hi[d] = 0;
          };
    case "add":
    case "sub":
    case "cmp": {
      const subtract = operation !== "add";
      const writes = operation !== "cmp";
      return (m) => {
        const a = m.lo[d]! >>> 0;
        const b = src ? m.lo[s]! >>> 0 : immediate;
        const full = subtract ? a - b : a + b;
        const r = full >>> 0;
        m.cf = subtract ? (full < 0 ? 1 : 0) : full >= TWO_32 ? 1 : 0;
        m.of = subtract ? ((a ^ b) & (a ^ r)) >>> 31 : ((a ^ r) & (b ^ r)) >>> 31;
        m.adjustBits = a ^ b ^ r;
        m.zf = r === 0 ? 1 : 0;
        m.sf = r >>> 31;
        m.parityByte = r & 0xff;
        if (writes) {
          m.lo[d] = r;
          m.hi[d] = 0;
        }
      };
    }
    case "and":
    case "or":
    case "xor":
    case "test": {
      const kind = operation === "test" ? 0 : operation === "and" ? 0 : operation === "or" ? 1 : 2;
      const writes = operation !== "test";
      return (m) => {
        const a = m.lo[d]!;
        const b = src ? m.lo[s]! : immediate;
        const r = (kind === 0 ? a & b : kind === 1 ? a | b : a ^ b) >>> 0;
        m.cf = 0;
        m.of = 0;
        m.adjustBits = 0;
        m.zf = r === 0 ? 1 : 0;
        m.sf = r >>> 31;
        m.parityByte = r & 0xff;
        if (writes) {
          m.lo[d] = r;
          m.hi[d] = 0;
        }
      };
    }
    default:
      return null;
  }
}

/** 64-bit `op dest, source` with source a register or a sign-extended 32-bit immediate. */
function fast64(operation: string, d: number, s: number, immediateLo: number, immediateHi: number): Op | null {
  const src = s >= 0;
  switch (operation) {
    case "mov":
      return src
        ? (m) => {
            m.lo[d] = m.lo[s]!;
            m.hi[d] = m.hi[s]!;
          }
        : (m) => {
            m.lo[d] = immediateLo;
            m.hi[d] = immediateHi;
          };
    case "add":
    case "sub":
    case "cmp": {
      const subtract = operation !== "add";
      const writes = operation !== "cmp";
      return (m) => {
        const aLo = m.lo[d]! >>> 0;
        const aHi = m.hi[d]! >>> 0;
        const bLo = src ? m.lo[s]! >>> 0 : immediateLo;
        const bHi = src ? m.hi[s]! >>> 0 : immediateHi;
        const fullLo = subtract ? aLo - bLo : aLo + bLo;
        const carry = subtract ? (fullLo < 0 ? 1 : 0) : fullLo >= TWO_32 ? 1 : 0;
        const fullHi = subtract ? aHi - bHi - carry : aHi + bHi + carry;
        const lo = fullLo >>> 0;
        const hi = fullHi >>> 0;
        m.cf = subtract ? (fullHi < 0 ? 1 : 0) : fullHi >= TWO_32 ? 1 : 0;
        m.of = subtract ? ((aHi ^ bHi) & (aHi ^ hi)) >>> 31 : ((aHi ^ hi) & (bHi ^ hi)) >>> 31;
        m.adjustBits = aLo ^ bLo ^ lo;
        m.zf = (lo | hi) === 0 ? 1 : 0;
        m.sf = hi >>> 31;
        m.parityByte = lo & 0xff;
        if (writes) {
          m.lo[d] = lo;
          m.hi[d] = hi;
        }
      };
    }
    case "and":
    case "or":
    case "xor":
    case "test": {
      const kind = operation === "test" || operation === "and" ? 0 : operation === "or" ? 1 : 2;
      const writes = operation !== "test";
      return (m) => {
        const bLo = src ? m.lo[s]! : immediateLo;
        const bHi = src ? m.hi[s]! : immediateHi;
        const aLo = m.lo[d]!;
        const aHi = m.hi[d]!;
        const lo = (kind === 0 ? aLo & bLo : kind === 1 ? aLo | bLo : aLo ^ bLo) >>> 0;
        const hi = (kind === 0 ? aHi & bHi : kind === 1 ? aHi | bHi : aHi ^ bHi) >>> 0;
        m.cf = 0;
        m.of = 0;
        m.adjustBits = 0;
        m.zf = (lo | hi) === 0 ? 1 : 0;
        m.sf = hi >>> 31;
        m.parityByte = lo & 0xff;
        if (writes) {
          m.lo[d] = lo;
          m.hi[d] = hi;
        }
      };
    }
    default:
      return null;
  }
}

/** A specialised op for `instruction`, or null to use the generic path. */
export function compileFast(instruction: Instruction, target: number): Op | null {
  const { operation, operands, width } = instruction;
  if (operation === "jcc") {
    return fastJcc(instruction.condition, target);
  }
  if (operation === "jmp") return (m) => void (m.pc = target);
  const [dest, source] = operands;
  if (operands.length !== 2 || dest?.kind !== "reg" || !source || (source.kind !== "reg" && source.kind !== "imm"))
    return null;
  const s = source.kind === "reg" ? source.number : -1;
  const immediate = source.kind === "imm" ? source.value : 0n;
  if (width === 32) return fast32(operation, dest.number, s, Number(BigInt.asUintN(32, immediate)));
  if (width === 64) {
    return fast64(
      operation,
      dest.number,
      s,
      Number(BigInt.asUintN(32, immediate)),
      Number(BigInt.asUintN(32, immediate >> 32n)),
    );
  }
  return null;
}
