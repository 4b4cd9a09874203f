/**
 * For tests that check a chapter states the figures the code measures: the chapter's text with
 * whitespace collapsed (so a sentence may wrap anywhere in the .mdx), and the chapter's way of
 * writing small counts in words.
 */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { formatCount } from "../src/core/format/count.ts";

/** `says(text)` fails, naming the chapter, unless `content/essays/<name>.mdx` contains `text`. */
export function chapterSays(name: string): (text: string) => void {
  const prose = readFileSync(new URL(`essays/${name}.mdx`, import.meta.url), "utf8").replace(/\s+/g, " ");
  return (text) => expect(prose.includes(text), `${name}.mdx should say: ${text}`).toBe(true);
}

const WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen"];

/** A number in figures as the chapters write it: "14,731". */
export const figure = (n: number): string => formatCount(n);

/** A count as the chapters write it: in words up to thirteen, in figures above. */
export const numberWord = (n: number): string => WORDS[n] ?? figure(n);

/** A word or count at the start of a sentence: "Nine", "Portugal". */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Items listed as the chapters list them: "a", "a and b", "a, b and c". */
export const listed = (items: readonly string[]): string =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
