/**
 * Messages between the page and lm.worker.ts. Everything that costs more than a few forward
 * passes (behaviour tests, the knob's thresholds, a rank-one edit, fine-tuning, retraining) runs
 * in the worker, so the page's main thread never blocks for long.
 */
import type { Behaviour } from "../../core/lm/behaviour.ts";
import type { DataEdit } from "../../core/lm/corpus.ts";
import type { Context } from "../../core/lm/repairs/bias-knob.ts";

export type Request =
  | { kind: "evaluate"; values: Float64Array }
  | { kind: "knob"; values: Float64Array; word: string }
  | { kind: "rome"; values: Float64Array; prompt: string; position: number; layer: number; target: string }
  | { kind: "finetune"; values: Float64Array; sentence: string; steps: number; learningRate: number; replay: number }
  | { kind: "train"; edits: DataEdit[] };

export type Reply =
  | { kind: "behaviour"; behaviour: Behaviour }
  | { kind: "knob"; contexts: Context[] }
  | {
      kind: "edited";
      values: Float64Array;
      behaviour: Behaviour;
      sha256: string;
      note: string;
    }
  | { kind: "progress"; step: number; totalSteps: number; losses: number[] }
  | { kind: "trained"; values: Float64Array; behaviour: Behaviour; sha256: string; milliseconds: number }
  | { kind: "failed"; message: string };

export interface Envelope<T> {
  id: number;
  body: T;
}
