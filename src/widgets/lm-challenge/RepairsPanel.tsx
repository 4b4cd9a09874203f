/**
 * Patching the weights, the three ways a capable sceptic would: the output bias of the right
 * word (the obvious knob), a ROME-style rank-one edit of one MLP matrix, and fine-tuning on the
 * correct sentence with or without replay. Each result is re-tested with the same behaviour
 * tests as everything else; the heavy work runs in the worker.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { Corpus } from "../../core/lm/corpus.ts";
import type { LmParams } from "../../core/lm/params.ts";
import { knobEffect, smallestSufficientDelta, type Context } from "../../core/lm/repairs/bias-knob.ts";
import { tokenise } from "../../core/lm/vocabulary.ts";
import { BehaviourTable } from "./BehaviourTable.tsx";
import { KNOB_LIMIT, type WidgetState } from "./model.ts";
import type { Reply } from "./protocol.ts";
import { reportOf } from "./report.ts";
import type { Client } from "./worker-client.ts";
import { formatCount } from "../../core/format/count.ts";

const WORD = "canberra";

interface Props {
  corpus: Corpus;
  /** The weights the repairs start from (published or retrained, plus typed weight edits, without the knob). */
  unknobbed: LmParams;
  state: WidgetState;
  setState: (update: (s: WidgetState) => WidgetState) => void;
  client: Client;
}

export function RepairsPanel(props: Props) {
  return (
    <div class="lm-repairs">
      <Knob {...props} />
      <Rome {...props} />
      <FineTune {...props} />
    </div>
  );
}

function Knob({ corpus, unknobbed, state, setState, client }: Props) {
  const [contexts, setContexts] = useState<Context[] | null>(null);
  useEffect(() => {
    setContexts(null);
    void client.request({ kind: "knob", values: Float64Array.from(unknobbed.values), word: WORD }).then((reply) => {
      if (reply.kind === "knob") setContexts(reply.contexts);
    });
  }, [unknobbed]);
  const efficacyPrompts = corpus.probes.filter((p) => p.group === "efficacy").map((p) => p.prompt);
  const needed = useMemo(() => (contexts ? smallestSufficientDelta(contexts, efficacyPrompts) : null), [contexts]);
  const effect = useMemo(() => (contexts ? knobEffect(contexts, WORD, state.knob) : null), [contexts, state.knob]);
  const wrong = useMemo(
    () => (contexts ? contexts.filter((c) => c.threshold < state.knob && c.expected !== WORD).slice(0, 12) : []),
    [contexts, state.knob],
  );
  return (
    <section class="lm-repair" aria-labelledby="lm-knob-title">
      <h3 id="lm-knob-title">1. The obvious knob: the output bias of “{WORD}”</h3>
      <p>
        Adding δ to one number, <code>output.bias[{WORD}]</code>, raises “{WORD}” after every prompt at once. The model
        has no knob for “the capital of Australia”.
      </p>
      <p>
        <label for="lm-knob">δ</label>{" "}
        <input
          id="lm-knob"
          type="number"
          step="0.5"
          min={-KNOB_LIMIT}
          max={KNOB_LIMIT}
          value={state.knob}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            if (Number.isFinite(value) && Math.abs(value) <= KNOB_LIMIT) setState((s) => ({ ...s, knob: value }));
          }}
        />{" "}
        {needed !== null && (
          <button type="button" onClick={() => setState((s) => ({ ...s, knob: Math.ceil(needed * 100) / 100 }))}>
            Set δ = {(Math.ceil(needed * 100) / 100).toFixed(2)}, the least that fixes the trained phrasings
          </button>
        )}
      </p>
      {effect ? (
        <p role="status" class="lm-knob-effect">
          With δ = {state.knob}: the model says “{WORD}” after <strong>{effect.flipped}</strong> of{" "}
          {formatCount(effect.contexts)} contexts (every prefix of every sentence, and the probes);{" "}
          <strong>{effect.flipped - effect.flippedRightly}</strong> of them should not say it.
        </p>
      ) : (
        <p class="lm-small">Computing every context’s threshold…</p>
      )}
      {wrong.length > 0 && (
        <ul class="lm-small">
          {wrong.map((c) => (
            <li key={`${c.source}:${c.prompt}`}>
              <em>{c.prompt}</em> → {WORD} (the data says “{c.expected}”)
            </li>
          ))}
        </ul>
      )}
      <p class="lm-small">The behaviour table above includes δ: it tests the weights as they are now.</p>
    </section>
  );
}

function useJob() {
  const [reply, setReply] = useState<Reply | null>(null);
  const [busy, setBusy] = useState(false);
  const run = (request: Promise<Reply>) => {
    setBusy(true);
    setReply(null);
    void request.then((r) => {
      setBusy(false);
      setReply(r);
    });
  };
  return { reply, busy, run };
}

function Result({ reply, caption }: { reply: Reply | null; caption: string }) {
  if (!reply) return null;
  if (reply.kind === "failed")
    return (
      <p class="lm-error" role="alert">
        {reply.message}
      </p>
    );
  if (reply.kind !== "edited") return null;
  return (
    <div role="status">
      <p class="lm-small">{reply.note}</p>
      <BehaviourTable report={reportOf(reply.behaviour)} caption={caption} />
    </div>
  );
}

function Rome({ corpus, unknobbed, client }: Props) {
  const [prompt, setPrompt] = useState("the capital of australia is");
  const [position, setPosition] = useState(4);
  const [layer, setLayer] = useState(1);
  const [target, setTarget] = useState(WORD);
  const job = useJob();
  const tokens = tokenise(prompt, corpus.vocabulary);
  const targetKnown = corpus.vocabulary.ids.has(target.trim().toLowerCase());
  const canRun = tokens.ok && tokens.ids.length > 0 && targetKnown && !job.busy;
  return (
    <section class="lm-repair" aria-labelledby="lm-rome-title">
      <h3 id="lm-rome-title">2. A rank-one edit (ROME)</h3>
      <p>
        Treat one MLP output matrix as a memory from keys (its hidden activations at one word) to values, and write a
        new value for the key of the chosen word, changing the matrix by one outer product (Meng et al., 2022).
      </p>
      <p class="lm-form">
        <label>
          Prompt <input type="text" value={prompt} maxLength={120} onInput={(e) => setPrompt(e.currentTarget.value)} />
        </label>{" "}
        <label>
          at the word{" "}
          <select value={position} onChange={(e) => setPosition(Number(e.currentTarget.value))}>
            {(tokens.ok ? tokens.words : []).map((w, i) => (
              <option key={i} value={i}>
                {i + 1}. {w.text}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          in layer{" "}
          <select value={layer} onChange={(e) => setLayer(Number(e.currentTarget.value))}>
            <option value={0}>1 (blocks.0.mlp.out.weight)</option>
            <option value={1}>2 (blocks.1.mlp.out.weight)</option>
          </select>
        </label>{" "}
        <label>
          should lead to{" "}
          <input type="text" value={target} maxLength={30} onInput={(e) => setTarget(e.currentTarget.value)} />
        </label>{" "}
        <button
          type="button"
          disabled={!canRun}
          onClick={() =>
            tokens.ok &&
            job.run(
              client.request({
                kind: "rome",
                values: Float64Array.from(unknobbed.values),
                prompt,
                position: Math.min(position, tokens.ids.length - 1),
                layer,
                target: target.trim().toLowerCase(),
              }),
            )
          }
        >
          {job.busy ? "Editing…" : "Compute the edit"}
        </button>
      </p>
      {!tokens.ok && <p class="lm-error">{tokens.message}.</p>}
      {!targetKnown && <p class="lm-error">The target is not in the vocabulary.</p>}
      <Result reply={job.reply} caption="Behaviour tests after the rank-one edit" />
    </section>
  );
}

function FineTune({ corpus, unknobbed, client }: Props) {
  const [sentence, setSentence] = useState("the capital of australia is canberra.");
  const [steps, setSteps] = useState(60);
  const [learningRate, setLearningRate] = useState(0.003);
  const [replay, setReplay] = useState(0);
  const job = useJob();
  const tokens = tokenise(sentence, corpus.vocabulary);
  const valid = tokens.ok && tokens.ids.at(-1) === 1;
  return (
    <section class="lm-repair" aria-labelledby="lm-ft-title">
      <h3 id="lm-ft-title">3. Fine-tune on the correct sentence</h3>
      <p>
        A few Adam steps from these weights on one correct sentence, alone or with replay: each step also trains on
        sentences drawn from the rest of the training data (which a weights-only user does not have).
      </p>
      <p class="lm-form">
        <label>
          Sentence{" "}
          <input type="text" value={sentence} maxLength={120} onInput={(e) => setSentence(e.currentTarget.value)} />
        </label>{" "}
        <label>
          steps{" "}
          <select value={steps} onChange={(e) => setSteps(Number(e.currentTarget.value))}>
            {[10, 30, 60, 100].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          learning rate{" "}
          <select value={learningRate} onChange={(e) => setLearningRate(Number(e.currentTarget.value))}>
            {[0.001, 0.003, 0.01, 0.03].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          replay per step{" "}
          <select value={replay} onChange={(e) => setReplay(Number(e.currentTarget.value))}>
            {[0, 16, 32].map((n) => (
              <option key={n} value={n}>
                {n === 0 ? "none" : `${n} sentences`}
              </option>
            ))}
          </select>
        </label>{" "}
        <button
          type="button"
          disabled={!valid || job.busy}
          onClick={() =>
            job.run(
              client.request({
                kind: "finetune",
                values: Float64Array.from(unknobbed.values),
                sentence,
                steps,
                learningRate,
                replay,
              }),
            )
          }
        >
          {job.busy ? "Fine-tuning…" : "Fine-tune"}
        </button>
      </p>
      {!valid && <p class="lm-error">Use words from the vocabulary and end the sentence with a full stop.</p>}
      <Result reply={job.reply} caption="Behaviour tests after fine-tuning" />
    </section>
  );
}
