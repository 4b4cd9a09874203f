/**
 * "Fix the data": browse the training images by batch and by label, look at what each one
 * really shows, relabel or leave out the wrong ones (one by one, a selection, or a whole batch),
 * then retrain. Every change is an edit in a list, so undo and "revert everything" are exact.
 */
import { useMemo, useState } from "preact/hooks";
import type { DataEdit } from "../../core/nn/index.ts";
import type { ChallengeData } from "./rows.ts";
import {
  addDataEdits,
  mergeDataEdits,
  describeDataEdit,
  dropSelection,
  labelsAfterEdits,
  relabelSelection,
  undoDataEdit,
  type WidgetState,
} from "./model.ts";
import { Retrain } from "./Retrain.tsx";
import type { Trained, TrainedOn } from "./trainer.ts";
import { Thumb } from "./Thumbs.tsx";
import { memo } from "../shared/memo.ts";
import { useLatestCallback } from "../shared/use-latest-callback.ts";
import { formatCount } from "../../core/format/count.ts";

interface Props {
  state: WidgetState;
  setState: (update: (state: WidgetState) => WidgetState) => void;
  data: ChallengeData;
  publishedSha256: string;
  onTrained: (result: Trained, on: TrainedOn) => void;
}

const PAGE = 120;
const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

export function DataPanel({ state, setState, data, publishedSha256, onTrained }: Props) {
  const { train, batchNames } = data;
  const [batch, setBatch] = useState("all");
  const [label, setLabel] = useState("1");
  const [shown, setShown] = useState(PAGE);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [target, setTarget] = useState(7);
  const [reverted, setReverted] = useState<DataEdit[] | null>(null);
  const [message, setMessage] = useState("");

  const { labels, kept } = useMemo(
    () => labelsAfterEdits(train.labels, train.batches, batchNames, state.dataEdits),
    [state.dataEdits],
  );
  const matches = useMemo(() => {
    const out: number[] = [];
    const b = batchNames.indexOf(batch);
    for (let i = 0; i < train.count; i++) {
      if (batch !== "all" && train.batches[i] !== b) continue;
      if (label !== "all" && labels[i] !== Number(label)) continue;
      out.push(i);
    }
    return out;
  }, [labels, batch, label]);
  const isFixedData = useMemo(() => {
    for (let i = 0; i < train.count; i++) if (!kept[i] || labels[i] !== train.fixedLabels[i]) return false;
    return true;
  }, [labels, kept]);

  const edit = (edits: DataEdit[], what: string) => {
    setReverted(null);
    setSelected(new Set());
    if (edits.length === 0) return setMessage("Nothing to change: those examples already are that way.");
    const merged = mergeDataEdits(state.dataEdits, edits);
    if (!merged.ok) return setMessage(merged.message);
    setState((s) => addDataEdits(s, edits));
    setMessage(`${what}. Retrain to see the effect.`);
  };
  // Stable, so the memoised list of images re-renders only when what it shows changes.
  const toggle = useLatestCallback((example: number) =>
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(example)) next.add(example);
      return next;
    }),
  );
  const count = selected.size;

  return (
    <div class="wc-data">
      <p>
        The {formatCount(train.count)} training images, each with the label it was given and the labelling batch it came
        from. The tests say 7s are read as 1s: look at the images labelled 1, batch by batch.
      </p>
      <div class="wc-row" role="group" aria-label="Filters">
        <label>
          Batch{" "}
          <select value={batch} onChange={(e) => (setBatch(e.currentTarget.value), setShown(PAGE))}>
            <option value="all">all batches</option>
            {batchNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Label{" "}
          <select value={label} onChange={(e) => (setLabel(e.currentTarget.value), setShown(PAGE))}>
            <option value="all">any label</option>
            {DIGITS.map((d) => (
              <option key={d} value={String(d)}>
                labelled {d}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="wc-small" aria-live="polite">
        {matches.length} images match; {count} selected.
      </p>
      <ThumbList
        matches={matches}
        shown={shown}
        labels={labels}
        kept={kept}
        selected={selected}
        train={train}
        batchNames={batchNames}
        toggle={toggle}
      />
      {matches.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, matches.length - shown)} more
        </button>
      )}
      <div class="wc-row" role="group" aria-label="Selected images">
        <button type="button" onClick={() => setSelected(new Set(matches))}>
          Select all {matches.length} matching
        </button>
        <button type="button" disabled={count === 0} onClick={() => setSelected(new Set())}>
          Clear selection
        </button>
        <label>
          New label{" "}
          <select value={String(target)} onChange={(e) => setTarget(Number(e.currentTarget.value))}>
            {DIGITS.map((d) => (
              <option key={d} value={String(d)}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={count === 0}
          onClick={() => edit(relabelSelection(selected, target, labels), `Relabelled ${count} selected as ${target}`)}
        >
          Relabel {count} selected as {target}
        </button>
        <button
          type="button"
          disabled={count === 0}
          onClick={() => edit(dropSelection(selected, kept), `Left ${count} out`)}
        >
          Leave {count} selected out
        </button>
      </div>
      {batch !== "all" && (
        <div class="wc-batch" role="group" aria-label={`Whole-batch actions for ${batch}`}>
          {label !== "all" && (
            <p>
              <button
                type="button"
                onClick={() =>
                  edit(
                    [{ op: "relabelBatch", batch, from: Number(label), to: target }],
                    `Every ${label} in ${batch} is now ${target}`,
                  )
                }
              >
                Relabel every {label} in {batch} as {target}
              </button>{" "}
              <span class="wc-small">
                Quick, but blunt: any image in {batch} that really is a {label} gets relabelled too. Look at the
                pictures first.
              </span>
            </p>
          )}
          <p>
            <button type="button" onClick={() => edit([{ op: "dropBatch", batch }], `${batch} left out`)}>
              Leave all of {batch} out
            </button>{" "}
            <span class="wc-small">Throws away its good images along with the bad labels.</span>
          </p>
        </div>
      )}
      <p role="status" class="wc-small">
        {message}
      </p>
      <div class="wc-edits">
        <p>
          {state.dataEdits.length === 0
            ? "No data edits: this is the shipped training data."
            : `${state.dataEdits.length} data ${state.dataEdits.length === 1 ? "edit" : "edits"}${isFixedData ? " — exactly the true labels" : ""}. Latest: ${describeDataEdit(state.dataEdits[state.dataEdits.length - 1]!)}.`}
        </p>
        <div class="wc-row">
          <button type="button" disabled={state.dataEdits.length === 0} onClick={() => setState(undoDataEdit)}>
            Undo last data edit
          </button>
          <button
            type="button"
            disabled={state.dataEdits.length === 0}
            onClick={() => {
              setReverted(state.dataEdits);
              setState((s) => ({ ...s, dataEdits: [] }));
              setMessage("All data edits undone: this is the shipped data again.");
            }}
          >
            Revert to the shipped data
          </button>
          {reverted && (
            <button
              type="button"
              onClick={() => {
                setState((s) => ({ ...s, dataEdits: reverted }));
                setReverted(null);
              }}
            >
              Restore my {reverted.length} edits
            </button>
          )}
        </div>
      </div>
      <Retrain
        data={data}
        edits={state.dataEdits}
        isFixedData={isFixedData}
        learningRate={state.learningRate}
        setLearningRate={(learningRate) => setState((s) => ({ ...s, learningRate }))}
        weightEditCount={state.weightEdits.length}
        publishedSha256={publishedSha256}
        onTrained={onTrained}
      />
    </div>
  );
}

interface ThumbListProps {
  matches: readonly number[];
  shown: number;
  labels: Uint8Array;
  kept: Uint8Array;
  selected: ReadonlySet<number>;
  train: ChallengeData["train"];
  batchNames: readonly string[];
  toggle: (example: number) => void;
}

/**
 * The shown images with their checkboxes (120 and more): memoised, so a retrain's progress and
 * its result, which re-render the panel around it, do not diff the list again.
 */
const ThumbList = memo(function ThumbList(props: ThumbListProps) {
  const { matches, shown, labels, kept, selected, train, batchNames, toggle } = props;
  return (
    <ul class="wc-thumbs" aria-label="Training images">
      {matches.slice(0, shown).map((i) => {
        const was = labels[i] !== train.labels[i] ? ` (was ${train.labels[i]})` : "";
        return (
          <li key={i} class={kept[i] ? undefined : "wc-dropped"}>
            <label>
              <input type="checkbox" checked={selected.has(i)} onChange={() => toggle(i)} />
              <Thumb pixels={train.pixels.subarray(i * 64, i * 64 + 64)} />
              <span>
                #{i}, labelled {labels[i]}
                {was}, {batchNames[train.batches[i]!]}
                {kept[i] ? "" : ", left out"}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
});
