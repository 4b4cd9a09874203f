/**
 * The retrain in a Web Worker, as the weights widget runs it so the page stays responsive: each
 * message starts one full retrain (nn-adapter.ts) and answers with its time and weights hash.
 */
import { checkPublished, loadDigits, retrain, type Digits } from "./nn-adapter.ts";

export interface WorkerAnswer {
  retrainMs: number;
  sha256: string | null;
}

let data: Digits | null = null;

self.onmessage = () => {
  if (!data) {
    data = loadDigits();
    checkPublished(data);
  }
  const started = performance.now();
  const outcome = retrain(data);
  const answer: WorkerAnswer = { retrainMs: performance.now() - started, sha256: outcome.sha256 };
  self.postMessage(answer);
};
