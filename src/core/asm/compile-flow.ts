/**
 * Pre-decoding of control flow and the stack: conditions, jmp/jcc, setcc, cmovcc, call/ret,
 * push/pop. Every op is a closure `(m) => void`; the run loop has already moved `pc` to the next
 * instruction, so a jump just overwrites it.
 */
import type { Instruction } from "./isa.ts";
import {
  CODE_BASE,
  MEMORY_BASE,
  RETURN_SENTINEL,
  STACK_LIMIT,
  STACK_TOP,
  parityFlag,
  setFault,
  type Machine,
  type Op,
} from "./machine.ts";
import { libcCall } from "./libc.ts";
import type { LibcFunction } from "./program.ts";
import {
  addressResolver,
  memoryResolver,
  reader,
  reader64,
  writer,
  writer64,
  type Resolve,
  type Site,
} from "./operands.ts";
import type { MemoryOperand } from "./parse.ts";
import { RSP } from "./registers.ts";

const FLOW = new Set(["jmp", "jcc", "setcc", "cmovcc", "call", "ret", "push", "pop", "jmpi", "calli", "leave"]);

/** Condition tests by their 4-bit code (see isa.ts CONDITIONS). */
export const CONDITION_TESTS: readonly ((m: Machine) => boolean)[] = [
  (m) => m.of === 1,
  (m) => m.of === 0,
  (m) => m.cf === 1,
  (m) => m.cf === 0,
  (m) => m.zf === 1,
  (m) => m.zf === 0,
  (m) => (m.cf | m.zf) === 1,
  (m) => (m.cf | m.zf) === 0,
  (m) => m.sf === 1,
  (m) => m.sf === 0,
  (m) => parityFlag(m) === 1,
  (m) => parityFlag(m) === 0,
  (m) => m.sf !== m.of,
  (m) => m.sf === m.of,
  (m) => m.zf === 1 || m.sf !== m.of,
  (m) => m.zf === 0 && m.sf === m.of,
];

const rspOperand = (displacement: number, column: number): MemoryOperand => ({
  kind: "mem",
  width: 64,
  base: { number: RSP, width: 64, high: false, needsRex: false },
  index: null,
  scale: 1,
  displacement,
  column,
  text: "[rsp]",
});

/** Resolvers of the slot a push writes ([rsp-8]) and of the slot a pop or ret reads ([rsp]). */
function stackSlots(site: Site): { below: Resolve; top: Resolve } {
  return {
    below: addressResolver(rspOperand(-8, site.column), 8, site),
    top: addressResolver(rspOperand(0, site.column), 8, site),
  };
}

function moveRsp(m: Machine, delta: number): void {
  const lo = (m.lo[RSP]! >>> 0) + delta;
  m.lo[RSP] = lo;
  if (lo < 0) m.hi[RSP] = m.hi[RSP]! - 1;
  else if (lo >= 4294967296) m.hi[RSP] = m.hi[RSP]! + 1;
}

function push(m: Machine, slot: Resolve, lo: number, hi: number, site: Site): void {
  const below = (m.lo[RSP]! >>> 0) - 8;
  if (m.hi[RSP] === 0 && below < STACK_LIMIT && below >= MEMORY_BASE) {
    m.pc = site.index;
    setFault(m, {
      kind: "stack-overflow",
      line: site.line,
      column: site.column,
      message: `stack overflow: the stack grew past its ${(STACK_TOP - STACK_LIMIT) >>> 10} KiB (endless recursion?)`,
    });
    return;
  }
  const offset = slot(m);
  if (offset < 0) return;
  moveRsp(m, -8);
  m.view.setUint32(offset, lo, true);
  m.view.setUint32(offset + 4, hi, true);
}

/** Jumps to a code address held in a register or memory, or faults if it is not one. */
function jumpTo(m: Machine, site: Site, lo: number, hi: number, instructionCount: number): boolean {
  if (hi === 0 && lo >= CODE_BASE && lo < CODE_BASE + instructionCount) {
    m.pc = lo - CODE_BASE;
    return true;
  }
  m.pc = site.index;
  setFault(m, {
    kind: "bad-jump",
    line: site.line,
    column: site.column,
    message: `jump to 0x${((BigInt(hi) << 32n) | BigInt(lo)).toString(16)}, which is not an instruction of the listing`,
  });
  return false;
}

export function compileFlow(
  instruction: Instruction,
  site: Site,
  target: number,
  instructionCount: number,
  libc: LibcFunction | null = null,
): Op | null {
  const { operation, operands } = instruction;
  if (!FLOW.has(operation)) return null;
  const slots = stackSlots(site);
  const test = CONDITION_TESTS[instruction.condition];
  const ret = (m: Machine): void => {
    const offset = slots.top(m);
    if (offset < 0) return;
    const lo = m.view.getUint32(offset, true);
    const hi = m.view.getUint32(offset + 4, true);
    moveRsp(m, 8);
    if (hi === 0 && lo === RETURN_SENTINEL) {
      m.status = "returned";
    } else if (hi === 0 && lo >= CODE_BASE && lo <= CODE_BASE + instructionCount) {
      m.pc = lo - CODE_BASE;
    } else {
      m.pc = site.index;
      setFault(m, {
        kind: "bad-return",
        line: site.line,
        column: site.column,
        message: `ret to 0x${((BigInt(hi) << 32n) | BigInt(lo)).toString(16)}, which is not a return address`,
      });
    }
  };
  switch (operation) {
    case "jmp":
      if (libc)
        return (m) => {
          libcCall(m, libc, site);
          if (m.status === "running") ret(m);
        };
      return (m) => void (m.pc = target);
    case "jcc":
      return (m) => {
        if (test!(m)) m.pc = target;
      };
    case "setcc": {
      const resolve = memoryResolver(operands, 8, site);
      const write = writer(operands[0]!, 8);
      if (!resolve) return (m) => write(m, 0, test!(m) ? 1 : 0);
      return (m) => {
        const offset = resolve(m);
        if (offset >= 0) write(m, offset, test!(m) ? 1 : 0);
      };
    }
    case "cmovcc": {
      const width = instruction.width;
      const resolve = memoryResolver(operands, width, site);
      const dest = operands[0]!;
      if (width === 64) {
        const [readLo, readHi] = reader64(operands[1]!);
        const write = writer64(dest);
        return (m) => {
          const offset = resolve ? resolve(m) : 0;
          if (offset >= 0 && test!(m)) write(m, 0, readLo(m, offset), readHi(m, offset));
        };
      }
      const read = reader(operands[1]!, width);
      const write = writer(dest, width);
      const register = dest.kind === "reg" ? dest.number : 0;
      return (m) => {
        const offset = resolve ? resolve(m) : 0;
        if (offset < 0) return;
        if (test!(m)) write(m, 0, read(m, offset));
        // A 32-bit cmov writes its destination even when the condition is false.
        else if (width === 32) m.hi[register] = 0;
      };
    }
    case "call":
      if (libc) return (m) => libcCall(m, libc, site);
      return (m) => {
        push(m, slots.below, CODE_BASE + site.index + 1, 0, site);
        if (m.status === "running") m.pc = target;
      };
    case "jmpi":
    case "calli": {
      const resolve = memoryResolver(operands, 64, site);
      const [readLo, readHi] = reader64(operands[0]!);
      const call = operation === "calli";
      return (m) => {
        const offset = resolve ? resolve(m) : 0;
        if (offset < 0) return;
        const lo = readLo(m, offset);
        const hi = readHi(m, offset);
        const back = m.pc;
        if (!jumpTo(m, site, lo, hi, instructionCount) || !call) return;
        const to = m.pc;
        push(m, slots.below, CODE_BASE + back, 0, site);
        if (m.status === "running") m.pc = to;
      };
    }
    case "leave":
      return (m) => {
        m.lo[RSP] = m.lo[5]!;
        m.hi[RSP] = m.hi[5]!;
        const offset = slots.top(m);
        if (offset < 0) return;
        m.lo[5] = m.view.getUint32(offset, true);
        m.hi[5] = m.view.getUint32(offset + 4, true);
        moveRsp(m, 8);
      };
    case "ret":
      return ret;
    case "push": {
      const resolve = memoryResolver(operands, 64, site);
      const [readLo, readHi] = reader64(operands[0]!);
      return (m) => {
        const offset = resolve ? resolve(m) : 0;
        if (offset >= 0) push(m, slots.below, readLo(m, offset), readHi(m, offset), site);
      };
    }
    case "pop": {
      const resolve = memoryResolver(operands, 64, site);
      const write = writer64(operands[0]!);
      return (m) => {
        const slot = slots.top(m);
        if (slot < 0) return;
        const lo = m.view.getUint32(slot, true);
        const hi = m.view.getUint32(slot + 4, true);
        moveRsp(m, 8);
        // The address of a memory destination is computed with rsp already incremented.
        const offset = resolve ? resolve(m) : 0;
        if (offset >= 0) write(m, offset, lo, hi);
      };
    }
    default:
      return null;
  }
}
