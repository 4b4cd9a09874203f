/**
 * The listing being written: instructions in gcc's layout (8-space indent, mnemonic padded to 8),
 * labels, the C line each listing line came from, and register/memory operand spelling.
 */

export const RAX = 0;
export const RCX = 1;
export const RDX = 2;
export const RBP = 5;
export const ARGUMENT_REGISTERS = [7, 6, 2, 1, 8, 9];

const LOW = ["ax", "cx", "dx", "bx", "sp", "bp", "si", "di"];

/** A register's name at a width in bytes (1, 2, 4, 8). */
export function reg(n: number, bytes: number): string {
  if (n >= 8) return bytes === 8 ? `r${n}` : bytes === 4 ? `r${n}d` : bytes === 2 ? `r${n}w` : `r${n}b`;
  const base = LOW[n]!;
  if (bytes === 8) return `r${base}`;
  if (bytes === 4) return `e${base}`;
  if (bytes === 2) return base;
  return n < 4 ? `${base[0]}l` : `${base}l`;
}

/** An address: displacement[base+index*scale], as gcc writes it. */
export interface Mem {
  base: number | null;
  index: number | null;
  scale: number;
  disp: number;
}

const PTR = ["", "BYTE PTR ", "WORD PTR ", "", "DWORD PTR ", "", "", "", "QWORD PTR "];

export function memText(m: Mem, bytes: number | null): string {
  const inner: string[] = [];
  if (m.base !== null) inner.push(reg(m.base, 8));
  if (m.index !== null) inner.push(m.scale === 1 ? reg(m.index, 8) : `${reg(m.index, 8)}*${m.scale}`);
  const prefix = bytes === null ? "" : PTR[bytes]!;
  if (inner.length === 0) return `${prefix}[0x${m.disp.toString(16)}]`;
  return `${prefix}${m.disp !== 0 ? m.disp : ""}[${inner.join("+")}]`;
}

export class Emitter {
  lines: string[] = [];
  sourceLines: number[] = [];
  line = 0;

  op(mnemonic: string, ...operands: string[]): void {
    this.lines.push(operands.length ? `        ${mnemonic.padEnd(8)}${operands.join(", ")}` : `        ${mnemonic}`);
    this.sourceLines.push(this.line);
  }
  label(name: string): void {
    this.lines.push(`${name}:`);
    this.sourceLines.push(this.line);
  }
  /** Drops the local labels nothing jumps to (loops and ifs make more than they use). */
  dropUnusedLabels(): void {
    const used = new Set<string>();
    for (const line of this.lines) if (line.startsWith(" ")) for (const m of line.matchAll(/\.L\d+/g)) used.add(m[0]);
    const keep = this.lines.map((line) => !/^\.L\d+:$/.test(line) || used.has(line.slice(0, -1)));
    this.lines = this.lines.filter((_, i) => keep[i]);
    this.sourceLines = this.sourceLines.filter((_, i) => keep[i]);
  }

  raw(text: string): void {
    this.lines.push(text);
    this.sourceLines.push(0);
  }
}

export const fitsImm32 = (v: bigint): boolean => v >= -(2n ** 31n) && v < 2n ** 31n;
