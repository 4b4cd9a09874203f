// The language model core: a small decoder-only transformer, its corpus, its behaviour tests and
// the repairs a sceptic would try. Pure TypeScript; runs in a browser, a Worker, Node and QuickJS.
export * from "./params.ts";
export * from "./forward.ts";
export * from "./backward.ts";
export * from "./vocabulary.ts";
export * from "./corpus.ts";
export * from "./train.ts";
export * from "./behaviour.ts";
export * from "./weights.ts";
export * from "./model-spec.ts";
export * from "./repairs/bias-knob.ts";
export * from "./repairs/rome.ts";
export * from "./repairs/fine-tune.ts";
export { sha256Hex } from "../hash/sha256.ts";
