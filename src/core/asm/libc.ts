/**
 * The few C library functions a listing may call without containing them (the README names
 * them): memcpy, memmove, memset and strlen, which compilers emit for copies, fills and loops they
 * recognise, and abort and exit, which end the run. Arguments and results follow System V (rdi,
 * rsi, rdx in; rax out). Every byte they touch is bounds-checked like any other access.
 */
import { inMemory } from "./compile-extra.ts";
import { MEMORY_BASE, MEMORY_SIZE, setFault, type Machine } from "./machine.ts";
import type { Site } from "./operands.ts";
import type { LibcFunction } from "./program.ts";

const RAX = 0,
  RDX = 2,
  RSI = 6,
  RDI = 7;
const get = (m: Machine, n: number): bigint => (BigInt(m.hi[n]! >>> 0) << 32n) | BigInt(m.lo[n]! >>> 0);
const setRax = (m: Machine, value: bigint): void => {
  m.lo[RAX] = Number(BigInt.asIntN(32, value));
  m.hi[RAX] = Number(BigInt.asIntN(32, value >> 32n));
};

export function libcCall(m: Machine, name: LibcFunction, site: Site): void {
  const destination = get(m, RDI);
  const end = (kind: "exit" | "trap", message: string): void => {
    m.pc = site.index;
    setFault(m, { kind, line: site.line, column: site.column, message });
  };
  switch (name) {
    case "memcpy":
    case "memmove": {
      const source = get(m, RSI);
      const length = get(m, RDX);
      if (length > 0n && (!inMemory(m, site, destination, length) || !inMemory(m, site, source, length))) return;
      const to = Number(destination) - MEMORY_BASE;
      const from = Number(source) - MEMORY_BASE;
      if (length > 0n) m.memory.copyWithin(to, from, from + Number(length));
      setRax(m, destination);
      return;
    }
    case "memset": {
      const length = get(m, RDX);
      if (length > 0n && !inMemory(m, site, destination, length)) return;
      const to = Number(destination) - MEMORY_BASE;
      if (length > 0n) m.memory.fill(m.lo[RSI]! & 0xff, to, to + Number(length));
      setRax(m, destination);
      return;
    }
    case "strlen": {
      if (!inMemory(m, site, destination, 1n)) return;
      const from = Number(destination) - MEMORY_BASE;
      const nul = m.memory.indexOf(0, from);
      if (nul < 0) {
        inMemory(m, site, destination, BigInt(MEMORY_SIZE - from + 1));
        return;
      }
      setRax(m, BigInt(nul - from));
      return;
    }
    case "__popcountdi2": {
      let count = 0;
      for (let v = destination; v > 0n; v >>= 1n) count += Number(v & 1n);
      setRax(m, BigInt(count));
      return;
    }
    case "__divti3":
    case "__udivti3":
    case "__modti3":
    case "__umodti3": {
      // 128-bit operands in rdi:rsi and rdx:rcx (low, high), the result in rax:rdx.
      const signed = name === "__divti3" || name === "__modti3";
      const wide = (lo: number, hi: number): bigint => {
        const value = (get(m, hi) << 64n) | get(m, lo);
        return signed ? BigInt.asIntN(128, value) : value;
      };
      const a = wide(RDI, RSI);
      const b = wide(RDX, 1);
      if (b === 0n) {
        m.pc = site.index;
        setFault(m, {
          kind: "divide",
          line: site.line,
          column: site.column,
          message: "division by zero (in " + name + ")",
        });
        return;
      }
      const result = BigInt.asUintN(128, name.includes("div") ? a / b : a % b);
      setRax(m, result);
      m.lo[RDX] = Number(BigInt.asIntN(32, result >> 64n));
      m.hi[RDX] = Number(BigInt.asIntN(32, result >> 96n));
      return;
    }
    case "abort":
      return end("trap", "abort() was called");
    case "exit":
      return end("exit", `exit(${m.lo[RDI]!}) was called`);
  }
}
