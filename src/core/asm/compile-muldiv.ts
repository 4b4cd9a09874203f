/**
 * Pre-decoding of multiplication and division. The two- and three-operand imul of 8–32 bits stays
 * in doubles (a product of two int32 is exact below 2^53, and beyond that it cannot fit 32 bits, so
 * the overflow test is still right); everything wider goes through BigInt, which is slow but rare in
 * compiled code. After a multiplication only CF and OF are defined; after a division no flag is, and
 * the flags are left as they were. Division faults on a zero divisor or a quotient that does not fit.
 */
import { resultFlagsBig, signed, toBig64 } from "./arith.ts";
import type { Instruction } from "./isa.ts";
import { setFault, type Machine, type Op } from "./machine.ts";
import { memoryResolver, reader, reader64, writer, type Site } from "./operands.ts";
import type { Operand } from "./parse.ts";
import type { Width } from "./registers.ts";

const MULDIV = new Set(["imul1", "imul2", "imul3", "mul", "div", "idiv"]);
const RAX = 0;
const RDX = 2;

/** Reads any operand as an unsigned BigInt of `width` bits. */
function bigReader(operand: Operand, width: Width): (m: Machine, offset: number) => bigint {
  if (width === 64) {
    const [lo, hi] = reader64(operand);
    return (m, offset) => toBig64(lo(m, offset), hi(m, offset));
  }
  const read = reader(operand, width);
  return (m, offset) => BigInt(read(m, offset));
}

/** Writes `value` into register `register` at `width` with the usual zero-extension rules. */
function writeRegisterAt(m: Machine, register: number, width: Width, value: bigint): void {
  if (width === 64) {
    m.lo[register] = Number(BigInt.asIntN(32, value));
    m.hi[register] = Number(BigInt.asIntN(32, value >> 32n));
  } else if (width === 32) {
    m.lo[register] = Number(BigInt.asIntN(32, value));
    m.hi[register] = 0;
  } else if (width === 16) {
    m.lo[register] = (m.lo[register]! & ~0xffff) | Number(BigInt.asUintN(16, value));
  } else {
    m.lo[register] = (m.lo[register]! & ~0xff) | Number(BigInt.asUintN(8, value));
  }
}

/** The accumulator pair of a one-operand mul/imul/div/idiv: ax for 8 bits, else dx:ax at `width`. */
function readPair(m: Machine, width: Width): bigint {
  const rax = toBig64(m.lo[RAX]!, m.hi[RAX]!);
  if (width === 8) return BigInt.asUintN(16, rax);
  const rdx = toBig64(m.lo[RDX]!, m.hi[RDX]!);
  return (BigInt.asUintN(width, rdx) << BigInt(width)) | BigInt.asUintN(width, rax);
}

function writePair(m: Machine, width: Width, low: bigint, high: bigint): void {
  if (width === 8) {
    m.lo[RAX] = (m.lo[RAX]! & ~0xffff) | Number(BigInt.asUintN(8, low)) | (Number(BigInt.asUintN(8, high)) << 8);
    return;
  }
  writeRegisterAt(m, RAX, width, low);
  writeRegisterAt(m, RDX, width, high);
}

function multiplyFlags(m: Machine, product: bigint, width: Width, signedProduct: boolean): void {
  const truncated = signedProduct ? BigInt.asIntN(width, product) : BigInt.asUintN(width, product);
  m.cf = m.of = truncated === product ? 0 : 1;
  resultFlagsBig(m, product, width);
  m.adjustBits = 0;
}

export function compileMulDiv(instruction: Instruction, site: Site): Op | null {
  const { operation, operands, width } = instruction;
  if (!MULDIV.has(operation)) return null;
  const resolve = memoryResolver(operands, width, site);
  const offsetOf = (m: Machine): number => (resolve ? resolve(m) : 0);
  const bits = BigInt(width);

  if (operation === "imul2" || operation === "imul3") {
    const dest = operands[0]!;
    const left = operation === "imul2" ? dest : operands[1]!;
    const right = operation === "imul2" ? operands[1]! : operands[2]!;
    const register = dest.kind === "reg" ? dest.number : 0;
    if (width !== 64) {
      const a = reader(left, width);
      const b = reader(right, width);
      const write = writer(dest, width);
      return (m) => {
        const offset = offsetOf(m);
        if (offset < 0) return;
        const product = signed(a(m, offset), width) * signed(b(m, offset), width);
        const result =
          width === 32 ? Math.imul(signed(a(m, offset), 32), signed(b(m, offset), 32)) : signed(product & 0xffff, 16);
        m.cf = m.of = product === result ? 0 : 1;
        m.zf = result === 0 ? 1 : 0;
        m.sf = result < 0 ? 1 : 0;
        m.parityByte = result;
        m.adjustBits = 0;
        write(m, offset, result);
      };
    }
    const a = bigReader(left, 64);
    const b = bigReader(right, 64);
    return (m) => {
      const offset = offsetOf(m);
      if (offset < 0) return;
      const product = BigInt.asIntN(64, a(m, offset)) * BigInt.asIntN(64, b(m, offset));
      multiplyFlags(m, product, 64, true);
      writeRegisterAt(m, register, 64, product);
    };
  }

  const source = bigReader(operands[0]!, width);
  if (operation === "mul" || operation === "imul1") {
    const isSigned = operation === "imul1";
    return (m) => {
      const offset = offsetOf(m);
      if (offset < 0) return;
      const accumulator = BigInt.asUintN(width, toBig64(m.lo[RAX]!, m.hi[RAX]!));
      const a = isSigned ? BigInt.asIntN(width, accumulator) : accumulator;
      const b = isSigned ? BigInt.asIntN(width, source(m, offset)) : source(m, offset);
      const product = a * b;
      multiplyFlags(m, product, width, isSigned);
      writePair(m, width, product, product >> bits);
    };
  }

  if (operation === "div" || operation === "idiv") {
    const isSigned = operation === "idiv";
    const divideFault = (m: Machine, message: string): void => {
      m.pc = site.index;
      setFault(m, { kind: "divide", line: site.line, column: site.column, message });
    };
    return (m) => {
      const offset = offsetOf(m);
      if (offset < 0) return;
      const pair = readPair(m, width);
      const dividend = isSigned ? BigInt.asIntN(width * 2, pair) : pair;
      const divisor = isSigned ? BigInt.asIntN(width, source(m, offset)) : source(m, offset);
      if (divisor === 0n) return divideFault(m, "division by zero");
      const quotient = dividend / divisor;
      const fits = isSigned ? BigInt.asIntN(width, quotient) === quotient : quotient < 1n << bits;
      if (!fits) return divideFault(m, `the quotient ${quotient} does not fit in ${width} bits`);
      writePair(m, width, quotient, dividend % divisor);
    };
  }
  return null;
}
