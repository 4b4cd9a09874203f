import { describe, expect, it } from "vitest";
import { codeToHtml } from "shiki";
import { islandStyleInHead, stableIslandIds } from "./reproducible-islands.ts";
import { classTheme, styleToClassTransformer } from "./shiki-classes.ts";

describe("stableIslandIds", () => {
  const island = (uid: string, url: string) =>
    `<astro-island uid="${uid}" component-url="${url}" props="{}"><p>x</p></astro-island>`;

  it("gives the same HTML whatever uid Astro computed from the checkout path", () => {
    const fromFolderA = `<main>${island("Z1abc", "/_astro/A.js")}${island("Q9xyz", "/_astro/B.js")}</main>`;
    const fromFolderB = `<main>${island("1kTrR", "/_astro/A.js")}${island("pp0Q2", "/_astro/B.js")}</main>`;
    expect(stableIslandIds(fromFolderA)).toBe(stableIslandIds(fromFolderB));
  });

  it("keeps distinct islands distinct", () => {
    const html = stableIslandIds(`${island("a", "/_astro/A.js")}${island("a", "/_astro/A.js")}`);
    const uids = [...html.matchAll(/uid="([^"]+)"/g)].map((m) => m[1]);
    expect(uids).toHaveLength(2);
    expect(new Set(uids).size).toBe(2);
  });
});

describe("Shiki class output", () => {
  it("highlights with classes and writes no inline style", async () => {
    const html = await codeToHtml("int f(int x) { return x > 18; } // note", {
      lang: "c",
      theme: classTheme,
      transformers: [styleToClassTransformer],
    });
    expect(html).not.toMatch(/style=/);
    expect(html).toMatch(/class="[^"]*tok-keyword/);
    expect(html).toMatch(/class="[^"]*tok-comment/);
  });

  it("tokenises every line completely however slow the machine (no time limit)", async () => {
    // A limit this small stands in for a loaded machine: Shiki's own limit would stop at once.
    const html = await codeToHtml("int f(int x) { return x > 18; } // note", {
      lang: "c",
      theme: classTheme,
      transformers: [styleToClassTransformer],
      tokenizeTimeLimit: 0.000001,
    });
    expect(html).toMatch(/class="[^"]*tok-comment/);
  });
});

describe("islandStyleInHead", () => {
  const style = "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>";
  it("moves Astro's island rule from the body into the head, once", () => {
    const html = `<html><head><title>x</title></head><body><main>${style}<astro-island></astro-island></main></body></html>`;
    const moved = islandStyleInHead(html);
    expect(moved).toBe(
      `<html><head><title>x</title>${style}</head><body><main><astro-island></astro-island></main></body></html>`,
    );
    expect(islandStyleInHead(moved)).toBe(moved);
  });
  it("leaves a page without islands alone", () => {
    const html = "<html><head></head><body><p>x</p></body></html>";
    expect(islandStyleInHead(html)).toBe(html);
  });
});
