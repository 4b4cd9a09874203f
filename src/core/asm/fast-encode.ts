/**
 * Pre-decoding for the switch loop of fast-loop.ts: the forms that dominate compiled loops are
 * written once into a flat Int32Array, eight numbers per instruction index, so the loop reads
 * numbers instead of calling a closure. Anything not encoded here keeps kind 0 and runs its
 * closure (compile-*.ts), so this file only ever widens the fast path, never the subset.
 *
 * Layout per kind (code[i*8 …]):
 *   ALU32/ALU64  kind, op|form, dest register, source register or immediate (low half),
 *                immediate high half (register destination) or base, index, scale, displacement
 *   LOAD         kind, source bits, dest register, extension (bit 0 signed, bit 1 64-bit dest),
 *                base, index, scale, displacement
 *   STORE        kind, bits, source register (-1: immediate), immediate, base, index, scale, displacement
 *   LEA          kind, dest bits, dest register, -, base, index, scale, displacement
 *   EXTEND       kind, source bits, dest register, extension, source register
 *   INCDEC       kind, bits (32/64), dest register, 1 for dec
 *   REG32/REG64 + 2 × op (+1 with an immediate): kind, -, dest register, source register or
 *                immediate (low half), immediate high half
 *   ALU32_FROM_MEMORY / ALU32_TO_MEMORY  as ALU32
 *   JCC          kind, condition, target          JMP  kind, target
 *   CMP…_JCC / TEST…_JCC  as their REG kind, then condition, target at fields 5, 6
 * A missing base or index register is -1.
 */
import type { Instruction } from "./isa.ts";
import { effectiveDisplacement } from "./operands.ts";
import type { MemoryOperand, Operand } from "./parse.ts";

export const STRIDE = 8;
/** Kind 0 (the array's initial value) means "run the closure". */
export const ALU32 = 1,
  ALU64 = 2,
  JCC = 3,
  JMP = 4,
  LOAD = 5,
  STORE = 6,
  LEA = 7,
  EXTEND = 8,
  INCDEC = 9,
  /** The 32-bit memory forms by themselves (ALU32's other fields): `op r32, [m]` and `op [m], r32|imm`. */
  ALU32_FROM_MEMORY = 10,
  ALU32_TO_MEMORY = 11,
  /**
   * cmp/test on registers fused with the jcc after it (condition at field 5, target at field 6):
   * one dispatch for two instructions, each still counted as a step.
   */
  CMP32_JCC = 16,
  CMP32_IMMEDIATE_JCC = 17,
  CMP64_JCC = 18,
  CMP64_IMMEDIATE_JCC = 19,
  TEST32_JCC = 20,
  TEST64_JCC = 21,
  /** Register destination, register or immediate source: REG32/REG64 + 2 × operation + (1 if immediate). */
  REG32 = 32,
  REG64 = 64;
/** ALU operations (low 4 bits of field 1). */
export const ADD = 0,
  SUB = 1,
  CMP = 2,
  AND = 3,
  OR = 4,
  XOR = 5,
  TEST = 6,
  MOV = 7;
/** ALU operand forms (bits of field 1 above the operation); neither source bit: a register. */
export const SOURCE_IMMEDIATE = 16,
  SOURCE_MEMORY = 32,
  DEST_MEMORY = 64;

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

const fitsInt32 = (value: number): boolean => value === (value | 0);

/** Writes base, index, scale, displacement at fields 4–7; false for an address the loop cannot form. */
function encodeAddress(code: Int32Array, at: number, operand: MemoryOperand): boolean {
  const displacement = effectiveDisplacement(operand);
  if (!fitsInt32(displacement)) return false;
  code[at + 4] = operand.rip ? -1 : (operand.base?.number ?? -1);
  code[at + 5] = operand.index?.number ?? -1;
  code[at + 6] = operand.scale;
  code[at + 7] = displacement;
  return true;
}

/** A whole register usable as a 32/64-bit operand (not ah–bh). */
const plainRegister = (operand: Operand | undefined): operand is Extract<Operand, { kind: "reg" }> =>
  operand?.kind === "reg" && !operand.high;

function encodeAlu(code: Int32Array, at: number, instruction: Instruction): void {
  const { operation, operands, width } = instruction;
  const [dest, source] = operands;
  if (!(operation in ALU_CODES) || operands.length !== 2 || (width !== 32 && width !== 64)) return;
  if (!dest || !source) return;
  // mov to or from memory: LOAD and STORE, which have fewer forms to tell apart.
  if (operation === "mov" && (dest.kind === "mem" || source.kind === "mem")) return;
  let form = ALU_CODES[operation]!;
  if (source.kind === "imm") {
    const value = BigInt.asIntN(64, source.value);
    const low = Number(BigInt.asIntN(32, value));
    const high = Number(BigInt.asIntN(32, value >> 32n));
    // A memory destination takes a sign-extended 32-bit immediate: derive the high half from it.
    if (dest.kind === "mem" && width === 64 && high !== low >> 31) return;
    form |= SOURCE_IMMEDIATE;
    code[at + 3] = low;
    if (dest.kind === "reg") code[at + 4] = high;
  } else if (source.kind === "mem") {
    if (!encodeAddress(code, at, source)) return;
    form |= SOURCE_MEMORY;
  } else if (plainRegister(source)) {
    code[at + 3] = source.number;
  } else return;
  if (dest.kind === "mem") {
    if (source.kind === "mem" || !encodeAddress(code, at, dest)) return;
    form |= DEST_MEMORY;
  } else if (plainRegister(dest)) {
    code[at + 2] = dest.number;
  } else return;
  code[at + 1] = form;
  code[at] = width === 32 ? ALU32 : ALU64;
  // The commonest forms get a kind of their own, so the loop's switch lands on straight code.
  if ((form & (SOURCE_MEMORY | DEST_MEMORY)) === 0)
    code[at] = (width === 32 ? REG32 : REG64) + 2 * (form & 15) + (form & SOURCE_IMMEDIATE ? 1 : 0);
  else if (width === 32) code[at] = form & SOURCE_MEMORY ? ALU32_FROM_MEMORY : ALU32_TO_MEMORY;
}

/** The fused kind for a register cmp/test kind followed by a jcc, or 0. */
function fusedKind(kind: number): number {
  switch (kind) {
    case REG32 + 2 * CMP:
      return CMP32_JCC;
    case REG32 + 2 * CMP + 1:
      return CMP32_IMMEDIATE_JCC;
    case REG64 + 2 * CMP:
      return CMP64_JCC;
    case REG64 + 2 * CMP + 1:
      return CMP64_IMMEDIATE_JCC;
    case REG32 + 2 * TEST:
      return TEST32_JCC;
    case REG64 + 2 * TEST:
      return TEST64_JCC;
    default:
      return 0;
  }
}

/**
 * After every instruction is encoded: a register cmp/test directly followed by a pre-decoded jcc
 * becomes one fused kind. The jcc keeps its own encoding, for jumps that land on it.
 */
export function fuseCompareJumps(code: Int32Array, count: number): void {
  for (let index = 0; index + 1 < count; index++) {
    const at = index * STRIDE;
    const next = at + STRIDE;
    const fused = code[next] === JCC ? fusedKind(code[at]!) : 0;
    if (fused === 0) continue;
    code[at] = fused;
    code[at + 5] = code[next + 1]!;
    code[at + 6] = code[next + 2]!;
  }
}

function encodeMove(code: Int32Array, at: number, instruction: Instruction): void {
  const { operation, operands, width, sourceWidth } = instruction;
  const [dest, source] = operands;
  if (operation === "lea") {
    if (plainRegister(dest) && (width === 32 || width === 64) && source?.kind === "mem") {
      if (!encodeAddress(code, at, source)) return;
      code.set([LEA, width, dest.number], at);
    }
    return;
  }
  if (operation === "mov" && dest?.kind === "mem") {
    if (source?.kind === "imm") {
      const value = BigInt.asIntN(64, source.value);
      const low = Number(BigInt.asIntN(32, value));
      if (width === 64 && BigInt(low) !== value) return;
      if (!encodeAddress(code, at, dest)) return;
      code.set([STORE, width, -1, low], at);
    } else if (plainRegister(source)) {
      if (!encodeAddress(code, at, dest)) return;
      code.set([STORE, width, source.number, 0], at);
    }
    return;
  }
  if (!plainRegister(dest)) return;
  // mov r32/r64, [m]; movzx/movsx/movsxd to a 32/64-bit register.
  const extending = operation === "movzx" || operation === "movsx";
  if (!extending && operation !== "mov") return;
  if (width !== 32 && width !== 64) return;
  const bits = extending ? sourceWidth : width;
  const extension = (operation === "movsx" ? 1 : 0) | (width === 64 ? 2 : 0);
  if (source?.kind === "mem") {
    if (!encodeAddress(code, at, source)) return;
    code.set([LOAD, bits, dest.number, extension], at);
  } else if (extending && plainRegister(source) && bits < 64) {
    code.set([EXTEND, bits, dest.number, extension, source.number], at);
  }
}

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
  // Parity conditions (10, 11) read PF, which the loop leaves to the closures.
  if (operation === "jcc" && instruction.condition !== 10 && instruction.condition !== 11) {
    code.set([JCC, instruction.condition, target], at);
    return;
  }
  if (operation === "jmp") {
    code.set([JMP, target], at);
    return;
  }
  if ((operation === "inc" || operation === "dec") && (width === 32 || width === 64) && plainRegister(operands[0])) {
    code.set([INCDEC, width, operands[0].number, operation === "dec" ? 1 : 0], at);
    return;
  }
  encodeAlu(code, at, instruction);
  if (code[at] === 0) encodeMove(code, at, instruction);
}
