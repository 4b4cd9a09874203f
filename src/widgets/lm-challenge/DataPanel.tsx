/**
 * Fix the data: search the corpus, see which contributor's batch says what, replace or drop
 * sentences, and retrain in the worker (the same trainer as `npm run train:lm`), with progress and
 * a live loss curve. Edits are a list on top of the shipped corpus: reverting them all and
 * retraining gives the published weights, bit for bit.
 */
import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { sentenceProblem, type Corpus, type DataEdit } from "../../core/lm/corpus.ts";
import { LM_CONFIG, LM_RECIPE } from "../../core/lm/model-spec.ts";
import { tokenise } from "../../core/lm/vocabulary.ts";
import { BehaviourTable } from "./BehaviourTable.tsx";
import { LossCurve } from "./LossCurve.tsx";
import {
  MAX_SENTENCE_CHARS,
  removeDataEdit,
  searchSentences,
  sentenceAfterEdits,
  setDataEdit,
  type WidgetState,
} from "./model.ts";
import { reportOf, type Report } from "./report.ts";
import type { Client } from "./worker-client.ts";

export interface Retrained {
  values: Float64Array;
  sha256: string;
  report: Report;
  milliseconds: number;
  edits: number;
}

interface Props {
  corpus: Corpus;
  state: WidgetState;
  setState: (update: (s: WidgetState) => WidgetState) => void;
  client: Client;
  publishedSha256: string;
  onTrained: (result: Retrained) => void;
}

export function DataPanel({ corpus, state, setState, client, publishedSha256, onTrained }: Props) {
  const [query, setQuery] = useState("australia capital");
  const [editing, setEditing] = useState<{ index: number; text: string } | null>(null);
  const [progress, setProgress] = useState<{ step: number; totalSteps: number; losses: number[] } | null>(null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Retrained | { message: string } | null>(null);
  const texts = useMemo(() => corpus.sentences.map((s) => s.text), [corpus]);
  const hits = useMemo(() => searchSentences(texts, query.slice(0, 80)), [texts, query]);
  const editProblem = editing ? sentenceProblem(editing.text, corpus.vocabulary, LM_CONFIG.context) : null;
  // Edit swaps a sentence's buttons for a text field and Save/Cancel swap them back: focus follows,
  // or a keyboard reader would be dropped at the top of the page each time.
  const listRef = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<{ index: number; what: "field" | "edit" } | null>(null);
  const startEditing = (index: number, text: string) => {
    focusAfter.current = { index, what: "field" };
    setEditing({ index, text });
  };
  const stopEditing = (index: number) => {
    focusAfter.current = { index, what: "edit" };
    setEditing(null);
  };
  const save = (index: number, shipped: string, text: string) => {
    setState((s) => (text === shipped ? removeDataEdit(s, index) : setDataEdit(s, { kind: "replace", index, text })));
    stopEditing(index);
  };
  // A layout effect: focus moves in the same task as the DOM change, before anything else renders.
  useLayoutEffect(() => {
    const wanted = focusAfter.current;
    focusAfter.current = null;
    if (!wanted) return;
    const item = listRef.current?.querySelector(`li[data-sentence="${wanted.index}"]`);
    item?.querySelector<HTMLElement>(wanted.what === "field" ? "input" : "button")?.focus();
  }, [editing]);

  const retrain = () => {
    setRunning(true);
    setOutcome(null);
    const losses: number[] = [];
    const edits: DataEdit[] = [...state.dataEdits].sort((a, b) => a.index - b.index);
    void client
      .request({ kind: "train", edits }, (p) => {
        losses.push(...p.losses);
        setProgress({ step: p.step, totalSteps: p.totalSteps, losses: [...losses] });
      })
      .then((reply) => {
        setRunning(false);
        if (reply.kind === "trained") {
          const result = {
            values: reply.values,
            sha256: reply.sha256,
            report: reportOf(reply.behaviour),
            milliseconds: reply.milliseconds,
            edits: edits.length,
          };
          setOutcome(result);
          onTrained(result);
        } else setOutcome({ message: reply.kind === "failed" ? reply.message : "Unexpected reply." });
      });
  };

  return (
    <div class="lm-data">
      <section aria-labelledby="lm-batches-title">
        <h3 id="lm-batches-title">Who wrote what</h3>
        <ul class="lm-batches">
          {corpus.batches.map((b) => {
            const count = corpus.sentences.filter((s) => s.batch === b.id).length;
            return (
              <li key={b.id}>
                <button type="button" onClick={() => setQuery(b.id)}>
                  {b.id}
                </button>{" "}
                {b.contributor}: {b.description} ({count} sentences)
              </li>
            );
          })}
        </ul>
      </section>
      <p>
        <label for="lm-search">Search the {corpus.sentences.length} training sentences</label>{" "}
        <input
          id="lm-search"
          type="search"
          value={query}
          maxLength={80}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />{" "}
        <span class="lm-small" role="status">
          {hits.length === 60 ? "the first 60 matches" : `${hits.length} match${hits.length === 1 ? "" : "es"}`}
        </span>
      </p>
      <ol class="lm-sentences" ref={listRef}>
        {hits.map((index) => {
          const sentence = corpus.sentences[index]!;
          const now = sentenceAfterEdits(sentence.text, index, state.dataEdits);
          const edited = state.dataEdits.some((e) => e.index === index);
          const batch = corpus.batches.find((b) => b.id === sentence.batch);
          return (
            <li key={index} data-sentence={index}>
              <span class="lm-small">
                #{index} · {sentence.batch}
                {batch ? ` (${batch.contributor})` : ""}
              </span>{" "}
              {now === null ? <del>{sentence.text}</del> : edited ? <ins>{now}</ins> : <span>{now}</span>}{" "}
              {editing?.index === index ? (
                <span class="lm-edit">
                  <input
                    type="text"
                    aria-label={`New text for sentence ${index}`}
                    value={editing.text}
                    maxLength={MAX_SENTENCE_CHARS}
                    onInput={(e) => setEditing({ index, text: e.currentTarget.value })}
                    onKeyDown={(e) => {
                      // The field's own value: the render for the last keystroke may not have run yet.
                      const text = e.currentTarget.value;
                      if (e.key === "Enter" && sentenceProblem(text, corpus.vocabulary, LM_CONFIG.context) === null) {
                        e.preventDefault(); // the Enter must not also press the button that receives focus
                        save(index, sentence.text, text);
                      } else if (e.key === "Escape") stopEditing(index);
                    }}
                  />{" "}
                  <button
                    type="button"
                    disabled={editProblem !== null}
                    onClick={() => save(index, sentence.text, editing.text)}
                  >
                    Save
                  </button>{" "}
                  <button type="button" onClick={() => stopEditing(index)}>
                    Cancel
                  </button>
                  {editProblem && (
                    <span class="lm-error" role="status">
                      {" "}
                      {editProblem}
                      {markUnknown(editing.text, corpus)}
                    </span>
                  )}
                </span>
              ) : (
                <>
                  <button type="button" onClick={() => startEditing(index, now ?? sentence.text)}>
                    Edit #{index}
                  </button>{" "}
                  {now === null || edited ? (
                    <button type="button" onClick={() => setState((s) => removeDataEdit(s, index))}>
                      Restore #{index}
                    </button>
                  ) : (
                    <button type="button" onClick={() => setState((s) => setDataEdit(s, { kind: "drop", index }))}>
                      Drop #{index}
                    </button>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
      <p>
        {state.dataEdits.length} sentence{state.dataEdits.length === 1 ? "" : "s"} changed.{" "}
        <button
          type="button"
          disabled={state.dataEdits.length === 0}
          onClick={() => setState((s) => ({ ...s, dataEdits: [] }))}
        >
          Revert every data edit
        </button>
      </p>
      <p>
        <button type="button" class="button-primary" disabled={running} onClick={retrain}>
          Retrain from scratch ({LM_RECIPE.epochs} epochs, seed {LM_RECIPE.seed})
        </button>{" "}
        {running && (
          <button type="button" onClick={() => client.cancel()}>
            Cancel
          </button>
        )}
      </p>
      {progress && (
        <div>
          <p>
            <label for="lm-progress">Training</label>{" "}
            <progress id="lm-progress" max={progress.totalSteps} value={progress.step} /> step {progress.step} of{" "}
            {progress.totalSteps}
          </p>
          <LossCurve losses={progress.losses} totalSteps={progress.totalSteps} />
        </div>
      )}
      {outcome && "message" in outcome && (
        <p class="lm-error" role="alert">
          {outcome.message}
        </p>
      )}
      {outcome && "sha256" in outcome && (
        <div role="status">
          <p class="lm-hash">
            Retrained in {(outcome.milliseconds / 1000).toFixed(1)} s with {outcome.edits} edit
            {outcome.edits === 1 ? "" : "s"}. SHA-256 of the weights:{" "}
            <code class="lm-sha" data-retrained-sha256={outcome.sha256}>
              {outcome.sha256}
            </code>{" "}
            <strong>
              {outcome.sha256 === publishedSha256
                ? "the published weights, bit for bit"
                : "differs from the published weights"}
            </strong>
          </p>
          <BehaviourTable report={outcome.report} caption="Behaviour tests, retrained weights" />
        </div>
      )}
    </div>
  );
}

function markUnknown(text: string, corpus: Corpus) {
  const tokens = tokenise(text, corpus.vocabulary);
  const unknown = tokens.words.filter((w) => w.id < 0);
  if (unknown.length === 0) return null;
  return (
    <>
      {" "}
      (unknown:{" "}
      {unknown.map((w, i) => (
        <mark key={i} class="lm-unknown">
          {w.text}
        </mark>
      ))}
      )
    </>
  );
}
