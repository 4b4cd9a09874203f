/**
 * The state of the simulated x86-64 CPU and its memory. Registers are kept as two Int32Arrays
 * indexed by register number (see registers.ts): `lo` holds bits 0–31, `hi` bits 32–63, so 32-bit
 * arithmetic, the common case, needs no BigInt. Flags are kept as 0/1 numbers, except PF and AF,
 * which are derived on demand from the last result's low byte and the carry-in bits (cheap to store,
 * rarely read).
 *
 * Address spaces: memory is one flat bounds-checked block at [MEMORY_BASE, MEMORY_BASE +
 * MEMORY_SIZE); below it (address 0 included) nothing is mapped, so a null pointer faults. The
 * stack grows down from STACK_TOP. Code is not in memory: a return address is CODE_BASE plus an
 * instruction index, and RETURN_SENTINEL is the return address of the outermost call.
 */

export const MEMORY_BASE = 0x10000;
export const MEMORY_SIZE = 0x20000;
export const STACK_TOP = MEMORY_BASE + MEMORY_SIZE;
/** The lowest address the stack may grow to: a push or call below it is a stack overflow. */
export const STACK_LIMIT = STACK_TOP - 0x10000;
/** Where the listing's data sections are loaded, then the caller's arrays: the bottom of memory. */
export const DATA_BASE = MEMORY_BASE;
export const CODE_BASE = 0x400000;
/** The outermost return address: a `ret` to it ends the call. Bits 0–31 (bits 32–63 are 0). */
export const RETURN_SENTINEL = 0x7e7e7e00;
export const DEFAULT_STEP_LIMIT = 1_000_000;

export type FaultKind =
  | "memory"
  | "divide"
  | "step-limit"
  | "bad-return"
  | "end-of-code"
  | "stack-overflow"
  | "bad-jump"
  | "unsupported"
  | "trap"
  | "exit";

export interface Fault {
  kind: FaultKind;
  /** 1-based line and column of the instruction that faulted, in the listing text. */
  line: number;
  column: number;
  message: string;
}

export type MachineStatus = "running" | "returned" | "faulted";

export interface Machine {
  /** Bits 0–31 of each register, by register number. */
  lo: Int32Array;
  /** Bits 32–63 of each register, by register number. */
  hi: Int32Array;
  cf: number;
  zf: number;
  sf: number;
  of: number;
  /** Low byte of the last result that defines PF; PF is its even parity. */
  parityByte: number;
  /** a XOR b XOR result of the last arithmetic; AF is its bit 4. */
  adjustBits: number;
  /** Byte i is the byte at address MEMORY_BASE + i. */
  memory: Uint8Array;
  view: DataView;
  /** Index of the next instruction to run (instruction index space of the Program). */
  pc: number;
  steps: number;
  status: MachineStatus;
  fault: Fault | null;
}

/** One pre-decoded instruction: a closure that runs it on a machine. */
export type Op = (m: Machine) => void;

export function createMachine(): Machine {
  const memory = new Uint8Array(MEMORY_SIZE);
  return {
    lo: new Int32Array(16),
    hi: new Int32Array(16),
    cf: 0,
    zf: 0,
    sf: 0,
    of: 0,
    parityByte: 0,
    adjustBits: 0,
    memory,
    view: new DataView(memory.buffer),
    pc: 0,
    steps: 0,
    status: "running",
    fault: null,
  };
}

/** A deep copy, for the step-by-step view which keeps every state. */
export function cloneMachine(m: Machine): Machine {
  const memory = m.memory.slice();
  return { ...m, lo: m.lo.slice(), hi: m.hi.slice(), memory, view: new DataView(memory.buffer), fault: m.fault };
}

const PARITY_EVEN = new Uint8Array(256).map((_, byte) => {
  let bits = 0;
  for (let b = byte; b; b >>= 1) bits += b & 1;
  return bits % 2 === 0 ? 1 : 0;
});

export const parityFlag = (m: Machine): number => PARITY_EVEN[m.parityByte & 0xff]!;
export const adjustFlag = (m: Machine): number => (m.adjustBits >>> 4) & 1;

export function readRflags(m: Machine): number {
  return m.cf | (parityFlag(m) << 2) | (adjustFlag(m) << 4) | (m.zf << 6) | (m.sf << 7) | (m.of << 11);
}

export function writeRflags(m: Machine, rflags: number): void {
  m.cf = rflags & 1;
  m.zf = (rflags >> 6) & 1;
  m.sf = (rflags >> 7) & 1;
  m.of = (rflags >> 11) & 1;
  // A byte with one bit set has odd parity, with none even: choose the one that gives PF.
  m.parityByte = (rflags >> 2) & 1 ? 0 : 1;
  m.adjustBits = ((rflags >> 4) & 1) << 4;
}

/** A register's full 64-bit value, as an unsigned BigInt (for display and results). */
export function readRegister(m: Machine, register: number): bigint {
  return (BigInt(m.hi[register]! >>> 0) << 32n) | BigInt(m.lo[register]! >>> 0);
}

export function writeRegister(m: Machine, register: number, value: bigint): void {
  m.lo[register] = Number(BigInt.asIntN(32, value));
  m.hi[register] = Number(BigInt.asIntN(32, value >> 32n));
}

export function setFault(m: Machine, fault: Fault): void {
  m.status = "faulted";
  m.fault = fault;
}
