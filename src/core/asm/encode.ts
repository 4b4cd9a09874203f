/**
 * Encodes a Program to the bytes GNU as 2.40 produces for it, for the hex view: addresses and the
 * function's length follow the reader's edits. Like as, jumps start short (rel8) and a relaxation
 * pass widens to rel32 those whose displacement does not fit, repeating until nothing changes.
 * Address space: byte offsets from the start of the listing's code, as in `as -aln`.
 */
import { encodeExtra } from "./encode-extra.ts";
import { assembleParts, fitsInt8, littleEndian, modRm, registerCode, type Bytes } from "./encode-operands.ts";
import type { Instruction } from "./isa.ts";
import type { AsmError, Operand } from "./parse.ts";
import type { Program } from "./program.ts";

export interface EncodedInstruction {
  /** 1-based line of the instruction in the listing. */
  line: number;
  /** Byte offset of the instruction from the start of the code. */
  address: number;
  bytes: number[];
}

export type EncodeResult =
  | { ok: true; instructions: EncodedInstruction[]; length: number; labelAddresses: Map<string, number> }
  | { ok: false; errors: AsmError[] };

const ALU_INDEX: Record<string, number> = { add: 0, or: 1, adc: 2, sbb: 3, and: 4, sub: 5, xor: 6, cmp: 7 };
const SHIFT_EXTENSION: Record<string, number> = { rol: 0, ror: 1, shl: 4, shr: 5, sar: 7 };
const UNARY_EXTENSION: Record<string, [number, number]> = {
  inc: [0xfe, 0],
  dec: [0xfe, 1],
  not: [0xf6, 2],
  neg: [0xf6, 3],
  mul: [0xf6, 4],
  imul1: [0xf6, 5],
  div: [0xf6, 6],
  idiv: [0xf6, 7],
};
const FIXED: Record<string, Bytes> = {
  ret: [0xc3],
  nop: [0x90],
  cdq: [0x99],
  cqo: [0x48, 0x99],
  cdqe: [0x48, 0x98],
  cwde: [0x98],
};

/** The low `width` bits of an immediate, little-endian; BigInt all the way, so 64-bit values stay exact. */
const immediateBytes = (value: bigint, width: number): Bytes => {
  const unsigned = BigInt.asUintN(width, value);
  return Array.from({ length: width / 8 }, (_, i) => Number((unsigned >> BigInt(8 * i)) & 0xffn));
};
const isAccumulator = (o: Operand): boolean => o.kind === "reg" && o.number === 0 && !o.high;

/** Encodes one non-branch instruction; null when it has no encoding (a high-byte register with REX). */
function encodeData(instruction: Instruction): Bytes | null {
  const { operation, operands, width } = instruction;
  const w8 = width === 8 ? 0 : 1;
  const rexW = width === 64;
  const [a, b, c] = operands as [Operand, Operand, Operand];
  const regOf = registerCode;
  const extra = encodeExtra(instruction);
  if (extra !== undefined) return extra;
  if (operation in FIXED) return FIXED[operation]!;
  if (operation in ALU_INDEX || operation === "test" || operation === "mov") {
    const index = ALU_INDEX[operation] ?? 0;
    if (b.kind === "imm") {
      const immediateWidth = width === 64 ? 32 : width;
      if (operation === "mov") {
        if (a.kind === "reg" && width !== 64) {
          return assembleParts(
            width,
            false,
            operands,
            [(width === 8 ? 0xb0 : 0xb8) + (regOf(a) & 7)],
            null,
            a.number >> 3,
            immediateBytes(b.value, width),
          );
        }
        if (a.kind === "reg" && (b.value < -(2n ** 31n) || b.value >= 2n ** 31n)) {
          return assembleParts(
            width,
            true,
            operands,
            [0xb8 + (a.number & 7)],
            null,
            a.number >> 3,
            immediateBytes(b.value, 64),
          );
        }
        return assembleParts(
          width,
          rexW,
          operands,
          [width === 8 ? 0xc6 : 0xc7],
          modRm(0, a),
          0,
          immediateBytes(b.value, immediateWidth),
        );
      }
      if (operation === "test") {
        if (isAccumulator(a))
          return assembleParts(
            width,
            rexW,
            operands,
            [width === 8 ? 0xa8 : 0xa9],
            null,
            0,
            immediateBytes(b.value, immediateWidth),
          );
        return assembleParts(
          width,
          rexW,
          operands,
          [width === 8 ? 0xf6 : 0xf7],
          modRm(0, a),
          0,
          immediateBytes(b.value, immediateWidth),
        );
      }
      if (width !== 8 && fitsInt8(b.value))
        return assembleParts(width, rexW, operands, [0x83], modRm(index, a), 0, immediateBytes(b.value, 8));
      if (isAccumulator(a))
        return assembleParts(
          width,
          rexW,
          operands,
          [index * 8 + 4 + w8],
          null,
          0,
          immediateBytes(b.value, immediateWidth),
        );
      return assembleParts(
        width,
        rexW,
        operands,
        [width === 8 ? 0x80 : 0x81],
        modRm(index, a),
        0,
        immediateBytes(b.value, immediateWidth),
      );
    }
    const base = operation === "mov" ? 0x88 : operation === "test" ? 0x84 : index * 8;
    if (b.kind === "mem" && operation !== "test")
      return assembleParts(width, rexW, operands, [base + 2 + w8], modRm(regOf(a), b));
    if (b.kind === "mem") return assembleParts(width, rexW, operands, [base + w8], modRm(regOf(a), b));
    return assembleParts(width, rexW, operands, [base + w8], modRm(regOf(b), a));
  }
  switch (operation) {
    case "movzx":
    case "movsx": {
      if (instruction.sourceWidth === 32) return assembleParts(width, true, operands, [0x63], modRm(regOf(a), b));
      const opcode = (operation === "movzx" ? 0xb6 : 0xbe) + (instruction.sourceWidth === 16 ? 1 : 0);
      return assembleParts(width, rexW, operands, [0x0f, opcode], modRm(regOf(a), b));
    }
    case "lea":
      return assembleParts(width, rexW, operands, [0x8d], modRm(regOf(a), b));
    case "imul2":
      return assembleParts(width, rexW, operands, [0x0f, 0xaf], modRm(regOf(a), b));
    case "imul3": {
      if (c.kind !== "imm") return null;
      const short = fitsInt8(c.value);
      const immediate = short ? immediateBytes(c.value, 8) : immediateBytes(c.value, width === 64 ? 32 : width);
      return assembleParts(width, rexW, operands, [short ? 0x6b : 0x69], modRm(regOf(a), b), 0, immediate);
    }
    case "shl":
    case "shr":
    case "sar":
    case "rol":
    case "ror": {
      const extension = SHIFT_EXTENSION[operation]!;
      if (b === undefined || (b.kind === "imm" && b.value === 1n))
        return assembleParts(width, rexW, operands, [0xd0 + w8], modRm(extension, a));
      if (b.kind === "reg") return assembleParts(width, rexW, [a], [0xd2 + w8], modRm(extension, a));
      return assembleParts(
        width,
        rexW,
        operands,
        [0xc0 + w8],
        modRm(extension, a),
        0,
        immediateBytes((b as { value: bigint }).value, 8),
      );
    }
    case "setcc":
      return assembleParts(8, false, operands, [0x0f, 0x90 + instruction.condition], modRm(0, a));
    case "cmovcc":
      return assembleParts(width, rexW, operands, [0x0f, 0x40 + instruction.condition], modRm(regOf(a), b));
    case "push":
    case "pop": {
      if (a.kind === "imm")
        return fitsInt8(a.value) ? [0x6a, ...immediateBytes(a.value, 8)] : [0x68, ...immediateBytes(a.value, 32)];
      if (a.kind === "reg")
        return assembleParts(
          64,
          false,
          operands,
          [(operation === "push" ? 0x50 : 0x58) + (a.number & 7)],
          null,
          a.number >> 3,
        );
      return operation === "push"
        ? assembleParts(64, false, operands, [0xff], modRm(6, a))
        : assembleParts(64, false, operands, [0x8f], modRm(0, a));
    }
    default: {
      const unary = UNARY_EXTENSION[operation];
      if (!unary) return null;
      return assembleParts(width, rexW, operands, [unary[0] + w8], modRm(unary[1], a));
    }
  }
}

const isBranch = (i: Instruction): boolean => i.operation === "jmp" || i.operation === "jcc" || i.operation === "call";
/** A call to a function outside the listing: as leaves a zero rel32 for the linker to fill. */
const externalCall = [0xe8, 0, 0, 0, 0];

function branchBytes(instruction: Instruction, long: boolean, displacement: number): Bytes {
  if (instruction.operation === "call") return [0xe8, ...littleEndian(displacement, 4)];
  if (instruction.operation === "jmp")
    return long ? [0xe9, ...littleEndian(displacement, 4)] : [0xeb, ...littleEndian(displacement, 1)];
  const cc = instruction.condition;
  return long ? [0x0f, 0x80 + cc, ...littleEndian(displacement, 4)] : [0x70 + cc, ...littleEndian(displacement, 1)];
}

/**
 * An OFFSET operand names a symbol the linker places, so as uses the imm32 form and writes zero.
 * Encoding it with a placeholder that needs 32 bits, then zeroing the trailing immediate, gives that.
 */
function encodeWithSymbols(instruction: Instruction): Bytes | null {
  const symbolic = instruction.operands.findIndex((o) => o.kind === "imm" && o.symbol);
  if (symbolic < 0) return encodeData(instruction);
  const operands = instruction.operands.map((o, i) => (i === symbolic ? { ...o, value: 0x7fffffffn } : o));
  const bytes = encodeData({ ...instruction, operands });
  return bytes && [...bytes.slice(0, -4), 0, 0, 0, 0];
}

export function encodeProgram(program: Program): EncodeResult {
  const { instructions, targets } = program;
  const errors: AsmError[] = [];
  const fixed = instructions.map((instruction) => {
    if (isBranch(instruction)) return null;
    if (instruction.operation === "unsupported") {
      errors.push({
        line: instruction.line,
        column: instruction.column,
        message: instruction.problem ?? "cannot encode",
      });
      return [];
    }
    const bytes = encodeWithSymbols(instruction);
    if (!bytes)
      errors.push({
        line: instruction.line,
        column: instruction.column,
        message: "a high-byte register (ah–bh) cannot be combined with a REX prefix",
      });
    return bytes ?? [];
  });
  if (errors.length) return { ok: false, errors };
  const long = instructions.map((i) => i.operation === "call");
  const sizeOf = (index: number): number => {
    const instruction = instructions[index]!;
    if (!isBranch(instruction)) return fixed[index]!.length;
    if (instruction.operation === "call") return 5;
    return long[index] ? (instruction.operation === "jmp" ? 5 : 6) : 2;
  };
  const addresses: number[] = [];
  for (let changed = true; changed;) {
    changed = false;
    let address = 0;
    for (let i = 0; i < instructions.length; i++) {
      addresses[i] = address;
      address += sizeOf(i);
    }
    addresses[instructions.length] = address;
    for (let i = 0; i < instructions.length; i++) {
      if (!isBranch(instructions[i]!) || long[i] || targets[i]! < 0) continue;
      const displacement = addresses[targets[i]!]! - (addresses[i]! + 2);
      if (!fitsInt8(displacement)) {
        long[i] = true;
        changed = true;
      }
    }
  }
  const encoded = instructions.map((instruction, i): EncodedInstruction => {
    const size = sizeOf(i);
    const bytes = isBranch(instruction)
      ? targets[i]! < 0
        ? externalCall
        : branchBytes(instruction, long[i]!, addresses[targets[i]!]! - (addresses[i]! + size))
      : fixed[i]!;
    return { line: instruction.line, address: addresses[i]!, bytes };
  });
  const labelAddresses = new Map([...program.labels].map(([name, index]) => [name, addresses[index]!]));
  return { ok: true, instructions: encoded, length: addresses[instructions.length]!, labelAddresses };
}

/** Lowercase hex of bytes, as the listings' `bytes` field writes them. */
export const toHex = (bytes: readonly number[]): string => bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
