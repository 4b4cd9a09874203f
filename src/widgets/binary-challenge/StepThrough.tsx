/**
 * Step through one test row of the reader's listing: the line about to run, every register in
 * hex and signed decimal (the ones that just changed are marked in words), and the four flags a
 * comparison leaves behind. It replays the row with the same garbage seed the test table used.
 */
import { useState } from "preact/hooks";
import type { CFunction, TestCase } from "../../core/asm/index.ts";
import type { CompiledProgram, Machine } from "./engine.ts";
import { describeError, describeFault, formatArgs } from "./results.ts";
import type { Engine } from "./engine.ts";

interface Props {
  engine: Engine;
  text: string;
  fn: CFunction;
  tests: readonly TestCase[];
  /** Bytes to place in memory before the call (compiled C's globals), if any. */
  data?: { address: number; bytes: Uint8Array } | undefined;
}

interface Trace {
  compiled: CompiledProgram;
  start: Machine;
  machine: Machine;
  previous: Machine | null;
  row: number;
}

const REGISTERS = 16;

export function StepThrough({ engine, text, fn, tests, data }: Props) {
  const [row, setRow] = useState(0);
  const [trace, setTrace] = useState<Trace | null>(null);
  const [problem, setProblem] = useState("");

  const start = () => {
    const assembled = engine.assemble(text);
    if (!assembled.ok) {
      const e = assembled.errors[0]!;
      setTrace(null);
      setProblem(`The listing does not assemble. ${describeError(e)}`);
      return;
    }
    const compiled = engine.compile(assembled.program);
    const prepared = engine.prepareCall(compiled, fn, tests[row]!.args, { garbageSeed: 1 + row });
    if (!prepared.ok) {
      setTrace(null);
      setProblem(describeFault(prepared.fault));
      return;
    }
    if (data && data.bytes.length > 0) prepared.machine.memory.set(data.bytes, data.address - engine.MEMORY_BASE);
    setProblem("");
    setTrace({ compiled, start: prepared.machine, machine: prepared.machine, previous: null, row });
  };

  const advance = (toEnd: boolean) => {
    if (!trace) return;
    const machine = toEnd
      ? engine.run(trace.compiled, engine.cloneMachine(trace.machine))
      : engine.step(trace.compiled, trace.machine);
    setTrace({ ...trace, machine, previous: trace.machine });
  };

  const m = trace?.machine;
  const line = trace && m ? engine.currentLine(trace.compiled, m) : null;
  const sourceLines = text.split("\n");
  let status = "";
  if (m?.status === "returned") status = `Returned: rax = ${engine.readRegister(m, 0)} after ${m.steps} steps.`;
  else if (m?.status === "faulted" && m.fault) status = describeFault(m.fault);
  else if (m) status = `${m.steps} ${m.steps === 1 ? "step" : "steps"} so far. Next: line ${line ?? "?"}.`;

  return (
    <div class="bc-step">
      <div class="bc-row-controls">
        <label>
          Test row{" "}
          <select value={row} onChange={(e) => setRow(Number(e.currentTarget.value))}>
            {tests.map((t, i) => (
              <option key={i} value={i}>
                {i + 1}: {fn.name}({formatArgs(t.args)})
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={start}>
          {trace ? "Restart" : "Start"}
        </button>
        <button type="button" disabled={m?.status !== "running"} onClick={() => advance(false)}>
          Step
        </button>
        <button type="button" disabled={m?.status !== "running"} onClick={() => advance(true)}>
          Run to end
        </button>
      </div>
      <p role="status">{problem || status}</p>
      {trace && m && (
        <>
          <ol class="bc-trace" aria-label="Listing, with the next line marked">
            {sourceLines.map((source, i) => (
              <li
                key={i}
                class={i + 1 === line ? "bc-next" : undefined}
                aria-current={i + 1 === line ? "step" : undefined}
              >
                <span class="bc-next-marker">{i + 1 === line ? "next →" : ""}</span>
                <code>{source}</code>
              </li>
            ))}
          </ol>
          <p class="bc-muted">
            At entry only the arguments and <code>rsp</code> are set. Every other register, the upper half of a 32-bit
            argument and the flags are undefined (garbage, whatever the caller left there); here they are filled from a
            seeded generator, so a row replays exactly and code that relies on a zero shows it.
          </p>
          <section class="table-scroll" tabIndex={0} aria-label="Registers">
            <table class="bc-regs">
              <thead>
                <tr>
                  <th scope="col">Register</th>
                  <th scope="col">Hex</th>
                  <th scope="col">Signed</th>
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: REGISTERS }, (_, n) => {
                  const value = engine.readRegister(m, n);
                  const changed = trace.previous !== null && engine.readRegister(trace.previous, n) !== value;
                  return (
                    <tr key={n} class={changed ? "bc-changed" : ""}>
                      <th scope="row">{engine.registerName(n, 64)}</th>
                      <td>
                        <code>{value.toString(16).padStart(16, "0")}</code>
                      </td>
                      <td>
                        {BigInt.asIntN(64, value).toString()}
                        {changed && <strong> changed</strong>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <p class="bc-flags">
            Flags: CF={m.cf} ZF={m.zf} SF={m.sf} OF={m.of}
          </p>
        </>
      )}
    </div>
  );
}
