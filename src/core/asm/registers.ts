/**
 * The general-purpose registers by name. A register number is the hardware encoding 0–15
 * (rax=0, rcx=1, rdx=2, rbx=3, rsp=4, rbp=5, rsi=6, rdi=7, r8–r15), the same index the machine's
 * register arrays and the encoder's ModRM fields use. `high` marks ah/ch/dh/bh, bits 8–15 of
 * registers 0–3, which cannot be encoded together with a REX prefix.
 */

export type Width = 8 | 16 | 32 | 64;

export interface RegisterName {
  number: number;
  width: Width;
  high: boolean;
  /** An 8-bit register (spl, bpl, sil, dil, r8b…) that needs a REX prefix to be encoded. */
  needsRex: boolean;
}

const NAMES_64 = ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi"];
const NAMES_32 = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"];
const NAMES_16 = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"];
const NAMES_8 = ["al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil"];
const NAMES_8_HIGH = ["ah", "ch", "dh", "bh"];

const TABLE = new Map<string, RegisterName>();
for (let n = 0; n < 16; n++) {
  const low = n < 8;
  TABLE.set(low ? NAMES_64[n]! : `r${n}`, { number: n, width: 64, high: false, needsRex: !low });
  TABLE.set(low ? NAMES_32[n]! : `r${n}d`, { number: n, width: 32, high: false, needsRex: !low });
  TABLE.set(low ? NAMES_16[n]! : `r${n}w`, { number: n, width: 16, high: false, needsRex: !low });
  TABLE.set(low ? NAMES_8[n]! : `r${n}b`, { number: n, width: 8, high: false, needsRex: n >= 4 });
  if (!low) TABLE.set(`r${n}l`, { number: n, width: 8, high: false, needsRex: true });
}
NAMES_8_HIGH.forEach((name, n) => TABLE.set(name, { number: n, width: 8, high: true, needsRex: false }));

/** Looks a register up by name, case-insensitively; undefined for anything else. */
export function registerByName(name: string): RegisterName | undefined {
  return TABLE.get(name.toLowerCase());
}

/** The canonical name of a register, as gcc writes it. */
export function registerName(number: number, width: Width, high = false): string {
  if (high) return NAMES_8_HIGH[number]!;
  if (number < 8) return [NAMES_8, NAMES_16, NAMES_32, NAMES_64][Math.log2(width) - 3]![number]!;
  return `r${number}${{ 8: "b", 16: "w", 32: "d", 64: "" }[width]}`;
}

export const RSP = 4;
/** System V integer argument registers, in order: rdi, rsi, rdx, rcx, r8, r9. */
export const ARGUMENT_REGISTERS = [7, 6, 2, 1, 8, 9] as const;
export const RAX = 0;
