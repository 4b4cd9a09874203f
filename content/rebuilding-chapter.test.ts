/**
 * Chapter 5's arithmetic example, computed: JavaScript's numbers are the double precision the
 * chapter speaks of, so the engine running this test is the oracle.
 */
import { describe, it } from "vitest";
import { chapterSays } from "./chapter-prose.ts";

describe("chapter 5's example of non-associative addition", () => {
  it("states what double precision gives for both groupings", () => {
    const left = 0.1 + 0.2 + 0.3;
    const right = 0.1 + (0.2 + 0.3);
    chapterSays("rebuilding")(`(0.1 + 0.2) + 0.3 gives ${String(left)}, and 0.1 + (0.2 + 0.3) gives ${String(right)}.`);
  });
});
