/**
 * Pre-decoding of the instructions of isa-extra.ts. They are rare in hot loops, so most go through
 * BigInt for clarity: bit tests and scans, popcnt, bswap, shld/shrd, xchg, cmpxchg, cbw/cwd, and
 * the string instructions (stos/movs, with rep: rcx times, upwards, as the direction flag is
 * clear in compiled code). Flags the manual leaves undefined keep their old values here; the
 * tests mask them.
 */
import { resultFlagsBig, signed, toBig64 } from "./arith.ts";
import type { Instruction } from "./isa.ts";
import { MEMORY_BASE, MEMORY_SIZE, setFault, type Machine, type Op } from "./machine.ts";
import { memoryResolver, reader, reader64, writer, writer64, type Site } from "./operands.ts";
import type { Operand } from "./parse.ts";
import type { Width } from "./registers.ts";

type BigRead = (m: Machine, offset: number) => bigint;
type BigWrite = (m: Machine, offset: number, value: bigint) => void;

export function bigRead(operand: Operand, width: Width): BigRead {
  if (width === 64) {
    const [lo, hi] = reader64(operand);
    return (m, offset) => toBig64(lo(m, offset), hi(m, offset));
  }
  const read = reader(operand, width);
  return (m, offset) => BigInt(read(m, offset));
}

export function bigWrite(operand: Operand, width: Width): BigWrite {
  if (width === 64) {
    const write = writer64(operand);
    return (m, offset, value) =>
      write(m, offset, Number(BigInt.asUintN(32, value)), Number(BigInt.asUintN(32, value >> 32n)));
  }
  const write = writer(operand, width);
  return (m, offset, value) => write(m, offset, Number(BigInt.asUintN(width, value)));
}

const popcount = (value: bigint): number => {
  let count = 0;
  for (let v = value; v > 0n; v >>= 1n) count += Number(v & 1n);
  return count;
};

function memoryFault(m: Machine, site: Site, message: string): void {
  m.pc = site.index;
  setFault(m, { kind: "memory", line: site.line, column: site.column, message });
}

/** Whether [address, address + length) lies in memory; records a fault when it does not. */
export function inMemory(m: Machine, site: Site, address: bigint, length: bigint): boolean {
  if (address >= BigInt(MEMORY_BASE) && address + length <= BigInt(MEMORY_BASE + MEMORY_SIZE)) return true;
  memoryFault(m, site, `${length}-byte access at 0x${BigInt.asUintN(64, address).toString(16)} is outside memory`);
  return false;
}

const register = (m: Machine, n: number): bigint => toBig64(m.lo[n]!, m.hi[n]!);
const setRegister = (m: Machine, n: number, value: bigint): void => {
  m.lo[n] = Number(BigInt.asIntN(32, value));
  m.hi[n] = Number(BigInt.asIntN(32, value >> 32n));
};
const RAX = 0,
  RCX = 1,
  RSI = 6,
  RDI = 7;

function bitTest(instruction: Instruction, site: Site): Op {
  const { operation, operands, width } = instruction;
  const [target, bitOperand] = operands as [Operand, Operand];
  const bits = BigInt(width);
  const readBit = bigRead(bitOperand, width);
  if (target.kind === "mem" && bitOperand.kind === "reg") {
    // A register bit offset addresses a bit string: it may reach bytes outside the operand.
    const resolve = memoryResolver([target], 8, site)!;
    return (m) => {
      const offset = resolve(m);
      if (offset < 0) return;
      const bitOffset = BigInt.asIntN(width, readBit(m, 0));
      const byte = BigInt(offset + MEMORY_BASE) + (bitOffset >> 3n);
      if (!inMemory(m, site, byte, 1n)) return;
      const at = Number(byte) - MEMORY_BASE;
      const mask = 1 << Number(bitOffset & 7n);
      const old = m.memory[at]!;
      m.cf = old & mask ? 1 : 0;
      if (operation === "bts") m.memory[at] = old | mask;
      else if (operation === "btr") m.memory[at] = old & ~mask;
      else if (operation === "btc") m.memory[at] = old ^ mask;
    };
  }
  const resolve = memoryResolver(operands, width, site);
  const read = bigRead(target, width);
  const write = bigWrite(target, width);
  return (m) => {
    const offset = resolve ? resolve(m) : 0;
    if (offset < 0) return;
    const bit = readBit(m, 0) % bits;
    const value = read(m, offset);
    m.cf = Number((value >> bit) & 1n);
    if (operation === "bt") return;
    const mask = 1n << bit;
    write(m, offset, operation === "bts" ? value | mask : operation === "btr" ? value & ~mask : value ^ mask);
  };
}

function scan(instruction: Instruction, site: Site): Op {
  const { operation, operands, width } = instruction;
  const resolve = memoryResolver(operands, width, site);
  const read = bigRead(operands[1]!, width);
  const write = bigWrite(operands[0]!, width);
  return (m) => {
    const offset = resolve ? resolve(m) : 0;
    if (offset < 0) return;
    const value = read(m, offset);
    const length = value === 0n ? -1 : value.toString(2).length;
    const trailing = value === 0n ? width : value.toString(2).length - value.toString(2).lastIndexOf("1") - 1;
    switch (operation) {
      case "popcnt": {
        const count = popcount(value);
        m.cf = m.of = m.sf = 0;
        m.zf = value === 0n ? 1 : 0;
        // PF is cleared too: a parity byte with one bit set reads as odd (found by the fuzzer).
        m.parityByte = 1;
        m.adjustBits = 0;
        write(m, 0, BigInt(count));
        return;
      }
      case "tzcnt":
      case "lzcnt": {
        const result = operation === "tzcnt" ? trailing : width - Math.max(length, 0);
        m.cf = value === 0n ? 1 : 0;
        m.zf = result === 0 ? 1 : 0;
        write(m, 0, BigInt(result));
        return;
      }
      default: {
        // bsf/bsr of 0: ZF set and the destination left as it was (what the CPUs do).
        m.zf = value === 0n ? 1 : 0;
        if (value !== 0n) write(m, 0, BigInt(operation === "bsf" ? trailing : length - 1));
      }
    }
  };
}

function doubleShift(instruction: Instruction, site: Site): Op {
  const { operation, operands, width } = instruction;
  const [dest, source, countOperand] = operands as [Operand, Operand, Operand];
  const resolve = memoryResolver(operands, width, site);
  const read = bigRead(dest, width);
  const readSource = bigRead(source, width);
  const write = bigWrite(dest, width);
  const fixed = countOperand.kind === "imm" ? Number(countOperand.value) : -1;
  const bits = BigInt(width);
  const zeroExtend = width === 32 && dest.kind === "reg" ? dest.number : -1;
  return (m) => {
    const offset = resolve ? resolve(m) : 0;
    if (offset < 0) return;
    const count = BigInt((fixed >= 0 ? fixed : m.lo[RCX]!) & (width === 64 ? 63 : 31));
    if (count === 0n) {
      if (zeroExtend >= 0) m.hi[zeroExtend] = 0;
      return;
    }
    const a = read(m, offset);
    const b = readSource(m, offset);
    let result: bigint;
    if (operation === "shld") {
      const joined = (a << bits) | b;
      result = BigInt.asUintN(width, (joined << count) >> bits);
      m.cf = Number((joined >> (2n * bits - count)) & 1n);
    } else {
      const joined = (b << bits) | a;
      result = BigInt.asUintN(width, joined >> count);
      m.cf = Number((joined >> (count - 1n)) & 1n);
    }
    m.of = Number(((result ^ a) >> (bits - 1n)) & 1n);
    resultFlagsBig(m, result, width);
    write(m, offset, result);
  };
}

function exchange(instruction: Instruction, site: Site): Op {
  const { operation, operands, width } = instruction;
  const [first, second] = operands as [Operand, Operand];
  const resolve = memoryResolver(operands, width, site);
  const readFirst = bigRead(first, width);
  const readSecond = bigRead(second, width);
  const writeFirst = bigWrite(first, width);
  const writeSecond = bigWrite(second, width);
  if (operation === "xchg") {
    return (m) => {
      const offset = resolve ? resolve(m) : 0;
      if (offset < 0) return;
      const a = readFirst(m, offset);
      const b = readSecond(m, offset);
      writeFirst(m, offset, b);
      writeSecond(m, offset, a);
    };
  }
  const accumulator: Operand = { kind: "reg", number: RAX, width, high: false, needsRex: false, column: 0, text: "" };
  const readAccumulator = bigRead(accumulator, width);
  const writeAccumulator = bigWrite(accumulator, width);
  const bits = BigInt(width);
  return (m) => {
    const offset = resolve ? resolve(m) : 0;
    if (offset < 0) return;
    const a = readAccumulator(m, 0);
    const d = readFirst(m, offset);
    const difference = BigInt.asUintN(width, a - d);
    m.cf = a < d ? 1 : 0;
    m.of = Number((((a ^ d) & (a ^ difference)) >> (bits - 1n)) & 1n);
    m.adjustBits = Number(BigInt.asUintN(32, (a ^ d ^ difference) & 0xffn));
    resultFlagsBig(m, difference, width);
    // On a mismatch the CPU leaves a register destination as it was (its upper half included),
    // and loads the accumulator (found by the fuzzer).
    if (a === d) writeFirst(m, offset, readSecond(m, offset));
    else writeAccumulator(m, 0, d);
  };
}

/** stos/movs, once or (with rep) rcx times. */
function stringOp(instruction: Instruction, site: Site): Op {
  const { operation, width, repeat } = instruction;
  const size = BigInt(width / 8);
  const mask = (1n << BigInt(width)) - 1n;
  return (m) => {
    let count = repeat ? register(m, RCX) : 1n;
    let destination = register(m, RDI);
    let source = register(m, RSI);
    const value = register(m, RAX) & mask;
    if (count === 0n) return;
    if (!inMemory(m, site, destination, count * size)) return;
    if (operation === "movs" && !inMemory(m, site, source, count * size)) return;
    const length = Number(count * size);
    const to = Number(destination) - MEMORY_BASE;
    if (operation === "movs") {
      // A forward byte-by-byte copy, as the CPU defines it even when the ranges overlap.
      const from = Number(source) - MEMORY_BASE;
      for (let i = 0; i < length; i++) m.memory[to + i] = m.memory[from + i]!;
      source += count * size;
    } else {
      for (let i = 0; i < length; i++) m.memory[to + i] = Number((value >> BigInt(8 * (i % (width / 8)))) & 0xffn);
    }
    destination += count * size;
    count = 0n;
    setRegister(m, RDI, destination);
    if (operation === "movs") setRegister(m, RSI, source);
    if (repeat) setRegister(m, RCX, count);
  };
}

export function compileExtra(instruction: Instruction, site: Site): Op | null {
  switch (instruction.operation) {
    case "bt":
    case "bts":
    case "btr":
    case "btc":
      return bitTest(instruction, site);
    case "bsf":
    case "bsr":
    case "tzcnt":
    case "lzcnt":
    case "popcnt":
      return scan(instruction, site);
    case "shld":
    case "shrd":
      return doubleShift(instruction, site);
    case "xchg":
    case "cmpxchg":
      return exchange(instruction, site);
    case "stos":
    case "movs":
      return stringOp(instruction, site);
    case "bswap": {
      const dest = instruction.operands[0]!;
      const width = instruction.width;
      const read = bigRead(dest, width);
      const write = bigWrite(dest, width);
      return (m) => {
        let value = read(m, 0);
        let swapped = 0n;
        for (let i = 0; i < width / 8; i++, value >>= 8n) swapped = (swapped << 8n) | (value & 0xffn);
        write(m, 0, swapped);
      };
    }
    case "cbw":
      return (m) => void (m.lo[RAX] = (m.lo[RAX]! & ~0xffff) | (signed(m.lo[RAX]! & 0xff, 8) & 0xffff));
    case "cwd":
      return (m) => void (m.lo[2] = (m.lo[2]! & ~0xffff) | (signed(m.lo[RAX]! & 0xffff, 16) < 0 ? 0xffff : 0));
    case "trap":
      return (m) => {
        m.pc = site.index;
        setFault(m, { kind: "trap", line: site.line, column: site.column, message: "ud2: the program trapped" });
      };
    case "unsupported":
      return (m) => {
        m.pc = site.index;
        const message = instruction.problem ?? "this line cannot run";
        setFault(m, { kind: "unsupported", line: site.line, column: site.column, message });
      };
    default:
      return null;
  }
}
