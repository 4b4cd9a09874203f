/** The interpreter pieces the fuzzer drives directly (one op at a time, on a bare machine). */
export { assemble, compile, readRegister, readRflags, run, DATA_BASE, MEMORY_BASE } from "../../src/core/asm/index.ts";
export { createMachine as createMachineForTests } from "../../src/core/asm/machine.ts";
