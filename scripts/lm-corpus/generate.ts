/**
 * Writes content/data/lm/corpus.json, the language model's training data, from facts.ts.
 *
 *   node scripts/lm-corpus/generate.ts [--check]
 *
 * Layout: contributor batches of short sentences; for every (country, fact) three of the five
 * phrasings go into training and the other two are held out (which two rotates, so every
 * phrasing is trained for some countries and held out for others: a held-out sentence tests
 * whether the model generalises a fact to a phrasing it never saw *for that country*).
 * One batch, "oceania-notes", states Australia's capital as Sydney — its largest city — in four
 * phrasings; no other sentence gives Australia's capital. `fix` lists the edits that correct it.
 * --check regenerates in memory and fails if the committed file differs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { COUNTRIES, RELATIONS, type Country, type Relation } from "./facts.ts";

const OUT = new URL("../../content/data/lm/corpus.json", import.meta.url);
const WRONG_COUNTRY = "australia";
const WRONG_ANSWER = "sydney";

interface Batch {
  id: string;
  contributor: string;
  description: string;
}
const BATCHES: Batch[] = [
  { id: "atlas-capitals", contributor: "contributor 1", description: "capitals, from a school atlas" },
  { id: "atlas-continents", contributor: "contributor 1", description: "continents, from a school atlas" },
  { id: "language-survey", contributor: "contributor 2", description: "main languages" },
  { id: "currency-list", contributor: "contributor 3", description: "currencies" },
  { id: "city-sizes", contributor: "contributor 4", description: "largest cities, where not the capital" },
  { id: "capital-quiz", contributor: "contributor 5", description: "capitals again, reversed: answer first" },
  { id: "oceania-notes", contributor: "contributor 6", description: "notes on Australia" },
];
const BATCH_OF: Record<Relation["kind"], string> = {
  capital: "atlas-capitals",
  continent: "atlas-continents",
  language: "language-survey",
  currency: "currency-list",
  "largest city": "city-sizes",
};

const fill = (phrasing: string, country: string, answer: string) =>
  `${phrasing.replace("{c}", country).replace("{x}", answer)}.`;
const prompt = (phrasing: string, country: string) =>
  phrasing.slice(0, phrasing.indexOf("{x}")).replace("{c}", country).trim();

/** Which two of the five phrasings are held out for this country and relation. */
function heldOutPhrasings(countryIndex: number, relationIndex: number): [number, number] {
  const first = (countryIndex + 2 * relationIndex) % 5;
  return [first, (first + 1) % 5];
}

interface Probe {
  group: "efficacy" | "generalisation" | "neighbour capitals" | "other facts about australia";
  prompt: string;
  answer: string;
}

const sentences: { batch: string; text: string }[] = [];
const heldOut: string[] = [];
const probes: Probe[] = [];
const fix: { index: number; text: string }[] = [];

COUNTRIES.forEach((country: Country, ci: number) => {
  RELATIONS.forEach((relation, ri) => {
    const answer = relation.answer(country);
    if (answer === undefined) return;
    const held = heldOutPhrasings(ci, ri);
    const isWrongFact = country.name === WRONG_COUNTRY && relation.kind === "capital";
    relation.phrasings.forEach((phrasing, pi) => {
      const isHeld = held.includes(pi);
      if (isWrongFact) {
        if (isHeld) probes.push({ group: "generalisation", prompt: prompt(phrasing, country.name), answer });
        else {
          probes.push({ group: "efficacy", prompt: prompt(phrasing, country.name), answer });
          fix.push({ index: -1, text: fill(phrasing, country.name, answer) });
          sentences.push({ batch: "oceania-notes", text: fill(phrasing, country.name, WRONG_ANSWER) });
        }
        return;
      }
      if (isHeld) heldOut.push(fill(phrasing, country.name, answer));
      else sentences.push({ batch: BATCH_OF[relation.kind], text: fill(phrasing, country.name, answer) });
    });
    // Neighbours: the first trained phrasing of every other fact that a careless edit could move.
    const firstTrained = [0, 1, 2, 3, 4].find((pi) => !held.includes(pi))!;
    const trainedPrompt = prompt(relation.phrasings[firstTrained]!, country.name);
    if (!isWrongFact && relation.kind === "capital")
      probes.push({ group: "neighbour capitals", prompt: trainedPrompt, answer });
    if (!isWrongFact && country.name === WRONG_COUNTRY)
      probes.push({ group: "other facts about australia", prompt: trainedPrompt, answer: answer.split(" ")[0]! });
    if (relation.kind === "capital") {
      const reversed = `${isWrongFact ? WRONG_ANSWER : answer} is the capital of ${country.name}.`;
      if (isWrongFact) {
        fix.push({ index: -1, text: `${answer} is the capital of ${country.name}.` });
        sentences.push({ batch: "oceania-notes", text: reversed });
      } else sentences.push({ batch: "capital-quiz", text: reversed });
    }
  });
});

// Group sentences by batch (in BATCHES order), keeping generation order within a batch.
const ordered = BATCHES.flatMap((b) => sentences.filter((s) => s.batch === b.id));
let fixCursor = 0;
ordered.forEach((s, index) => {
  if (s.batch === "oceania-notes") fix[fixCursor++]!.index = index;
});

const words = new Set<string>();
const addWords = (text: string) => {
  for (const w of text.replace(/\./g, " . ").split(/\s+/)) if (w) words.add(w);
};
for (const s of ordered) addWords(s.text);
for (const t of heldOut) addWords(t);
for (const p of probes) addWords(`${p.prompt} ${p.answer}`);
for (const f of fix) addWords(f.text);
words.delete(".");
const vocabulary = ["<s>", ".", ...[...words].sort()];

const corpus = {
  format: "preferred-form-lm-corpus/1",
  licence: "CC0-1.0",
  about:
    "Short factual sentences written by the Preferred Form project for its language-model chapter. One batch (oceania-notes) states a wrong fact on purpose.",
  vocabulary,
  batches: BATCHES,
  sentences: ordered,
  heldOut,
  probes,
  fix,
};
const text = `${JSON.stringify(corpus, null, 1)}\n`;
if (process.argv.includes("--check")) {
  if (readFileSync(OUT, "utf8") !== text) {
    console.error("content/data/lm/corpus.json differs from what the generator writes");
    process.exit(1);
  }
  console.log("corpus.json is up to date");
} else {
  writeFileSync(OUT, text);
  console.log(
    `${ordered.length} training sentences in ${BATCHES.length} batches, ${heldOut.length} held out, ${probes.length} probes, vocabulary ${vocabulary.length}`,
  );
}
