/**
 * The page's side of lm.worker.ts: one worker, requests answered by id. Training can be cancelled
 * (the worker is terminated and a fresh one started). Where workers are refused, requests fail
 * with a message instead of running on the main thread.
 */
import type { Envelope, Reply, Request } from "./protocol.ts";

export interface Client {
  request(body: Request, onProgress?: (reply: Extract<Reply, { kind: "progress" }>) => void): Promise<Reply>;
  /** Stops whatever runs now; pending requests answer "cancelled". */
  cancel(): void;
}

export function createClient(corpusText: string): Client {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (r: Reply) => void; onProgress?: ((r: Extract<Reply, { kind: "progress" }>) => void) | undefined }
  >();

  const failAll = (message: string) => {
    for (const { resolve } of pending.values()) resolve({ kind: "failed", message });
    pending.clear();
  };
  const ensure = (): Worker | null => {
    if (worker) return worker;
    try {
      worker = new Worker(new URL("./lm.worker.ts", import.meta.url), { type: "module" });
    } catch {
      return null;
    }
    worker.onmessage = (event: MessageEvent<Envelope<Reply>>) => {
      const { id, body } = event.data;
      const entry = pending.get(id);
      if (!entry) return;
      if (body.kind === "progress") entry.onProgress?.(body);
      else {
        pending.delete(id);
        entry.resolve(body);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      failAll("The worker stopped unexpectedly.");
    };
    worker.postMessage({ corpusText });
    return worker;
  };

  return {
    request(body, onProgress) {
      const w = ensure();
      if (!w) return Promise.resolve({ kind: "failed", message: "This page may not start a Web Worker here." });
      const id = nextId++;
      return new Promise<Reply>((resolve) => {
        pending.set(id, { resolve, onProgress });
        w.postMessage({ id, body } satisfies Envelope<Request>);
      });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      failAll("Cancelled.");
    },
  };
}
