import { afterEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint, yieldToMain } from "./yield.ts";

afterEach(() => vi.unstubAllGlobals());

describe("yieldToMain", () => {
  it("resolves in a later task, after the microtasks already queued", async () => {
    const order: string[] = [];
    const yielded = yieldToMain().then(() => order.push("yielded"));
    void Promise.resolve().then(() => order.push("microtask"));
    await yielded;
    expect(order).toEqual(["microtask", "yielded"]);
  });
});

describe("afterNextPaint", () => {
  it("waits for the next frame, then a task", async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal("document", { visibilityState: "visible" });
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
    let done = false;
    const painted = afterNextPaint().then(() => (done = true));
    await yieldToMain();
    expect(done).toBe(false);
    expect(frames).toHaveLength(1);
    frames[0]!();
    await painted;
    expect(done).toBe(true);
  });

  it("does not wait for a frame in a hidden page, which paints none", async () => {
    const requestAnimationFrame = vi.fn();
    vi.stubGlobal("document", { visibilityState: "hidden" });
    vi.stubGlobal("requestAnimationFrame", requestAnimationFrame);
    await afterNextPaint();
    expect(requestAnimationFrame).not.toHaveBeenCalled();
  });
});
