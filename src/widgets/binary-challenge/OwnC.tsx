/**
 * "Your own C": paste a C function, call it with integer arguments, and see the listing this
 * site's compiler made for it, its result, and a step-through on the same simulated CPU. Arguments
 * go in the System V registers as 64-bit integers; the result is rax, shown whole and as the
 * 32-bit int an `int` function means. The compiler loads on the first Compile.
 */
import { useState } from "preact/hooks";
import type { CFunction } from "../../core/asm/index.ts";
import type { CBuild } from "./c-build.ts";
import { excerpt, loadCompiler } from "./c-loader.ts";
import { diffLines } from "./diff.ts";
import { Editor } from "./Editor.tsx";
import type { Engine } from "./engine.ts";
import { parseArgs } from "./own.ts";
import { describeError, describeFault } from "./results.ts";
import { MAX_SOURCE_CHARS } from "./share.ts";
import { StepThrough } from "./StepThrough.tsx";

interface Props {
  initial: string;
  engine: Engine;
  editable: boolean;
}

type Output = { ok: boolean; text: string; excerpt?: string };
type Call = { fn: CFunction; args: number[] | null };

export function OwnC({ initial, engine, editable }: Props) {
  const [text, setText] = useState(initial);
  const [chosen, setChosen] = useState("");
  const [args, setArgs] = useState("18");
  const [build, setBuild] = useState<(CBuild & { ok: true }) | null>(null);
  const [output, setOutput] = useState<Output | null>(null);
  const [call, setCall] = useState<Call | null>(null);
  const names = build?.functions ?? [];
  const name = names.includes(chosen) ? chosen : (names.at(-1) ?? "");

  const compileAndRun = async () => {
    const parsed = parseArgs(args);
    if (!parsed.ok) return setOutput({ ok: false, text: parsed.message });
    let compiler;
    try {
      compiler = await loadCompiler();
    } catch {
      return setOutput({ ok: false, text: "The compiler could not be loaded. Check your connection and try again." });
    }
    const built = compiler.buildC(text);
    if (!built.ok) {
      const e = built.errors[0]!;
      setBuild(null);
      setCall(null);
      return setOutput({
        ok: false,
        text: `The C does not compile. ${describeError(e)}`,
        excerpt: excerpt(text, e.line, e.column),
      });
    }
    setBuild(built);
    setCall(null);
    const target = built.functions.includes(chosen) ? chosen : (built.functions.at(-1) ?? "");
    const signature = built.compiled.signatures.find((s) => s.name === target);
    if (!signature) return setOutput({ ok: false, text: "The C compiled, but it defines no function to call." });
    if (!signature.asm) {
      return setOutput({
        ok: false,
        text: `${target} takes or returns a type that cannot be passed from here (int, unsigned, long and their arrays can).`,
      });
    }
    if (signature.params.length !== parsed.values.length) {
      const n = signature.params.length;
      return setOutput({
        ok: false,
        text: `${target} takes ${n} argument${n === 1 ? "" : "s"}; you gave ${parsed.values.length}.`,
      });
    }
    const safe = parsed.values.every((v) => v >= -(2n ** 53n) && v <= 2n ** 53n);
    setCall({ fn: signature.asm, args: safe ? parsed.values.map(Number) : null });
    const result = compiler.callFunction(built.compiled, target, parsed.values);
    if (result.ok) {
      const value = result.value;
      setOutput({
        ok: true,
        text: `${target}(${parsed.values.join(", ")}) returned ${value} (as ${signature.returns}), in ${result.machine.steps} steps.`,
      });
    } else {
      setOutput({ ok: false, text: describeFault(result.fault) });
    }
  };

  return (
    <div class="bc-own">
      <label class="bc-block-label" for="bc-own-c">
        Your C (one or more functions; integers and pointers, no <code>#include</code>)
      </label>
      <textarea
        id="bc-own-c"
        class="bc-c"
        rows={10}
        maxLength={MAX_SOURCE_CHARS}
        spellcheck={false}
        autocomplete="off"
        autocapitalize="off"
        disabled={!editable}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="bc-row-controls">
        <label>
          Function{" "}
          <select
            value={name}
            disabled={!editable || names.length === 0}
            onChange={(e) => setChosen(e.currentTarget.value)}
          >
            {names.length === 0 && <option value="">(the last one defined)</option>}
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          Arguments (comma-separated integers){" "}
          <input
            type="text"
            inputMode="numeric"
            value={args}
            maxLength={200}
            disabled={!editable}
            onInput={(e) => setArgs(e.currentTarget.value)}
          />
        </label>
        <button type="button" class="button-primary" disabled={!editable} onClick={() => void compileAndRun()}>
          Compile and run
        </button>
      </div>
      <p role="status" class={output && !output.ok ? "bc-problem" : ""}>
        {output?.text ?? ""}
      </p>
      {output?.excerpt && <pre class="bc-excerpt">{output.excerpt}</pre>}
      <p class="bc-muted">
        Compiled by this site’s own C compiler (written in TypeScript, lightly optimised), not by gcc: its listing is
        what this page runs.
      </p>
      {build && (
        <details open>
          <summary>The listing of your C</summary>
          <Editor
            id="bc-own-c-listing"
            lines={build.lines}
            diff={diffLines(build.lines, build.lines)}
            addresses={build.encoded.addresses}
            bytes={build.encoded.bytes}
            errors={[]}
            current={0}
            focusTick={0}
            editable={false}
            dispatch={() => undefined}
          />
        </details>
      )}
      {build && call && (
        <details>
          <summary>Step through this call</summary>
          {call.args ? (
            <StepThrough
              engine={engine}
              text={build.lines.join("\n")}
              fn={call.fn}
              tests={[{ args: call.args, expected: 0 }]}
              data={build.compiled.data}
            />
          ) : (
            <p>The step-through takes arguments within ±2^53.</p>
          )}
        </details>
      )}
    </div>
  );
}
