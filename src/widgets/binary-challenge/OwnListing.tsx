/**
 * Bring your own listing: paste gcc or clang Intel-syntax output, pick a function, give arguments
 * and run it on the same simulated CPU. Arguments go in the System V registers: integers, "text"
 * (a string in memory, passed by address) and arrays such as i32[3,1,2]; the result is rax, shown
 * whole and as the 32-bit int an `int` function means, then what the function left in each string
 * and array (functions that sort or fill a buffer). Only the chosen function and what it reaches
 * must be supported. The core's reader-call module loads on the first run.
 */
import { useState } from "preact/hooks";
import { detectFunctions, MAX_ARGUMENT_CHARS, MAX_OWN_CHARS } from "./own.ts";
import { describeFault } from "./results.ts";
import type { Engine } from "./engine.ts";

interface Props {
  initial: string;
  loadEngine: () => Promise<Engine>;
  editable: boolean;
}

export function OwnListing({ initial, loadEngine, editable }: Props) {
  const [text, setText] = useState(initial);
  const [chosen, setChosen] = useState("");
  const [args, setArgs] = useState("18");
  const [output, setOutput] = useState<{ ok: boolean; text: string } | null>(null);
  const names = detectFunctions(text);
  const name = names.includes(chosen) ? chosen : (names[0] ?? "");

  const runIt = async () => {
    if (!name) return setOutput({ ok: false, text: "No function found: the listing needs a label such as `f:`." });
    // The engine chunk brings the core; the reader-call module shares it.
    await loadEngine();
    const { callReaderListing } = await import("../../core/asm/call-reader.ts");
    const result = callReaderListing(text, name, args);
    if (result.ok) {
      const rax = BigInt.asIntN(64, result.rax);
      const memory = result.memory.flatMap((m, i) => (m === null ? [] : [`argument ${i + 1} is now ${m}`]));
      setOutput({
        ok: true,
        text: `${name}(${result.summary}) returned rax = ${rax} (0x${BigInt.asUintN(64, rax).toString(16)}); as a 32-bit int: ${BigInt.asIntN(32, rax)}. ${result.steps} steps.${memory.length ? ` ${memory.join("; ")}.` : ""}`,
      });
    } else if (result.kind === "arguments") {
      setOutput({ ok: false, text: result.message });
    } else if (result.kind === "listing") {
      const e = result.error;
      setOutput({ ok: false, text: `Line ${e.line}, column ${e.column}: ${e.message}` });
    } else {
      setOutput({ ok: false, text: describeFault(result.fault) });
    }
  };

  return (
    <div class="bc-own">
      <label class="bc-block-label" for="bc-own-text">
        Your listing (gcc or clang, Intel syntax, e.g. from <code>gcc -O2 -S -masm=intel</code>)
      </label>
      <textarea
        id="bc-own-text"
        class="bc-c"
        rows={10}
        maxLength={MAX_OWN_CHARS}
        spellcheck={false}
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
            {names.length === 0 && <option value="">(no label found)</option>}
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          Arguments (comma-separated: integers, "text", arrays such as i32[3,1,2]){" "}
          <input
            type="text"
            value={args}
            maxLength={MAX_ARGUMENT_CHARS}
            disabled={!editable}
            onInput={(e) => setArgs(e.currentTarget.value)}
          />
        </label>
        <button type="button" class="button-primary" disabled={!editable} onClick={() => void runIt()}>
          Run it
        </button>
      </div>
      <p role="status" class={output && !output.ok ? "bc-problem" : ""}>
        {output?.text ?? ""}
      </p>
    </div>
  );
}
