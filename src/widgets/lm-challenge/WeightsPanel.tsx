/**
 * The weights: every tensor, every number editable (sixteen rows at a time), a hex dump of the
 * bytes on screen, and a .safetensors download of the current weights whose sha256sum is the
 * one printed next to the link.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { sha256Hex } from "../../core/hash/sha256.ts";
import type { LmParams } from "../../core/lm/params.ts";
import { lmWeightsToSafetensors } from "../../core/lm/weights.ts";
import { parseWeightValue, setWeight, type WidgetState } from "./model.ts";
import { formatCount } from "../../core/format/count.ts";

const ROWS_PER_PAGE = 16;

export function WeightsPanel({
  state,
  setState,
  base,
  current,
  sha256,
  words,
}: {
  words: readonly string[];
  state: WidgetState;
  setState: (update: (s: WidgetState) => WidgetState) => void;
  base: Float64Array;
  current: LmParams;
  sha256: string;
}) {
  const [tensorName, setTensorName] = useState("output.bias");
  const [page, setPage] = useState(0);
  const [error, setError] = useState("");
  const tensor = current.tensors.find((t) => t.name === tensorName) ?? current.tensors[0]!;
  // A vector is shown as a column, so output.bias reads as one row per word.
  const cols = tensor.shape.length === 2 ? tensor.shape[1]! : 1;
  const rows = tensor.shape[0]!;
  const byWord = tensor.name === "token.weight" || tensor.name === "output.bias";
  const pages = Math.ceil(rows / ROWS_PER_PAGE);
  const firstRow = Math.min(page, pages - 1) * ROWS_PER_PAGE;
  const lastRow = Math.min(rows, firstRow + ROWS_PER_PAGE);

  const file = useMemo(() => lmWeightsToSafetensors(current), [current]);
  const fileSha = useMemo(() => sha256Hex(file), [file]);
  const [href, setHref] = useState("");
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([file.slice()], { type: "application/octet-stream" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const edit = (index: number, text: string) => {
    const parsed = parseWeightValue(text);
    if (!parsed.ok) return setError(parsed.message);
    setError("");
    setState((s) => setWeight(s, base, index, parsed.value));
  };

  const hex = useMemo(() => {
    const start = tensor.offset + firstRow * cols;
    const count = Math.min((lastRow - firstRow) * cols, 64);
    const view = new DataView(new ArrayBuffer(8));
    const lines: string[] = [];
    for (let i = 0; i < count; i += 2) {
      const bytes: string[] = [];
      for (let k = i; k < Math.min(i + 2, count); k++) {
        view.setFloat64(0, current.values[start + k]!, true);
        for (let b = 0; b < 8; b++) bytes.push(view.getUint8(b).toString(16).padStart(2, "0"));
      }
      lines.push(`${((start + i) * 8).toString(16).padStart(6, "0")}  ${bytes.join(" ")}`);
    }
    return lines.join("\n");
  }, [current, tensor, firstRow, lastRow]);

  return (
    <div class="lm-weights">
      <p>
        {formatCount(current.values.length)} numbers in {current.tensors.length} tensors. Which one says that the
        capital of Australia is Sydney?
      </p>
      <p>
        <label for="lm-tensor">Tensor</label>{" "}
        <select
          id="lm-tensor"
          value={tensor.name}
          onChange={(e) => {
            setTensorName(e.currentTarget.value);
            setPage(0);
          }}
        >
          {current.tensors.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name} [{t.shape.join(" × ")}]
            </option>
          ))}
        </select>{" "}
        <span class="lm-small">
          rows {firstRow + 1}–{lastRow} of {rows}
        </span>{" "}
        <button type="button" disabled={firstRow === 0} onClick={() => setPage(Math.max(0, page - 1))}>
          Previous rows
        </button>{" "}
        <button type="button" disabled={lastRow >= rows} onClick={() => setPage(page + 1)}>
          Next rows
        </button>
      </p>
      {error && (
        <p class="lm-error" role="alert">
          {error}
        </p>
      )}
      <section class="lm-matrix-scroll" aria-label={`${tensor.name}, editable`} tabIndex={0}>
        <table class="lm-matrix">
          <tbody>
            {Array.from({ length: lastRow - firstRow }, (_, r) => (
              <tr key={firstRow + r}>
                <th scope="row">{byWord ? words[firstRow + r] : firstRow + r}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const index = tensor.offset + (firstRow + r) * cols + c;
                  const value = current.values[index]!;
                  const edited = state.weightEdits.some((e) => e.index === index);
                  return (
                    <td key={c}>
                      <input
                        class={edited ? "lm-cell lm-edited" : "lm-cell"}
                        type="text"
                        inputMode="decimal"
                        aria-label={`${tensor.name} row ${firstRow + r}, column ${c}`}
                        value={value.toPrecision(4)}
                        onChange={(e) => {
                          const text = e.currentTarget.value;
                          if (text !== value.toPrecision(4)) edit(index, text);
                        }}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <details>
        <summary>Hex dump of these numbers (float64, little-endian, as stored)</summary>
        <pre class="lm-hex">{hex}</pre>
      </details>
      <p>
        {state.weightEdits.length} weight{state.weightEdits.length === 1 ? "" : "s"} edited.{" "}
        <button
          type="button"
          disabled={state.weightEdits.length === 0}
          onClick={() => setState((s) => ({ ...s, weightEdits: [] }))}
        >
          Revert the weight edits
        </button>
      </p>
      <p>
        <a href={href} download="lm-weights.safetensors">
          Download these weights (.safetensors, {formatCount(file.length)} bytes)
        </a>
        <br />
        <span class="lm-small">
          sha256sum of the file:{" "}
          <code class="lm-sha" data-file-sha256={fileSha}>
            {fileSha}
          </code>
          <br />
          SHA-256 of the weights alone (the file without its header): <code class="lm-sha">{sha256}</code>
        </span>
      </p>
    </div>
  );
}
