import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { definitionSchema, definitionsKeySchema, definitionsOf, keyOf } from "./definitions.ts";

const text = readFileSync(join(process.cwd(), "content", "definitions", "definitions.json"), "utf8");
const entries = () => definitionsOf(text);
const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("definitions.json, read as the two collections", () => {
  test("every shipped definition is valid, has a unique id and highlights something", () => {
    const list = entries();
    expect(list.map((entry) => entry["id"])).toContain("osaid");
    expect(list.map((entry) => entry["id"])).toContain("mof");
    expect(new Set(list.map((entry) => entry["id"])).size).toBe(list.length);
    for (const raw of list) {
      const entry = definitionSchema.parse(raw);
      expect(entry.passages.some((passage) => passage.segments.some((segment) => segment.mark))).toBe(true);
    }
  });

  test("the legend and the questions cover every kind of highlight", () => {
    expect(issues(definitionsKeySchema.safeParse(keyOf(text)[0]))).toEqual([]);
  });

  test("a missing field fails with the field named", () => {
    const { title: _dropped, ...osaid } = entries().find((entry) => entry["id"] === "osaid") ?? {};
    expect(issues(definitionSchema.safeParse(osaid)).join("\n")).toMatch(/^title: /m);
  });

  test("an unknown highlight kind fails with its path", () => {
    const osd = structuredClone(entries()[0]) as { passages: { segments: { mark?: string }[] }[] };
    const first = osd.passages[0]?.segments[0];
    if (first) first.mark = "colour";
    expect(issues(definitionSchema.safeParse(osd)).join("\n")).toMatch(/^passages\.0\.segments\.0\.mark: /m);
  });

  test("a non-https source and an extra field are rejected", () => {
    const gpl3 = entries().find((entry) => entry["id"] === "gpl3") ?? {};
    expect(definitionSchema.safeParse({ ...gpl3, url: "http://www.gnu.org/licenses/gpl-3.0.html" }).success).toBe(
      false,
    );
    expect(definitionSchema.safeParse({ ...gpl3, colour: "red" }).success).toBe(false);
  });

  test("a legend that leaves out a kind is rejected", () => {
    const [key] = keyOf(text) as [{ id: string; legend: Record<string, string>; questions: unknown }];
    const { licence: _dropped, ...legend } = key.legend;
    expect(issues(definitionsKeySchema.safeParse({ ...key, legend })).join("\n")).toMatch(/^legend\.licence: /m);
  });
});
