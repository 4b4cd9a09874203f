/**
 * Bring your own listing: paste gcc or clang Intel-syntax output, pick a function, give integer
 * arguments and run it on the same simulated CPU. Arguments are passed as 64-bit integers in the
 * System V registers; the result is rax, shown whole and as the 32-bit int an `int` function means.
 */
import { useState } from "preact/hooks";
import { detectFunctions, MAX_OWN_CHARS, parseArgs } from "./own.ts";
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
    const parsed = parseArgs(args);
    if (!parsed.ok) return setOutput({ ok: false, text: parsed.message });
    if (!name) return setOutput({ ok: false, text: "No function found: the listing needs a label such as `f:`." });
    const engine = await loadEngine();
    const fn = {
      name,
      returns: "long" as const,
      params: parsed.values.map((_, i) => ({ name: `a${i}`, type: "long" as const })),
    };
    const result = engine.callListing(text, fn, parsed.values);
    if (result.ok) {
      const rax = BigInt.asIntN(64, result.value);
      setOutput({
        ok: true,
        text: `${name}(${parsed.values.join(", ")}) returned rax = ${rax} (0x${BigInt.asUintN(64, rax).toString(16)}); as a 32-bit int: ${BigInt.asIntN(32, rax)}. ${result.machine.steps} steps.`,
      });
    } else if ("errors" in result) {
      const e = result.errors[0]!;
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
