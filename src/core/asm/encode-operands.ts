/**
 * The operand half of x86-64 machine code: legacy 0x66 prefix, REX, ModRM, SIB and displacement,
 * chosen the way GNU as chooses them (shortest displacement; `[rbp]`/`[r13]` need an explicit 0;
 * `[rsp]`/`[r12]` need a SIB byte; an address without base uses SIB with a 32-bit displacement).
 */
import type { MemoryOperand, Operand } from "./parse.ts";
import type { Width } from "./registers.ts";

export type Bytes = number[];

export const littleEndian = (value: number, bytes: number): Bytes => {
  const out: Bytes = [];
  for (let i = 0; i < bytes; i++) out.push(Number((BigInt(value) >> BigInt(8 * i)) & 0xffn));
  return out;
};

export const fitsInt8 = (value: number | bigint): boolean => value >= -128 && value <= 127;

/** What goes into the REX prefix and ModRM/SIB for one register field and one r/m operand. */
export interface ModRm {
  /** REX bits R, X, B (0b100, 0b010, 0b001). */
  rex: number;
  bytes: Bytes;
}

function memoryModRm(reg: number, memory: MemoryOperand): ModRm {
  const base = memory.base?.number ?? -1;
  const index = memory.index?.number ?? -1;
  const displacement = memory.displacement;
  const scaleBits = { 1: 0, 2: 1, 4: 2, 8: 3 }[memory.scale];
  let rex = ((reg >> 3) & 1) << 2;
  if (index >= 8) rex |= 2;
  if (base >= 8) rex |= 1;
  const regBits = (reg & 7) << 3;
  if (memory.rip) return { rex, bytes: [regBits | 5, ...littleEndian(0, 4)] };
  if (memory.symbol) {
    // A symbol's address is the linker's business: as writes a zero disp32 and a relocation.
    const sib = (scaleBits << 6) | ((index < 0 ? 4 : index & 7) << 3);
    if (base < 0) return { rex, bytes: [regBits | 4, sib | 5, 0, 0, 0, 0] };
    if (index < 0 && (base & 7) !== 4) return { rex, bytes: [0x80 | regBits | (base & 7), 0, 0, 0, 0] };
    return { rex, bytes: [0x80 | regBits | 4, sib | (base & 7), 0, 0, 0, 0] };
  }
  if (base < 0) {
    const indexBits = index < 0 ? 4 : index & 7;
    return { rex, bytes: [regBits | 4, (scaleBits << 6) | (indexBits << 3) | 5, ...littleEndian(displacement, 4)] };
  }
  const needsDisplacement = displacement !== 0 || (base & 7) === 5;
  const mod = !needsDisplacement ? 0 : fitsInt8(displacement) ? 1 : 2;
  const tail = mod === 0 ? [] : littleEndian(displacement, mod === 1 ? 1 : 4);
  if (index < 0 && (base & 7) !== 4) return { rex, bytes: [(mod << 6) | regBits | (base & 7), ...tail] };
  const indexBits = index < 0 ? 4 : index & 7;
  return { rex, bytes: [(mod << 6) | regBits | 4, (scaleBits << 6) | (indexBits << 3) | (base & 7), ...tail] };
}

/** The 4-bit register field value: ah, ch, dh, bh are 4–7 (the slots of spl–dil without REX). */
export const registerCode = (o: Operand): number => (o.kind !== "reg" ? 0 : o.high ? o.number + 4 : o.number);

/** ModRM (and SIB, displacement) for register field `reg` (a register number or an opcode extension). */
export function modRm(reg: number, rm: Operand): ModRm {
  if (rm.kind === "mem") return memoryModRm(reg, rm);
  if (rm.kind !== "reg") throw new Error("modRm needs a register or memory operand");
  const rmNumber = registerCode(rm);
  return { rex: (((reg >> 3) & 1) << 2) | ((rmNumber >> 3) & 1), bytes: [0xc0 | ((reg & 7) << 3) | (rmNumber & 7)] };
}

/** Whether an operand forces a REX prefix (spl/bpl/sil/dil, r8–r15) or forbids one (ah–bh). */
export function rexNeeds(operands: readonly Operand[]): { forced: boolean; forbidden: boolean } {
  let forced = false;
  let forbidden = false;
  for (const o of operands) {
    if (o.kind === "reg" && o.width === 8 && o.needsRex) forced = true;
    if (o.kind === "reg" && o.high) forbidden = true;
  }
  return { forced, forbidden };
}

/**
 * Assembles prefix + REX + opcode + ModRM bytes + trailing immediate bytes. Returns null when a
 * high-byte register would need a REX prefix (such an instruction has no encoding).
 */
export function assembleParts(
  width: Width,
  rexW: boolean,
  operands: readonly Operand[],
  opcode: Bytes,
  encoded: ModRm | null,
  extraRexB = 0,
  immediate: Bytes = [],
): Bytes | null {
  const prefix = width === 16 ? [0x66] : [];
  const rexBits = (rexW ? 8 : 0) | (encoded?.rex ?? 0) | extraRexB;
  const { forced, forbidden } = rexNeeds(operands);
  const needRex = rexBits !== 0 || forced;
  if (needRex && forbidden) return null;
  return [...prefix, ...(needRex ? [0x40 | rexBits] : []), ...opcode, ...(encoded?.bytes ?? []), ...immediate];
}
