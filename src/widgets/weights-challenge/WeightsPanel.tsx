/**
 * "Edit the weights": every one of the 2,410 numbers, selectable by pointer or keyboard in the
 * overview pictures or, at a size a finger can hit, in the zoomed picker, with its exact value,
 * its bytes as a download holds them, and a field to change it. The tests above re-run after
 * every edit (evaluation takes a few milliseconds), and the hash shows at once that the weights
 * are no longer the published ones.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { sha256Hex, weightsToSafetensors, type MlpParams } from "../../core/nn/index.ts";
import type { MatrixLayout } from "./draw.ts";
import { HashLine } from "./HashLine.tsx";
import { SearchResults } from "./SearchResults.tsx";
import { MatrixCanvas } from "./MatrixCanvas.tsx";
import { describeChoice, overviewCell, overviewIndex, type WeightChoice } from "./selection.ts";
import { WeightPicker } from "./WeightPicker.tsx";
import {
  parseWeightValue,
  setWeight,
  tensorInfo,
  type TensorName,
  type WeightEdit,
  type WidgetState,
} from "./model.ts";
import { useThemeTick } from "./theme.ts";
import { enterRunsAction } from "../shared/sandbox-safe-form.ts";
import { formatCount } from "../../core/format/count.ts";

interface Props {
  state: WidgetState;
  setState: (update: (state: WidgetState) => WidgetState) => void;
  base: MlpParams;
  current: MlpParams;
  sha256: string;
  publishedSha256: string;
  retrained: boolean;
  onBackToPublished: () => void;
}

interface View {
  tensor: TensorName;
  label: string;
  layout: MatrixLayout;
  cell: number;
}

const VIEWS: View[] = [
  {
    tensor: "hidden.weight",
    label: "First layer: 32 hidden units, each an 8×8 picture of its weights on the pixels",
    layout: { rows: 32, cols: 64, tile: 8 },
    cell: 8,
  },
  {
    tensor: "hidden.bias",
    label: "First-layer biases: one per hidden unit",
    layout: { rows: 1, cols: 32, tile: 8 },
    cell: 12,
  },
  {
    tensor: "output.weight",
    label: "Second layer: 10 digits (rows) by 32 hidden units (columns)",
    layout: { rows: 10, cols: 32, tile: 8 },
    cell: 12,
  },
  {
    tensor: "output.bias",
    label: "Second-layer biases: one per digit",
    layout: { rows: 1, cols: 10, tile: 0 },
    cell: 16,
  },
];

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

export function WeightsPanel(props: Props) {
  const { state, setState, base, current } = props;
  const [selection, setSelection] = useState<WeightChoice>({ tensor: "output.weight", index: 7 * 32 });
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const [undoReset, setUndoReset] = useState<WeightEdit[] | null>(null);
  const [downloadUrl, setDownloadUrl] = useState<string | null>(null);
  const [fileSha256, setFileSha256] = useState("");
  const theme = useThemeTick();

  const viewIndex = VIEWS.findIndex((v) => v.tensor === selection.tensor);
  const info = tensorInfo(selection.tensor);
  const index = selection.index;
  const position = info.offset + index;
  const value = current.values[position]!;
  const edited = (tensor: TensorName) =>
    new Set(state.weightEdits.filter((e) => e.tensor === tensor).map((e) => e.index));
  const selectedChanges = edited(selection.tensor);
  const scales = useMemo(
    () =>
      VIEWS.map((v) => {
        const t = tensorInfo(v.tensor);
        let max = 0;
        for (let i = 0; i < t.rows * t.cols; i++) max = Math.max(max, Math.abs(base.values[t.offset + i]!));
        return max;
      }),
    [base],
  );

  useEffect(() => setText(String(value)), [position, value]);
  useEffect(() => {
    const bytes = weightsToSafetensors(current, { sha256: props.sha256 });
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/octet-stream" }));
    setDownloadUrl(url);
    setFileSha256(sha256Hex(bytes));
    return () => URL.revokeObjectURL(url);
  }, [current]);

  const commit = (next: number) => {
    setError("");
    setUndoReset(null);
    setState((s) => setWeight(s, base.values, selection.tensor, index, next));
  };
  const onSubmit = () => {
    const parsed = parseWeightValue(text);
    if (!parsed.ok) setError(parsed.message);
    else commit(parsed.value);
  };
  const nudge = (delta: number) => {
    const next = value + delta;
    if (Math.abs(next) > 1000) setError("Out of range: use a number from −1000 to 1000.");
    else commit(next);
  };

  // The dump shows the aligned run of 8 floats around the selected one, in download byte order.
  const start = Math.floor(index / 8) * 8;
  const end = Math.min(start + 8, info.rows * info.cols);
  const view64 = new DataView(current.values.buffer, current.values.byteOffset, current.values.byteLength);
  const dumpLines = [];
  for (let i = start; i < end; i++) {
    const at = (info.offset + i) * 8;
    const bytes = Array.from({ length: 8 }, (_, k) => hex(view64.getUint8(at + k), 2)).join(" ");
    const line = `${hex(at, 5)}  ${bytes}  ${current.values[info.offset + i]}`;
    dumpLines.push(i === index ? <mark key={i}>{line + "\n"}</mark> : <span key={i}>{line + "\n"}</span>);
  }

  return (
    <div class="wc-weights">
      <p>
        Every number the model has. Choose one (click a picture, or zoom in below and tap a square or use the arrow
        keys), then type a new value or nudge it. Can you make the 7s pass without failing anything else?
      </p>
      {props.retrained && (
        <p class="wc-notice">
          These are your retrained weights.{" "}
          <button type="button" onClick={props.onBackToPublished}>
            Back to the published weights
          </button>
        </p>
      )}
      <SearchResults published={base.values} disabled={props.retrained} setState={setState} />
      <p class="wc-small">
        Colour scale: blue is negative, red is positive, the background colour is zero; full colour at the largest
        magnitude in each tensor. A yellow dot marks a weight you changed.
      </p>
      {VIEWS.map((v, i) => {
        const changes = edited(v.tensor);
        const t = tensorInfo(v.tensor);
        const at = (r: number, c: number) => overviewIndex(v.tensor, r, c);
        return (
          <figure class="wc-figure" key={v.tensor}>
            <figcaption>
              <code>{v.tensor}</code> [{t.rows === 1 ? t.cols : `${t.rows}, ${t.cols}`}]: {v.label}
            </figcaption>
            <MatrixCanvas
              label={v.label}
              layout={v.layout}
              cell={v.cell}
              valueAt={(r, c) => current.values[t.offset + at(r, c)]!}
              changed={(r, c) => changes.has(at(r, c))}
              scale={scales[i]!}
              selected={viewIndex === i ? overviewCell(selection) : null}
              onSelect={(row, col) => setSelection({ tensor: v.tensor, index: at(row, col) })}
              version={`${props.sha256}:${theme}`}
              describedBy="wc-selected"
            />
          </figure>
        );
      })}
      <div class="wc-editor">
        <WeightPicker
          choice={selection}
          onChoose={setSelection}
          valueAt={(i) => current.values[info.offset + i]!}
          changed={(i) => selectedChanges.has(i)}
          scale={scales[viewIndex]!}
          version={`${props.sha256}:${theme}`}
        />
        <p id="wc-selected" aria-live="polite">
          Selected: <code>{selection.tensor}</code>[{index}] — {describeChoice(selection)} — value{" "}
          <code class="wc-value">{value}</code>
        </p>
        <div class="wc-row" onKeyDown={enterRunsAction(onSubmit)}>
          <label>
            New value{" "}
            <input
              class="wc-num wc-wide"
              inputMode="decimal"
              value={text}
              aria-invalid={error !== ""}
              aria-describedby="wc-weight-error"
              onInput={(event) => setText(event.currentTarget.value)}
            />
          </label>
          <button type="button" onClick={onSubmit}>
            Set weight
          </button>
          <button type="button" onClick={() => nudge(-0.1)}>
            −0.1
          </button>
          <button type="button" onClick={() => nudge(0.1)}>
            +0.1
          </button>
        </div>
        <p id="wc-weight-error" class="wc-field-error">
          {error}
        </p>
        <p class="wc-count">
          You have changed {state.weightEdits.length} of {formatCount(current.values.length)} weights.{" "}
          {state.weightEdits.length > 0 && (
            <button
              type="button"
              onClick={() => {
                setUndoReset(state.weightEdits);
                setState((s) => ({ ...s, weightEdits: [] }));
              }}
            >
              Reset all weight edits
            </button>
          )}
          {undoReset && (
            <button
              type="button"
              onClick={() => {
                setState((s) => ({ ...s, weightEdits: undoReset }));
                setUndoReset(null);
              }}
            >
              Undo reset ({undoReset.length} edits)
            </button>
          )}
        </p>
        <HashLine sha256={props.sha256} publishedSha256={props.publishedSha256} label="SHA-256 of these weights" />
      </div>
      <h3 class="wc-h">What a weights download holds</h3>
      <p class="wc-small">
        Each weight is 8 bytes: a float64, little-endian. Offset (hex) in the weights’ bytes, the 8 bytes, the value;
        your selection is highlighted. Besides a short JSON header (each tensor’s name, shape and place, a format name
        and this hash), that is all the file contains.
      </p>
      <pre class="wc-hex" tabIndex={0} aria-label="Bytes of the selected weight and its neighbours">
        {dumpLines}
      </pre>
      {downloadUrl && (
        <p>
          <a class="button" href={downloadUrl} download={`weights-${props.sha256.slice(0, 12)}.safetensors`}>
            Download these weights (.safetensors)
          </a>
        </p>
      )}
      {downloadUrl && (
        <dl class="wc-small wc-file-hashes">
          <dt>
            SHA-256 of the file (<code>sha256sum weights-{props.sha256.slice(0, 12)}.safetensors</code>)
          </dt>
          <dd>
            <code class="wc-sha" data-file-sha256={fileSha256}>
              {fileSha256}
            </code>
          </dd>
          <dt>
            SHA-256 of the weights alone, the hash shown above: the file’s last {formatCount(current.values.length * 8)}{" "}
            bytes, after its JSON header (
            <code>
              tail -c {current.values.length * 8} weights-{props.sha256.slice(0, 12)}.safetensors | sha256sum
            </code>
            )
          </dt>
          <dd>
            <code class="wc-sha">{props.sha256}</code>
          </dd>
        </dl>
      )}
    </div>
  );
}
