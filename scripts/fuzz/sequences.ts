/**
 * Random straight-line x86-64 sequences over the interpreter's subset, for differential fuzzing
 * against the CPU. Registers: everything but rsp and r15 (r15 points at the 256-byte scratch
 * buffer, the only memory a sequence touches: `[r15+d]`). No control flow, stack, division (a
 * SIGFPE would end the harness) or string instructions. lzcnt is left out: this CPU lacks it and
 * runs its encoding as bsr. Seeded: the same seed gives the same sequences.
 */
import type { Rng } from "../../src/core/rng/xoshiro128.ts";

type Width = 8 | 16 | 32 | 64;
const NAMES: Record<Width, string[]> = {
  64: ["rax", "rcx", "rdx", "rbx", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14"],
  32: ["eax", "ecx", "edx", "ebx", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d"],
  16: ["ax", "cx", "dx", "bx", "bp", "si", "di", "r8w", "r9w", "r10w", "r11w", "r12w", "r13w", "r14w"],
  8: ["al", "cl", "dl", "bl", "bpl", "sil", "dil", "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b"],
};
const LEGACY_8 = ["al", "cl", "dl", "bl", "ah", "ch", "dh", "bh"];
const SIZE: Record<Width, string> = { 8: "BYTE", 16: "WORD", 32: "DWORD", 64: "QWORD" };
const CONDITIONS = ["o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"];
const IMMEDIATE_EDGES = [
  0n,
  1n,
  -1n,
  2n,
  7n,
  31n,
  32n,
  63n,
  64n,
  127n,
  -128n,
  255n,
  0x7fffn,
  -0x8000n,
  0x7fffffffn,
  -0x80000000n,
];

export function generateSequence(rng: Rng, length: number): string[] {
  const pick = <T>(list: readonly T[]): T => list[rng.nextInt(list.length)]!;
  const width = (): Width => pick([8, 16, 32, 64, 32, 64] as const);
  const reg = (w: Width): string => (w === 8 && rng.nextInt(4) === 0 ? pick(LEGACY_8) : pick(NAMES[w]));
  const mem = (w: Width): string => `${SIZE[w]} PTR [r15+${rng.nextInt(256 - w / 8 + 1)}]`;
  const imm = (w: Width): string => {
    const raw = rng.nextInt(3) === 0 ? pick(IMMEDIATE_EDGES) : BigInt(rng.nextUint32() | 0) >> BigInt(rng.nextInt(32));
    const bits = w === 64 ? 32 : w;
    return String(BigInt.asIntN(bits, raw));
  };
  const rm = (w: Width): string => (rng.nextInt(3) === 0 ? mem(w) : reg(w));
  const sources = (w: Width): string[] => [reg(w), mem(w), imm(w)];
  const lines: string[] = [];
  while (lines.length < length) {
    const w = width();
    const kind = rng.nextInt(21);
    let line: string;
    switch (kind) {
      case 0:
      case 1:
      case 2: {
        const op = pick(["add", "adc", "sub", "sbb", "and", "or", "xor", "cmp", "test", "mov"]);
        const dest = rm(w);
        const source = dest.includes("PTR") ? pick([reg(w), imm(w)]) : pick(sources(w));
        line = `${op} ${dest}, ${op === "test" && source.includes("PTR") ? reg(w) : source}`;
        break;
      }
      case 3:
        line = rng.nextInt(2)
          ? `movabs ${reg(64)}, ${BigInt.asIntN(64, (BigInt(rng.nextUint32()) << 32n) | BigInt(rng.nextUint32()))}`
          : `mov ${reg(64)}, ${imm(64)}`;
        break;
      case 4: {
        const to = pick([16, 32, 64] as const);
        const from = pick(([8, 16] as Width[]).filter((f) => f < to));
        const source = rng.nextInt(3) === 0 ? mem(from) : pick(NAMES[from]);
        line =
          rng.nextInt(5) === 0
            ? `movsxd ${reg(64)}, ${rng.nextInt(2) ? reg(32) : mem(32)}`
            : `${pick(["movzx", "movsx"])} ${pick(NAMES[to])}, ${source}`;
        break;
      }
      case 5: {
        const w2 = pick([16, 32, 64] as const);
        const terms = [pick(NAMES[64])];
        if (rng.nextInt(2)) terms.push(`${pick(NAMES[64])}*${pick([1, 2, 4, 8])}`);
        line = `lea ${pick(NAMES[w2])}, [${terms.join("+")}${rng.nextInt(2) ? `+${rng.nextInt(1000)}` : `-${rng.nextInt(1000)}`}]`;
        break;
      }
      case 6:
        line = `${pick(["inc", "dec", "neg", "not"])} ${rm(w)}`;
        break;
      case 7:
      case 8: {
        const count = pick(["cl", String(rng.nextInt(256)), "1", String(rng.nextInt(70)), ""]);
        line = `${pick(["shl", "shr", "sar", "rol", "ror", "sal"])} ${rm(w)}${count ? `, ${count}` : ""}`;
        break;
      }
      case 9: {
        const w2 = pick([16, 32, 64] as const);
        line = rng.nextInt(2)
          ? `imul ${pick(NAMES[w2])}, ${rm(w2)}`
          : `imul ${pick(NAMES[w2])}, ${rm(w2)}, ${imm(w2 === 16 ? 16 : 32)}`;
        break;
      }
      case 10:
        line = `${pick(["mul", "imul"])} ${rm(w)}`;
        break;
      case 11:
        line = `set${pick(CONDITIONS)} ${rm(8)}`;
        break;
      case 12: {
        const w2 = pick([16, 32, 64] as const);
        line = `cmov${pick(CONDITIONS)} ${pick(NAMES[w2])}, ${rm(w2)}`;
        break;
      }
      case 13: {
        const w2 = pick([16, 32, 64] as const);
        const op = pick(["bt", "bts", "btr", "btc"]);
        line = rng.nextInt(2) ? `${op} ${rm(w2)}, ${rng.nextInt(256)}` : `${op} ${pick(NAMES[w2])}, ${pick(NAMES[w2])}`;
        break;
      }
      case 14: {
        const w2 = pick([16, 32, 64] as const);
        line = `${pick(["bsf", "bsr", "tzcnt", "popcnt"])} ${pick(NAMES[w2])}, ${rm(w2)}`;
        break;
      }
      case 15:
        line = `bswap ${pick([...NAMES[32], ...NAMES[64]])}`;
        break;
      case 16: {
        const w2 = pick([16, 32, 64] as const);
        line = `${pick(["shld", "shrd"])} ${rm(w2)}, ${pick(NAMES[w2])}, ${pick(["cl", String(rng.nextInt(64))])}`;
        break;
      }
      case 17:
        line = rng.nextInt(2) ? `xchg ${rm(w)}, ${pick(NAMES[w])}` : `cmpxchg ${rm(w)}, ${pick(NAMES[w])}`;
        break;
      case 18:
        line = pick(["cdq", "cqo", "cdqe", "cwde", "cbw", "cwd", "nop"]);
        break;
      default: {
        const op = pick(["add", "sub", "xor", "and", "adc", "sbb", "cmp"]);
        line = `${op} ${reg(w)}, ${reg(w)}`;
      }
    }
    // ah–bh cannot share an instruction with a REX prefix (r8–r15, sil, dil, bpl, a 64-bit operand).
    if (
      /\b[abcd]h\b/.test(line) &&
      (/\b(r\d+[bwd]?|sil|dil|bpl|spl)\b/.test(line) || /^mov[sz]x r[a-z]{2}\b/.test(line))
    )
      continue;
    lines.push(line);
  }
  return lines;
}
