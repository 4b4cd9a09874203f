/**
 * memo() keeps to Preact's public API: a class component whose shouldComponentUpdate compares
 * props. Oracles: Preact's documented class-component contract, and preact-render-to-string
 * (the output equals rendering the wrapped component itself).
 */
import { Component, h } from "preact";
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { memo } from "./memo.ts";

function Greeting({ name, list }: { name: string; list: number[] }) {
  return h("p", null, `${name}: ${list.join(",")}`);
}

describe("memo", () => {
  const Memoised = memo(Greeting);

  it("is a class component (no `this` inside a function component)", () => {
    expect(Memoised.prototype).toBeInstanceOf(Component);
  });

  it("updates only when a prop changes by Object.is", () => {
    const list = [1, 2];
    type Props = { name: string; list?: number[] };
    const instance = new (Memoised as unknown as new (props: Props) => Component<Props>)({ name: "a", list });
    instance.props = { name: "a", list };
    expect(instance.shouldComponentUpdate?.({ name: "a", list }, {}, {})).toBe(false);
    expect(instance.shouldComponentUpdate?.({ name: "b", list }, {}, {})).toBe(true);
    expect(instance.shouldComponentUpdate?.({ name: "a", list: [1, 2] }, {}, {})).toBe(true);
    expect(instance.shouldComponentUpdate?.({ name: "a" }, {}, {})).toBe(true);
  });

  it("renders what the wrapped component renders", () => {
    const props = { name: "x", list: [3] };
    expect(renderToString(h(Memoised, props))).toBe(renderToString(h(Greeting, props)));
  });
});
