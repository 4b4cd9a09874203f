/**
 * Derives content/data/digits.json from the UCI "Optical Recognition of Handwritten Digits" 8×8
 * set as Debian's python3-sklearn ships it (sklearn/datasets/data/digits.csv.gz), and plants the
 * labelling bug the "patch the weights" chapter is about.
 *
 *   npx node scripts/digits/derive.ts path/to/digits.csv.gz [--check]
 *
 * Steps, all driven by one seeded generator so the output is a pure function of the source file:
 *   1. stratified held-out splits (TEST_FRACTION and HOLDOUT_FRACTION of each digit), never
 *      trained on: the test set the page shows, and a second one it never shows;
 *   2. a labelling batch id for each training example (12 batches; batch-07 got most of the 7s
 *      written without a crossbar);
 *   3. the bug, conditional as real labelling bugs are: batch-07's annotator read 7s written
 *      without a crossbar as "1" (7s with one, and every other digit, are labelled right). "Without
 *      a crossbar" = less ink in the left half of rows 3–4 than the median of all 7s. The true
 *      labels stay in the file as `fixedLabels`, so "--data fixed" can restore them.
 * Examples are stored grouped by true digit and pixel-major (pixel 0 of every example, then pixel
 * 1, …): similar strokes sit next to each other, which gzips ~15 % smaller than row order.
 * `--check` re-derives and fails if the committed file differs.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { createRng } from "../../src/core/rng/xoshiro128.ts";
import { shuffleInPlace } from "../../src/core/rng/shuffle.ts";
import { DIGITS_FORMAT, PIXEL_ALPHABET, BATCH_ALPHABET } from "../../src/core/nn/digits-data.ts";

const OUTPUT = new URL("../../content/data/digits.json", import.meta.url);
const DERIVE_SEED = 1797;
const TEST_FRACTION = 0.2;
const HOLDOUT_FRACTION = 0.15;
const BATCH_COUNT = 12;
const BUGGY_BATCH = 6; // "batch-07"
const BUGGY_TRUE_DIGIT = 7;
const BUGGY_SHIPPED_DIGIT = 1;
/** Share of training 7s without a crossbar sent to batch-07 (the rest are spread over all batches). */
const SEVENS_TO_BUGGY_BATCH = 0.8;
const KNOWN_SOURCE_SHA256 = "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a";

interface SourceRow {
  row: number;
  pixels: number[];
  label: number;
}

function readSource(path: string): { rows: SourceRow[]; sha256: string } {
  const gz = readFileSync(path);
  const sha256 = createHash("sha256").update(gz).digest("hex");
  const lines = gunzipSync(gz).toString("utf8").trim().split("\n");
  const rows = lines.map((line, row) => {
    const values = line.split(",").map(Number);
    if (values.length !== 65 || values.some((v) => !Number.isInteger(v) || v < 0 || v > 16)) {
      throw new Error(`row ${row}: expected 64 pixels in 0–16 and a label`);
    }
    const label = values[64]!;
    if (label > 9) throw new Error(`row ${row}: label ${label}`);
    return { row, pixels: values.slice(0, 64), label };
  });
  return { rows, sha256 };
}

/** Ink in the left half of rows 3 and 4, where a 7's crossbar is (0 … 128). */
function crossbarInk(pixels: readonly number[]): number {
  let ink = 0;
  for (let column = 0; column < 4; column++) ink += pixels[3 * 8 + column]! + pixels[4 * 8 + column]!;
  return ink;
}

function derive(rows: SourceRow[], sourceSha256: string): string {
  const rng = createRng(DERIVE_SEED);

  // 1. Stratified splits: shuffle each digit's rows; the first 20 % (rounded) are the test set,
  // the next 15 % the second held-out set.
  const train: SourceRow[] = [];
  const test: SourceRow[] = [];
  const holdout: SourceRow[] = [];
  for (let digit = 0; digit < 10; digit++) {
    const ofDigit = shuffleInPlace(
      rows.filter((r) => r.label === digit),
      rng,
    );
    const testCount = Math.round(ofDigit.length * TEST_FRACTION);
    const holdoutCount = Math.round(ofDigit.length * HOLDOUT_FRACTION);
    test.push(...ofDigit.slice(0, testCount));
    holdout.push(...ofDigit.slice(testCount, testCount + holdoutCount));
    train.push(...ofDigit.slice(testCount + holdoutCount));
  }
  const byDigitThenRow = (a: SourceRow, b: SourceRow) => a.label - b.label || a.row - b.row;
  train.sort(byDigitThenRow);
  test.sort(byDigitThenRow);
  holdout.sort(byDigitThenRow);

  // 2 and 3. Batches and the planted bug, in training order.
  const sevensInk = rows
    .filter((r) => r.label === BUGGY_TRUE_DIGIT)
    .map((r) => crossbarInk(r.pixels))
    .sort((a, b) => a - b);
  const medianInk = sevensInk[Math.floor(sevensInk.length / 2)]!;
  const batchOf: number[] = [];
  const shippedLabels: number[] = [];
  for (const example of train) {
    let batch = rng.nextInt(BATCH_COUNT);
    const plainSeven = example.label === BUGGY_TRUE_DIGIT && crossbarInk(example.pixels) <= medianInk;
    if (plainSeven && rng.nextFloat() < SEVENS_TO_BUGGY_BATCH) batch = BUGGY_BATCH;
    batchOf.push(batch);
    shippedLabels.push(batch === BUGGY_BATCH && plainSeven ? BUGGY_SHIPPED_DIGIT : example.label);
  }

  const pixelMajor = (examples: SourceRow[]) => {
    let text = "";
    for (let pixel = 0; pixel < 64; pixel++) {
      for (const example of examples) text += PIXEL_ALPHABET[example.pixels[pixel]!];
    }
    return text;
  };
  const mislabelled = shippedLabels.filter((label, i) => label !== train[i]!.label).length;

  const file = {
    format: DIGITS_FORMAT,
    about:
      "UCI Optical Recognition of Handwritten Digits (8x8, values 0-16) by E. Alpaydin and C. Kaynak, CC BY 4.0, " +
      "split and given labelling batches by scripts/digits/derive.ts; batch-07 labels its 7s written without a crossbar as 1. See DIGITS-LICENSE.md.",
    source: {
      file: "sklearn/datasets/data/digits.csv.gz from Debian 12 package python3-sklearn 1.2.1+dfsg-1",
      sha256: sourceSha256,
      rows: rows.length,
      uci: "https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits",
      license: "https://creativecommons.org/licenses/by/4.0/",
    },
    derivation: {
      seed: DERIVE_SEED,
      testFraction: TEST_FRACTION,
      holdoutFraction: HOLDOUT_FRACTION,
      batchCount: BATCH_COUNT,
      buggyBatch: batchName(BUGGY_BATCH),
      bug:
        `${batchName(BUGGY_BATCH)} labelled its ${BUGGY_TRUE_DIGIT}s written without a crossbar ` +
        `(crossbar ink <= ${medianInk}, the median of all ${BUGGY_TRUE_DIGIT}s) as ${BUGGY_SHIPPED_DIGIT}`,
      sevensToBuggyBatch: SEVENS_TO_BUGGY_BATCH,
      mislabelledExamples: mislabelled,
    },
    encoding:
      "pixels: one character per pixel from pixelAlphabet (value = position, 0-16), pixel-major: " +
      "pixel p of example i is at p * count + i; pixel p is row floor(p/8), column p mod 8. " +
      "labels, fixedLabels: one digit character per example. batches: one character per example from " +
      "batchAlphabet, indexing batchNames. Examples are ordered by true digit, then source row.",
    pixelAlphabet: PIXEL_ALPHABET,
    batchAlphabet: BATCH_ALPHABET.slice(0, BATCH_COUNT),
    batchNames: Array.from({ length: BATCH_COUNT }, (_, i) => batchName(i)),
    train: {
      count: train.length,
      labels: shippedLabels.join(""),
      fixedLabels: train.map((r) => r.label).join(""),
      batches: batchOf.map((b) => BATCH_ALPHABET[b]).join(""),
      pixels: pixelMajor(train),
    },
    test: {
      count: test.length,
      labels: test.map((r) => r.label).join(""),
      pixels: pixelMajor(test),
    },
    holdout: {
      count: holdout.length,
      labels: holdout.map((r) => r.label).join(""),
      pixels: pixelMajor(holdout),
    },
  };
  return JSON.stringify(file, null, 1) + "\n";
}

function batchName(index: number): string {
  return `batch-${String(index + 1).padStart(2, "0")}`;
}

const args = process.argv.slice(2);
const sourcePath = args.find((a) => !a.startsWith("--"));
if (!sourcePath) {
  console.error("usage: node scripts/digits/derive.ts path/to/digits.csv.gz [--check]");
  process.exit(2);
}
const { rows, sha256 } = readSource(sourcePath);
if (sha256 !== KNOWN_SOURCE_SHA256) {
  console.warn(`warning: source sha256 ${sha256} differs from the one this script was written for`);
}
const derived = derive(rows, sha256);
if (args.includes("--check")) {
  const committed = readFileSync(OUTPUT, "utf8");
  if (committed !== derived) {
    console.error("content/data/digits.json differs from a fresh derivation");
    process.exit(1);
  }
  console.log("content/data/digits.json matches a fresh derivation");
} else {
  writeFileSync(OUTPUT, derived);
  console.log(`wrote ${OUTPUT.pathname} (${derived.length} bytes)`);
}
