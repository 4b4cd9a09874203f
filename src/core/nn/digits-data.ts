/**
 * The digits data set as the core uses it, and the decoder for content/data/digits.json (written
 * by scripts/digits/derive.ts). Loading the file is the caller's job (fetch, import or fs); this
 * module only checks and unpacks the parsed JSON, returning problems as values.
 *
 * Pixels are kept as the source's integers 0–16 in `pixels[example * 64 + pixel]`, with pixel
 * = row * 8 + column; the network sees them divided by 16.
 */
import { fail, ok, type Problem, type Result } from "./result.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "./shape.ts";

export { DIGIT_COUNT, PIXELS_PER_IMAGE };
export const DIGITS_FORMAT = "preferred-form-digits/2";
/** Character for pixel value v is PIXEL_ALPHABET[v]. */
export const PIXEL_ALPHABET = "0123456789abcdefg";
/** Character for batch index b is BATCH_ALPHABET[b]. */
export const BATCH_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

export interface DigitsSplit {
  readonly count: number;
  /** `pixels[example * 64 + pixel]`, integers 0–16. */
  readonly pixels: Uint8Array;
  /** The label each example carries in this split (for training: the shipped, partly wrong ones). */
  readonly labels: Uint8Array;
}

export interface TrainingSplit extends DigitsSplit {
  /** The true labels: what `labels` would be without the planted bug. */
  readonly fixedLabels: Uint8Array;
  /** `batches[example]` indexes `DigitsData.batchNames`. */
  readonly batches: Uint8Array;
}

export interface DigitsData {
  /** e.g. ["batch-01", …, "batch-12"]. */
  readonly batchNames: readonly string[];
  /** The batch whose annotator planted the bug, e.g. "batch-07". */
  readonly buggyBatch: string;
  /** SHA-256 of the source digits.csv.gz, as recorded by the derive script. */
  readonly sourceSha256: string;
  readonly train: TrainingSplit;
  /** The held-out set the page shows. */
  readonly test: DigitsSplit;
  /** A second held-out set, never shown in the page: the behaviour tests use it too. */
  readonly holdout: DigitsSplit;
}

/** Checks and unpacks the parsed digits.json. */
export function decodeDigits(json: unknown): Result<DigitsData> {
  const problems: Problem[] = [];
  const root = asRecord(json);
  if (!root) return fail([{ where: "(root)", message: "expected an object" }]);
  if (root["format"] !== DIGITS_FORMAT) {
    return fail([{ where: "format", message: `expected "${DIGITS_FORMAT}"` }]);
  }
  const batchNames = root["batchNames"];
  const names = Array.isArray(batchNames) && batchNames.every((n) => typeof n === "string") ? batchNames : null;
  if (!names || names.length === 0 || names.length > BATCH_ALPHABET.length) {
    problems.push({ where: "batchNames", message: "expected a non-empty list of names" });
  }
  const derivation = asRecord(root["derivation"]);
  const buggyBatch = derivation?.["buggyBatch"];
  const source = asRecord(root["source"]);
  const sourceSha256 = source?.["sha256"];

  const test = decodeSplit(root["test"], "test", problems);
  const holdout = decodeSplit(root["holdout"], "holdout", problems);
  const trainRecord = asRecord(root["train"]);
  const train = decodeSplit(trainRecord, "train", problems);
  const fixedLabels = train
    ? decodeDigitString(trainRecord?.["fixedLabels"], train.count, "train.fixedLabels", problems)
    : null;
  const batches = train
    ? decodeCharString(
        trainRecord?.["batches"],
        train.count,
        BATCH_ALPHABET.slice(0, names?.length ?? 0),
        "train.batches",
        problems,
      )
    : null;
  if (typeof buggyBatch !== "string" || !names?.includes(buggyBatch)) {
    problems.push({ where: "derivation.buggyBatch", message: "expected one of batchNames" });
  }
  if (typeof sourceSha256 !== "string" || !/^[0-9a-f]{64}$/.test(sourceSha256)) {
    problems.push({ where: "source.sha256", message: "expected 64 hex digits" });
  }
  if (problems.length > 0 || !names || !train || !test || !holdout || !fixedLabels || !batches) return fail(problems);
  return ok({
    batchNames: names,
    buggyBatch: buggyBatch as string,
    sourceSha256: sourceSha256 as string,
    train: { ...train, fixedLabels, batches },
    test,
    holdout,
  });
}

function decodeSplit(value: unknown, where: string, problems: Problem[]): DigitsSplit | null {
  const record = asRecord(value);
  if (!record) {
    problems.push({ where, message: "expected an object" });
    return null;
  }
  const count = record["count"];
  if (typeof count !== "number" || !Number.isInteger(count) || count < 0) {
    problems.push({ where: `${where}.count`, message: "expected a non-negative integer" });
    return null;
  }
  const labels = decodeDigitString(record["labels"], count, `${where}.labels`, problems);
  const pixelMajor = decodeCharString(
    record["pixels"],
    count * PIXELS_PER_IMAGE,
    PIXEL_ALPHABET,
    `${where}.pixels`,
    problems,
  );
  if (!labels || !pixelMajor) return null;
  // The file is pixel-major for compression; the core wants each image's 64 pixels together.
  const pixels = new Uint8Array(count * PIXELS_PER_IMAGE);
  for (let pixel = 0; pixel < PIXELS_PER_IMAGE; pixel++) {
    for (let example = 0; example < count; example++) {
      pixels[example * PIXELS_PER_IMAGE + pixel] = pixelMajor[pixel * count + example]!;
    }
  }
  return { count, pixels, labels };
}

function decodeDigitString(value: unknown, length: number, where: string, problems: Problem[]): Uint8Array | null {
  return decodeCharString(value, length, "0123456789", where, problems);
}

/** Each character becomes its position in `alphabet`. */
function decodeCharString(
  value: unknown,
  length: number,
  alphabet: string,
  where: string,
  problems: Problem[],
): Uint8Array | null {
  if (typeof value !== "string" || value.length !== length) {
    problems.push({ where, message: `expected a string of ${length} characters` });
    return null;
  }
  const codes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const code = alphabet.indexOf(value[i]!);
    if (code < 0) {
      problems.push({ where: `${where}[${i}]`, message: `unexpected character ${JSON.stringify(value[i])}` });
      return null;
    }
    codes[i] = code;
  }
  return codes;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
