/**
 * A corpus of single instructions covering every mnemonic and operand form of the subset, plus
 * small programs whose jumps cross the rel8 limit, assembled by GNU as: the encoder's oracle
 * beyond the exercise listings (fixtures/encodings.json).
 */
import { assembleWithListing, type workspace } from "./toolchain.ts";

const REGISTERS: Record<number, string[]> = {
  8: ["al", "cl", "dl", "bl", "ah", "bh", "spl", "bpl", "sil", "dil", "r8b", "r15b"],
  16: ["ax", "cx", "dx", "sp", "bp", "si", "di", "r8w", "r13w"],
  32: ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r12d", "r13d", "r15d"],
  64: ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r12", "r13", "r15"],
};
const ADDRESSES = [
  "[rax]",
  "[rsp]",
  "[rbp]",
  "[r12]",
  "[r13]",
  "-8[rbp]",
  "4[rdi+rsi*4]",
  "[rdi+rsi*4]",
  "0[0+rax*4]",
  "[r8+r9*8+1000]",
  "-129[rbx]",
  "128[rcx]",
  "[rsp+rax]",
  "[r13+r14*2]",
  "[0x1000]",
  "-4[rdi+rsi*4]",
  "[rbx+rcx*1]",
  "[r12+rbp*8-8]",
];
const SIZE = { 8: "BYTE", 16: "WORD", 32: "DWORD", 64: "QWORD" } as const;
const IMMEDIATES = ["0", "1", "-1", "127", "128", "-128", "-129", "255", "1000", "0x7fffffff", "-2147483648"];
const CONDITIONS = "o no b c nae ae nb nc e z ne nz be na a nbe s ns p pe np po l nge ge nl le ng g nle".split(" ");

const fitsWidth = (imm: string, width: number): boolean => {
  const v = BigInt(imm);
  const [lo, hi] =
    width === 64 ? [-(2n ** 31n), 2n ** 31n - 1n] : [-(2n ** BigInt(width - 1)), 2n ** BigInt(width) - 1n];
  return v >= lo && v <= hi;
};

/** Pairs of registers at one width that can be encoded together (no ah–bh next to a REX register). */
function registerPairs(width: number): [string, string][] {
  const list = REGISTERS[width]!;
  const pairs: [string, string][] = [];
  list.forEach((a, i) => {
    const b = list[(i * 5 + 3) % list.length]!;
    const high = (r: string): boolean => /^[abcd]h$/.test(r);
    const rex = (r: string): boolean => /^(spl|bpl|sil|dil|r\d+b)$/.test(r);
    if (!((high(a) && rex(b)) || (high(b) && rex(a)))) pairs.push([a, b]);
  });
  return pairs;
}

export function singleInstructions(): string[] {
  const lines: string[] = [];
  const widths = [8, 16, 32, 64] as const;
  const memory = (width: number, k: number): string => `${SIZE[width as 8]} PTR ${ADDRESSES[k % ADDRESSES.length]}`;
  for (const op of ["add", "or", "adc", "sbb", "and", "sub", "xor", "cmp", "test", "mov"]) {
    for (const width of widths) {
      registerPairs(width).forEach(([a, b], k) => {
        lines.push(`${op} ${a}, ${b}`, `${op} ${memory(width, k)}, ${a}`);
        if (op !== "test") lines.push(`${op} ${b}, ${memory(width, k + 7)}`);
      });
      IMMEDIATES.filter((imm) => fitsWidth(imm, width)).forEach((imm, k) => {
        for (const reg of REGISTERS[width]!.filter((_, i) => i % 3 === k % 3)) lines.push(`${op} ${reg}, ${imm}`);
        lines.push(`${op} ${memory(width, k)}, ${imm}`);
      });
    }
  }
  lines.push(
    "mov rax, 0x123456789",
    "mov r11, -0x80000001",
    "mov rcx, 0xffffffff",
    "mov rdx, -1",
    "mov eax, 0xffffffff",
  );
  for (const [dest, src] of [
    [16, 8],
    [32, 8],
    [32, 16],
    [64, 8],
    [64, 16],
  ] as const) {
    registerPairs(dest).forEach(([a], k) => {
      const s = REGISTERS[src]![k % REGISTERS[src]!.length]!;
      const ok = !(/^[abcd]h$/.test(s) && /^r\d|^(spl|bpl|sil|dil)$/.test(a)) && !(dest === 64 && /^[abcd]h$/.test(s));
      if (ok) lines.push(`movzx ${a}, ${s}`, `movsx ${a}, ${s}`);
      lines.push(`movzx ${a}, ${memory(src, k)}`, `movsx ${a}, ${memory(src, k + 3)}`);
    });
  }
  registerPairs(64).forEach(([a], k) => {
    const s = REGISTERS[32]![k % 12]!;
    lines.push(`movsx ${a}, ${s}`, `movsxd ${a}, ${s}`, `movsx ${a}, DWORD PTR ${ADDRESSES[k % ADDRESSES.length]}`);
  });
  for (const width of [16, 32, 64]) {
    REGISTERS[width]!.forEach((r, k) => lines.push(`lea ${r}, ${ADDRESSES[k % ADDRESSES.length]}`));
    registerPairs(width).forEach(([a, b], k) => {
      lines.push(`imul ${a}, ${b}`, `imul ${a}, ${memory(width, k)}`, `imul ${a}, ${b}, 7`, `imul ${a}, ${b}, -1000`);
      lines.push(`imul ${a}, ${memory(width, k + 1)}, 100`);
      for (const cc of CONDITIONS.filter((_, i) => i % 4 === k % 4)) lines.push(`cmov${cc} ${a}, ${b}`);
      lines.push(`cmov${CONDITIONS[k]} ${a}, ${memory(width, k)}`);
    });
  }
  lines.push("imul eax, edi, -1030792151", "imul rax, rax, 1374389535");
  for (const width of widths) {
    REGISTERS[width]!.forEach((r, k) => {
      for (const op of ["inc", "dec", "neg", "not", "mul", "div", "idiv", "imul"]) lines.push(`${op} ${r}`);
      for (const op of ["shl", "sal", "shr", "sar", "rol", "ror"]) {
        lines.push(`${op} ${r}`, `${op} ${r}, 1`, `${op} ${r}, ${k + 2}`, `${op} ${r}, cl`);
      }
      lines.push(`shl ${memory(width, k)}, 3`, `sar ${memory(width, k)}`, `rol ${memory(width, k)}, cl`);
      lines.push(`inc ${memory(width, k)}`, `neg ${memory(width, k + 1)}`, `idiv ${memory(width, k + 2)}`);
    });
  }
  CONDITIONS.forEach((cc, k) => {
    lines.push(`set${cc} ${REGISTERS[8]![k % 12]}`, `set${cc} BYTE PTR ${ADDRESSES[k % ADDRESSES.length]}`);
  });
  for (const r of REGISTERS[64]!) lines.push(`push ${r}`, `pop ${r}`);
  lines.push("push QWORD PTR [rax]", "pop QWORD PTR 8[rsp]", "push 1", "push -128", "push 1000", "push -100000");
  // The other spellings of an address that gcc and readers write.
  lines.push("mov eax, DWORD PTR [rdi+rsi*4+4]", "mov eax, DWORD PTR 4[rdi+rsi*4]", "mov rax, QWORD PTR -8[rbp]");
  lines.push("mov rax, QWORD PTR [rbp-8]", "lea rax, [rsi*4]", "lea rax, [4*rsi+rdi]", "mov eax, DWORD PTR [rax+0x10]");
  lines.push("ret", "nop", "cdq", "cqo", "cdqe", "cwde", "cltq", "cqto", "cltd");
  lines.push(...extraInstructions());
  // ah–bh cannot be encoded next to anything that needs a REX prefix; as rejects those lines.
  const high = /\b[abcd]h\b/;
  const rex = /\b(r(8|9|1[0-5])[bwd]?|spl|bpl|sil|dil)\b|^(\w+) (r\w+|QWORD)/;
  return lines.filter((line) => !(high.test(line) && rex.test(line)));
}

/** Full-width 64-bit immediates (mov and movabs), including values at and above 2^63. */
export const WIDE_IMMEDIATES = [
  "0x123456789abcdef1",
  "0x7fffffffffffffff",
  "0x8000000000000000",
  "0xffffffffffffffff",
  "0xfedcba9876543210",
  "0x20000000000001",
  "0x100000000",
  "-0x8000000000000000",
  "-9007199254740993",
  "18446744073709551615",
];

/** Forms of the instructions gcc and clang emit beyond plain arithmetic (isa-extra.ts). */
function extraInstructions(): string[] {
  const lines: string[] = [];
  WIDE_IMMEDIATES.forEach((imm, k) => {
    const r = REGISTERS[64]![k % 12]!;
    lines.push(`mov ${r}, ${imm}`, `movabs ${r}, ${imm}`);
  });
  lines.push("movabs rax, 1", "movabs r15, -1");
  for (const width of [16, 32, 64] as const) {
    registerPairs(width).forEach(([a, b], k) => {
      const mem = `${SIZE[width]} PTR ${ADDRESSES[k % ADDRESSES.length]}`;
      for (const op of ["bt", "bts", "btr", "btc"])
        lines.push(`${op} ${a}, ${b}`, `${op} ${a}, ${k * 7 + 3}`, `${op} ${mem}, ${b}`, `${op} ${mem}, ${k}`);
      for (const op of ["bsf", "bsr", "tzcnt", "lzcnt", "popcnt"]) lines.push(`${op} ${a}, ${b}`, `${op} ${b}, ${mem}`);
      lines.push(`shld ${a}, ${b}, ${k + 1}`, `shrd ${a}, ${b}, cl`, `shld ${mem}, ${b}, cl`, `shrd ${mem}, ${b}, 3`);
      lines.push(`xchg ${a}, ${b}`, `xchg ${mem}, ${a}`, `cmpxchg ${a}, ${b}`, `cmpxchg ${mem}, ${b}`);
    });
  }
  for (const r of [...REGISTERS[32]!, ...REGISTERS[64]!]) lines.push(`bswap ${r}`);
  registerPairs(8).forEach(([a, b], k) =>
    lines.push(`xchg ${a}, ${b}`, `cmpxchg BYTE PTR ${ADDRESSES[k % ADDRESSES.length]}, ${a}`),
  );
  lines.push(
    "xchg eax, ecx",
    "xchg rdx, rax",
    "xchg ax, r9w",
    "xchg eax, eax",
    "xchg rax, r12",
    "xchg rax, rax",
    "xchg ax, ax",
  );
  for (const s of ["stos", "movs"]) for (const w of "bwdq") lines.push(`${s}${w}`, `rep ${s}${w}`);
  for (const r of ["rax", "rcx", "r11"]) lines.push(`jmp ${r}`, `call ${r}`);
  lines.push("jmp QWORD PTR [rax+rcx*8]", "call QWORD PTR 8[rbx]", "jmp QWORD PTR [r12]");
  lines.push(
    "nop DWORD PTR [rax]",
    "nop DWORD PTR [rax+rax*1+0x0]",
    "nop WORD PTR [rax+rax*1+0x0]",
    "nop WORD PTR cs:[rax+rax*1+0x0]",
  );
  lines.push("leave", "cbw", "cwd", "endbr64", "ud2", "rep ret", "rep bsf eax, ecx", "rep bsf r8, QWORD PTR [rdi]");
  return lines;
}

/** Instructions that name symbols, each assembled after SYMBOL_DATA (as leaves relocations as zeros). */
export const SYMBOL_INSTRUCTIONS = [
  "lea rax, .LC0[rip]",
  "lea rdi, [rip+.LC0]",
  "lea r12, [rip + .LC0+8]",
  "mov eax, DWORD PTR .LC0[rip]",
  "mov eax, DWORD PTR .LC0[rip+8]",
  "movsd xmm0, QWORD PTR .LC0[rip]",
  "mov rax, QWORD PTR table[0+rdi*8]",
  "jmp [QWORD PTR .LC0[0+rax*8]]",
  "movsx rax, DWORD PTR table[rbx+rax*4]",
  "mov edi, OFFSET FLAT:.LC0",
  "mov rsi, OFFSET FLAT:table+16",
  "add eax, OFFSET FLAT:table",
  "cmp BYTE PTR table[rip], 0",
  "call memcpy@PLT",
  "call strlen",
].filter((line) => !line.startsWith("movsd"));
export const SYMBOL_DATA = '\t.section\t.rodata\n.LC0:\n\t.string\t"hi"\ntable:\n\t.quad\t1, 2, 3\n\t.text\n';

/** Programs whose jumps need relaxation: distances on both sides of the rel8 limit, both directions. */
export function branchPrograms(): string[] {
  const pad = (n: number): string => Array.from({ length: n }, () => "nop").join("\n");
  const programs: string[] = [];
  for (const distance of [0, 1, 125, 126, 127, 128, 129, 200]) {
    programs.push(`f:\njmp .L1\njne .L1\n${pad(distance)}\n.L1:\njg f\ncall f\njmp f\nret`);
    programs.push(`f:\n.L0:\n${pad(distance)}\nje .L0\njmp .L0\nja .L2\n${pad(distance)}\n.L2:\nret`);
  }
  const allBranches = [...CONDITIONS.map((cc) => `j${cc} f`), "jmp f", "call f"].join("\n");
  programs.push(`f:\n${allBranches}\n${pad(130)}\n${allBranches}\nret`);
  return programs;
}

export interface EncodingFixture {
  as: string;
  /** [instruction text, lowercase hex bytes] */
  instructions: [string, string][];
  /** [instruction text, hex] for instructions naming symbols, each assembled after SYMBOL_DATA. */
  symbolInstructions: [string, string][];
  /** Each program with [line, address, hex] for every line that emits bytes. */
  programs: { source: string; lines: [number, number, string][] }[];
}

export function buildEncodingFixture(ws: ReturnType<typeof workspace>, asVersion: string): EncodingFixture {
  const singles = singleInstructions();
  const header = ".intel_syntax noprefix\n";
  const { lines } = assembleWithListing(ws, header + singles.join("\n") + "\n", "corpus");
  const instructions = singles.map((text, i): [string, string] => [text, lines.get(i + 2)?.bytes ?? ""]);
  const missing = instructions.filter(([, bytes]) => bytes === "");
  if (missing.length) throw new Error(`as gave no bytes for: ${missing.map(([t]) => t).join("; ")}`);
  const programs = branchPrograms().map((source, k) => {
    const assembled = assembleWithListing(ws, header + source + "\n", `branches-${k}`);
    const programLines: [number, number, string][] = [];
    for (const line of assembled.lines.values()) {
      if (line.bytes) programLines.push([line.line - 1, line.address!, line.bytes]);
    }
    return { source, lines: programLines.sort((a, b) => a[0] - b[0]) };
  });
  const symbolText = SYMBOL_INSTRUCTIONS.map((line) => `${line}\n`).join("");
  const symbolLines = SYMBOL_DATA.split("\n").length;
  const symbolListing = assembleWithListing(ws, header + SYMBOL_DATA + symbolText, "symbols").lines;
  const symbolInstructions = SYMBOL_INSTRUCTIONS.map((text, i): [string, string] => [
    text,
    symbolListing.get(i + symbolLines + 1)?.bytes ?? "",
  ]);
  return { as: asVersion, instructions, symbolInstructions, programs };
}
