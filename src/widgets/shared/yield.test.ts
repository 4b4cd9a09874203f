import { afterEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint, NO_FRAME_MS, yieldToMain } from "./yield.ts";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

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

  it("goes on without a frame once none has come for NO_FRAME_MS (a tab that is not drawn)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    vi.stubGlobal("document", { visibilityState: "visible" });
    vi.stubGlobal("requestAnimationFrame", () => 0);
    let done = false;
    const painted = afterNextPaint().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(NO_FRAME_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
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
