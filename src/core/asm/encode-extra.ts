/**
 * Machine code for the instructions of isa-extra.ts, as GNU as 2.40 encodes them (checked against
 * as by encode-corpus.test.ts): bit tests and scans, popcnt/tzcnt/lzcnt (F3 prefix), bswap,
 * shld/shrd, xchg, cmpxchg, string instructions with rep, indirect jmp/call, multi-byte nop,
 * movabs, leave, cbw/cwd, endbr64, ud2.
 */
import { assembleParts, modRm, registerCode, type Bytes } from "./encode-operands.ts";
import type { Instruction } from "./isa.ts";
import type { Operand } from "./parse.ts";

const BIT_TEST: Record<string, [number, number]> = { bt: [0xa3, 4], bts: [0xab, 5], btr: [0xb3, 6], btc: [0xbb, 7] };
const SCAN: Record<string, [number[], number]> = {
  bsf: [[], 0xbc],
  bsr: [[], 0xbd],
  tzcnt: [[0xf3], 0xbc],
  lzcnt: [[0xf3], 0xbd],
  popcnt: [[0xf3], 0xb8],
};

/** Puts a mandatory prefix (F3) after the operand-size prefix and before REX, as as does. */
function withPrefix(prefix: number[], bytes: Bytes | null): Bytes | null {
  if (!bytes || prefix.length === 0) return bytes;
  const at = bytes[0] === 0x66 ? 1 : 0;
  return [...bytes.slice(0, at), ...prefix, ...bytes.slice(at)];
}

/** Bytes for an extra instruction; undefined when `instruction` is not one of them. */
export function encodeExtra(instruction: Instruction): Bytes | null | undefined {
  const { operation, operands, width, mnemonic } = instruction;
  const rexW = width === 64;
  const [a, b, c] = operands as [Operand, Operand, Operand];
  switch (operation) {
    case "mov":
      if (mnemonic === "movabs" && a.kind === "reg" && b.kind === "imm" && width === 64) {
        const value = BigInt.asUintN(64, b.value);
        const imm = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(8 * i)) & 0xffn));
        return assembleParts(64, true, [a], [0xb8 + (a.number & 7)], null, a.number >> 3, imm);
      }
      return undefined;
    case "bt":
    case "bts":
    case "btr":
    case "btc": {
      const [opcode, extension] = BIT_TEST[operation]!;
      if (b.kind === "imm")
        return assembleParts(width, rexW, operands, [0x0f, 0xba], modRm(extension, a), 0, [Number(b.value) & 0xff]);
      return assembleParts(width, rexW, operands, [0x0f, opcode], modRm(registerCode(b), a));
    }
    case "bsf":
    case "bsr":
    case "tzcnt":
    case "lzcnt":
    case "popcnt": {
      const [prefix, opcode] = SCAN[operation]!;
      return withPrefix(prefix, assembleParts(width, rexW, operands, [0x0f, opcode], modRm(registerCode(a), b)));
    }
    case "bswap": {
      const register = a.kind === "reg" ? a.number : 0;
      return assembleParts(width, rexW, [a], [0x0f, 0xc8 + (register & 7)], null, register >> 3);
    }
    case "shld":
    case "shrd": {
      const base = operation === "shld" ? 0xa4 : 0xac;
      if (c.kind === "imm")
        return assembleParts(width, rexW, [a, b], [0x0f, base], modRm(registerCode(b), a), 0, [Number(c.value) & 0xff]);
      return assembleParts(width, rexW, [a, b], [0x0f, base + 1], modRm(registerCode(b), a));
    }
    case "xchg": {
      const accumulator = (o: Operand): boolean => o.kind === "reg" && o.number === 0 && !o.high;
      if (width !== 8 && a.kind === "reg" && b.kind === "reg" && (accumulator(a) || accumulator(b))) {
        const other = accumulator(a) ? b : a;
        // as writes `xchg rax, rax` as a plain nop (90), without REX.W.
        if (accumulator(other) && width === 64) return [0x90];
        if (!(accumulator(other) && width === 32))
          return assembleParts(width, rexW, operands, [0x90 + (other.number & 7)], null, other.number >> 3);
      }
      return assembleParts(width, rexW, operands, [width === 8 ? 0x86 : 0x87], modRm(registerCode(b), a));
    }
    case "cmpxchg":
      return assembleParts(width, rexW, operands, [0x0f, width === 8 ? 0xb0 : 0xb1], modRm(registerCode(b), a));
    case "stos":
    case "movs": {
      const opcode = (operation === "stos" ? 0xaa : 0xa4) + (width === 8 ? 0 : 1);
      const rep = instruction.repeat ? [0xf3] : [];
      const size = width === 16 ? [0x66] : [];
      return [...size, ...rep, ...(width === 64 ? [0x48] : []), opcode];
    }
    case "jmpi":
    case "calli":
      return assembleParts(32, false, operands, [0xff], modRm(operation === "jmpi" ? 4 : 2, a));
    case "nop":
      if (a === undefined) return mnemonic === "endbr64" ? [0xf3, 0x0f, 0x1e, 0xfa] : [0x90];
      {
        // The segment override (only ever cs: in padding) comes first, as as writes it.
        const segment = a.kind === "mem" && /\bcs\s*:/i.test(a.text) ? [0x2e] : [];
        const bytes = assembleParts(width, false, operands, [0x0f, 0x1f], modRm(0, a));
        return bytes && [...segment, ...bytes];
      }
    case "leave":
      return [0xc9];
    case "ret":
      return mnemonic === "rep ret" ? [0xf3, 0xc3] : undefined;
    case "cbw":
      return [0x66, 0x98];
    case "cwd":
      return [0x66, 0x99];
    case "trap":
      return [0x0f, 0x0b];
    default:
      return undefined;
  }
}
