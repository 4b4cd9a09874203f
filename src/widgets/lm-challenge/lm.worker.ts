/**
 * The widget's worker: the same core code as `npm run train:lm`, so a retrain here prints the
 * same hash as the command for the same data. It receives the corpus once (as JSON text) and
 * then requests, one at a time, each answered with the same id.
 */
/// <reference lib="webworker" />
import {
  decodeCorpus,
  evaluateBehaviour,
  fineTune,
  keyCovariance,
  knobContexts,
  LM_CONFIG,
  LM_RECIPE,
  lmWeightsSha256,
  paramsFromValues,
  replayPoolWithout,
  romeEdit,
  tokenise,
  trainLmGenerator,
  type Corpus,
} from "../../core/lm/index.ts";
import type { Envelope, Reply, Request } from "./protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let corpus: Corpus | null = null;
const POST_EVERY = 20;

function post(id: number, body: Reply, transfer: Transferable[] = []): void {
  scope.postMessage({ id, body } satisfies Envelope<Reply>, transfer);
}

scope.onmessage = (event: MessageEvent<Envelope<Request> | { corpusText: string }>) => {
  const data = event.data;
  if ("corpusText" in data) {
    const decoded = decodeCorpus(JSON.parse(data.corpusText), LM_CONFIG.context);
    corpus = decoded.ok ? decoded.value : null;
    return;
  }
  const { id, body } = data;
  if (!corpus) return post(id, { kind: "failed", message: "The corpus did not load." });
  try {
    handle(id, body, corpus);
  } catch {
    post(id, { kind: "failed", message: "The computation failed." });
  }
};

function handle(id: number, request: Request, corpus: Corpus): void {
  switch (request.kind) {
    case "evaluate": {
      const params = paramsFromValues(LM_CONFIG, request.values);
      return post(id, { kind: "behaviour", behaviour: evaluateBehaviour(params, corpus) });
    }
    case "knob": {
      const params = paramsFromValues(LM_CONFIG, request.values);
      return post(id, { kind: "knob", contexts: knobContexts(params, corpus, request.word) });
    }
    case "rome": {
      const params = paramsFromValues(LM_CONFIG, request.values);
      const tokens = tokenise(request.prompt, corpus.vocabulary);
      const target = corpus.vocabulary.ids.get(request.target);
      if (!tokens.ok || target === undefined || request.position >= tokens.ids.length)
        return post(id, { kind: "failed", message: "The prompt or the target is not in the vocabulary." });
      const covariance = keyCovariance(params, corpus, request.layer);
      const result = romeEdit(params, covariance, {
        promptIds: tokens.ids,
        position: request.position,
        layer: request.layer,
        target,
      });
      const values = Float64Array.from(result.params.values);
      return post(
        id,
        {
          kind: "edited",
          values,
          behaviour: evaluateBehaviour(result.params, corpus),
          sha256: lmWeightsSha256(result.params),
          note: `p(${request.target}) after the edit: ${result.targetProbability.toFixed(3)}; ‖ΔW‖ = ${result.updateNorm.toFixed(3)} (one matrix of ${LM_CONFIG.mlpWidth} × ${LM_CONFIG.width}, rank one)`,
        },
        [values.buffer],
      );
    }
    case "finetune": {
      const params = paramsFromValues(LM_CONFIG, request.values);
      const tokens = tokenise(request.sentence, corpus.vocabulary);
      if (!tokens.ok || tokens.ids.at(-1) !== 1)
        return post(id, { kind: "failed", message: "The sentence must use the vocabulary and end with a full stop." });
      const tuned = fineTune(params, corpus, {
        sentences: [request.sentence],
        steps: request.steps,
        learningRate: request.learningRate,
        replay: request.replay,
        replayPool: replayPoolWithout(corpus, "oceania-notes"),
        seed: 1,
      });
      const values = Float64Array.from(tuned.values);
      return post(
        id,
        {
          kind: "edited",
          values,
          behaviour: evaluateBehaviour(tuned, corpus),
          sha256: lmWeightsSha256(tuned),
          note: `${request.steps} Adam steps at learning rate ${request.learningRate}, ${request.replay} replayed sentences per step`,
        },
        [values.buffer],
      );
    }
    case "train": {
      const started = performance.now();
      const run = trainLmGenerator(LM_CONFIG, corpus, { ...LM_RECIPE, edits: request.edits });
      let losses: number[] = [];
      for (;;) {
        const next = run.next();
        if (next.done) {
          const outcome = next.value;
          if (outcome.status !== "trained")
            return post(id, {
              kind: "failed",
              message: outcome.status === "empty" ? "Every sentence was dropped." : "Training diverged.",
            });
          const values = Float64Array.from(outcome.params.values);
          return post(
            id,
            {
              kind: "trained",
              values,
              behaviour: evaluateBehaviour(outcome.params, corpus),
              sha256: lmWeightsSha256(outcome.params),
              milliseconds: performance.now() - started,
            },
            [values.buffer],
          );
        }
        if (next.value.kind !== "step") continue;
        losses.push(next.value.loss);
        if (losses.length >= POST_EVERY || next.value.step === next.value.totalSteps) {
          post(id, { kind: "progress", step: next.value.step, totalSteps: next.value.totalSteps, losses });
          losses = [];
        }
      }
    }
  }
}
