import { describe, expect, test } from "vitest";
import raw from "../../../content/definitions/definitions.json";
import { validateDefinitions } from "./definitions.ts";

const base = () => JSON.parse(JSON.stringify(raw)) as { definitions: Record<string, unknown>[] };

describe("definitions.json", () => {
  test("the shipped data is valid and every entry highlights something", () => {
    const data = validateDefinitions(raw);
    expect(data.definitions.map((entry) => entry.id)).toContain("osaid");
    for (const entry of data.definitions) {
      expect(entry.passages.some((passage) => passage.segments.some((segment) => segment.mark))).toBe(true);
    }
  });

  test("a missing field fails with the entry and the field named", () => {
    const data = base();
    delete data.definitions[3]?.["title"];
    expect(() => validateDefinitions(data)).toThrow(/definition "osaid": missing or empty field "title"/);
  });

  test("an unknown highlight kind is rejected", () => {
    const data = base();
    const passages = data.definitions[0]?.["passages"] as { segments: { mark?: string }[] }[];
    const first = passages[0]?.segments[0];
    if (first) first.mark = "colour";
    expect(() => validateDefinitions(data)).toThrow(/definition "osd", passage 1, segment 1: unknown mark "colour"/);
  });

  test("a non-https source is rejected", () => {
    const data = base();
    if (data.definitions[1]) data.definitions[1]["url"] = "http://www.gnu.org/licenses/gpl-3.0.html";
    expect(() => validateDefinitions(data)).toThrow(/definition "gpl3": "url" must be an https URL/);
  });
});
