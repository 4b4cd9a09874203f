/**
 * `npm run bench:asm`: instructions per second of the x86 interpreter in this Node, on the two
 * loops the Chromium bench runs (scripts/bench/engines/asm-adapter.ts: registers, and gcc -O2's
 * prefix sums through memory), a register-only 32-bit loop and the level-3 array sum. Prints the
 * best of five rounds by wall-clock time and by this process's CPU time: on a shared, loaded
 * machine the wall clock counts time the process waited for a core, the CPU time does not.
 */
import { assemble, compile, prepareCall, run, type CFunction } from "../src/core/asm/index.ts";
import { loopRunners } from "./bench/engines/asm-adapter.ts";

for (const loop of loopRunners(20_000_000)) {
  let best = 0;
  let bestCpu = 0;
  for (let round = 0; round < 6; round++) {
    loop.prepare();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const steps = loop.run();
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    if (round > 0) {
      best = Math.max(best, steps / seconds);
      bestCpu = Math.max(bestCpu, steps / ((cpu.user + cpu.system) / 1e6));
    }
  }
  console.log(
    `${loop.id} loop as in Chromium (${loop.description}): ${(best / 1e6).toFixed(1)} M instructions/s wall-clock, ${(bestCpu / 1e6).toFixed(1)} M per CPU second`,
  );
}

function bench(name: string, source: string, fn: CFunction, args: (number | number[])[]): void {
  const assembled = assemble(source);
  if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
  const compiled = compile(assembled.program);
  let best = 0;
  let bestCpu = 0;
  for (let round = 0; round < 6; round++) {
    let steps = 0;
    let seconds = 0;
    let cpuSeconds = 0;
    // Many calls per round for short functions; only run() is timed, not the entry garbage fill.
    while (seconds < 0.3) {
      const prepared = prepareCall(compiled, fn, args);
      if (!prepared.ok) throw new Error(prepared.fault.message);
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const m = run(compiled, prepared.machine, 1e9);
      seconds += (performance.now() - start) / 1000;
      const cpu = process.cpuUsage(cpuStart);
      cpuSeconds += (cpu.user + cpu.system) / 1e6;
      steps += m.steps;
    }
    if (round > 0) {
      best = Math.max(best, steps / seconds);
      bestCpu = Math.max(bestCpu, steps / cpuSeconds);
    }
  }
  console.log(
    `${name}: ${(best / 1e6).toFixed(1)} M instructions/s wall-clock, ${(bestCpu / 1e6).toFixed(1)} M per CPU second`,
  );
}

const loop = "f:\n  xor eax, eax\n.L1:\n  add eax, edi\n  xor edx, eax\n  sub edi, 1\n  jne .L1\n  ret";
bench(
  "register loop (add/xor/sub/jne, 32-bit)",
  loop,
  { name: "f", returns: "int", params: [{ name: "n", type: "int" }] },
  [10_000_000],
);

const sum =
  "sum:\n  test rsi, rsi\n  jle .L4\n  lea rcx, [rdi+rsi*4]\n  xor eax, eax\n.L3:\n  movsx rdx, DWORD PTR [rdi]\n  add rdi, 4\n  add rax, rdx\n  cmp rdi, rcx\n  jne .L3\n  ret\n.L4:\n  xor eax, eax\n  ret";
const array = Array.from({ length: 8000 }, (_, i) => (i * 7919) % 1000);
const sumFn: CFunction = {
  name: "sum",
  returns: "long",
  params: [
    { name: "a", type: "const int *" },
    { name: "n", type: "long" },
  ],
};
bench("array sum (movsx mem, 64-bit add/cmp, jne)", sum, sumFn, [array, array.length]);
