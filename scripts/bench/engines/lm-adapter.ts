/**
 * The only bench file that knows where the language model's corpus and published hash live and
 * what the widget's worker protocol looks like (src/widgets/lm-challenge/protocol.ts): rename here
 * when they change. Bundled into the LM bench page; never imported by Node-side code.
 */
import corpus from "../../../content/data/lm/corpus.json" with { type: "json" };
import published from "../../../content/data/lm/lm-weights.json" with { type: "json" };
import type { Envelope, Reply, Request } from "../../../src/widgets/lm-challenge/protocol.ts";

/** The SHA-256 the published weights were trained to: the widget's retrain of the shipped data must give it. */
export const PUBLISHED_SHA256: string = published.sha256;
export const PARAMETERS: number = published.parameters;

/** What the widget posts to its worker first: the corpus as the JSON text it fetched. */
export const CORPUS_MESSAGE = { corpusText: JSON.stringify(corpus) };

/** "Retrain from scratch" with no data edits: the published recipe on the shipped corpus. */
export const retrainRequest = (id: number): Envelope<Request> => ({ id, body: { kind: "train", edits: [] } });

export type LmReply = Envelope<Reply>;
