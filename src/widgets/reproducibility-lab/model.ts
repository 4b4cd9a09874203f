/**
 * The reproducibility lab's state and words, without a DOM: the recipe card (every ingredient of
 * the classic list, with the lab's control or an honest "not simulated, because …"), the share
 * link format, seed input parsing, and the sentences that turn a rebuild report into the lesson.
 * The state is exactly the lab recipe, so a link reopens the same rebuild. Values come from the
 * lab's import-free choices.ts (not its index) so this bundle does not carry the trainer.
 */
import type { ShareSpec } from "../../core/share/fragment.ts";
import { integer, oneOf, record, type Check } from "../../core/share/schema.ts";
import {
  EPOCH_CHOICES,
  HIDDEN_CHOICES,
  LEARNING_RATE_CHOICES,
  MAX_SEED,
  PUBLISHED_LAB_RECIPE,
  type LabRecipe,
} from "../../core/nn/lab/choices.ts";
import type { RebuildReport } from "../../core/nn/lab/index.ts";
import { formatCount } from "../../core/format/count.ts";

export const WIDGET = "reproducibility-lab";
export type Field = keyof LabRecipe;

export interface Choice {
  readonly value: string | number;
  readonly label: string;
}

export interface Ingredient {
  readonly id: string;
  readonly name: string;
  /** What the ingredient is in a real training run. */
  readonly about: string;
  /** The lab's controls for it (empty when it cannot be simulated honestly). */
  readonly controls: readonly { field: Field; label: string; choices: readonly Choice[] }[];
  /** What the lab does not simulate here, and why. */
  readonly limit?: string;
}

const numberChoices = (values: readonly number[], unit = "") =>
  values.map((value) => ({ value, label: `${value}${unit}` }));

export const INGREDIENTS: readonly Ingredient[] = [
  {
    id: "data",
    name: "Training data",
    about: "The 1,169 training images, in the order they sit in the file.",
    controls: [
      {
        field: "subset",
        label: "Which examples",
        choices: [
          { value: "all", label: "all 1,169 (published)" },
          { value: "drop-1pct", label: "drop a random 1 % (12 images)" },
        ],
      },
      {
        field: "order",
        label: "File order",
        choices: [
          { value: "shipped", label: "as shipped, by digit (published)" },
          { value: "reversed", label: "reversed" },
          { value: "by-batch", label: "grouped by labelling batch" },
        ],
      },
    ],
  },
  {
    id: "labels",
    name: "Labels",
    about: "The answer attached to each image. One labelling batch called most of its 7s “1”.",
    controls: [
      {
        field: "labels",
        label: "Labels",
        choices: [
          { value: "shipped", label: "as shipped, with the bug (published)" },
          { value: "fixed", label: "fixed" },
        ],
      },
    ],
  },
  {
    id: "structure",
    name: "Network structure",
    about: "64 pixels → hidden ReLU units → 10 digits.",
    controls: [{ field: "hiddenUnits", label: "Hidden units", choices: numberChoices(HIDDEN_CHOICES) }],
  },
  {
    id: "parameters",
    name: "Training parameters",
    about: "Stochastic gradient descent with momentum 0.9, batches of 32.",
    controls: [
      { field: "learningRate", label: "Learning rate", choices: numberChoices(LEARNING_RATE_CHOICES) },
      { field: "epochs", label: "Epochs", choices: numberChoices(EPOCH_CHOICES) },
    ],
  },
  {
    id: "script",
    name: "Training-script version",
    about: "The program that turns data into weights.",
    controls: [
      {
        field: "script",
        label: "Script",
        choices: [
          { value: "v1", label: "v1: He-uniform initialisation (published)" },
          { value: "v2", label: "v2: Glorot-uniform initialisation" },
        ],
      },
    ],
  },
  {
    id: "library",
    name: "Library versions",
    about: "The maths library under the script. Here: which exponential the softmax uses.",
    controls: [
      {
        field: "exp",
        label: "Exponential",
        choices: [
          { value: "ours", label: "our exp, from + − × ÷ only (published)" },
          { value: "engine", label: "this browser’s Math.exp" },
          { value: "other", label: "another engine’s exp (simulated)" },
        ],
      },
    ],
    limit:
      "Only the exponential is simulated. Choosing this browser’s Math.exp makes the hash depend on the browser engine: the standard lets each engine approximate it, and V8 and QuickJS disagree on about 10 % of inputs. The published hash was made with our exp. Other library changes (a new optimiser default, a different BLAS) are not simulated.",
  },
  {
    id: "seed",
    name: "Random seed",
    about: "Starts the generator that draws the initial weights and shuffles each epoch.",
    controls: [],
  },
  {
    id: "hardware",
    name: "Hardware",
    about:
      "Parallel hardware adds a neuron’s products in another order than one thread does, and GPUs often accumulate in float32.",
    controls: [
      {
        field: "sum",
        label: "Summation order",
        choices: [
          { value: "sequential", label: "one thread, left to right (published)" },
          { value: "blocked", label: "4 SIMD lanes, then combined" },
          { value: "pairwise", label: "pairwise tree, like a parallel reduction" },
        ],
      },
      {
        field: "precision",
        label: "Accumulation",
        choices: [
          { value: "float64", label: "float64 (published)" },
          { value: "float32", label: "float32" },
        ],
      },
    ],
    limit:
      "Real GPU nondeterminism (atomic additions whose order changes from run to run) is not simulated: the lab’s orders are fixed, so each still gives the same hash every time.",
  },
  {
    id: "os",
    name: "Operating system",
    about: "The system the training ran on.",
    controls: [],
    limit:
      "Not simulated: the lab uses no operating-system facility that can change the arithmetic. On a real machine the OS matters through what it ships (the C library’s exp, drivers, thread scheduling).",
  },
];

/** The label of a field's current value, as printed on the card without JavaScript. */
export function choiceLabel(field: Field, value: string | number): string {
  for (const ingredient of INGREDIENTS) {
    const control = ingredient.controls.find((c) => c.field === field);
    const choice = control?.choices.find((c) => c.value === value);
    if (choice) return choice.label;
  }
  return String(value);
}

const numberIn =
  (values: readonly number[]): Check<number> =>
  (value, path) =>
    typeof value === "number" && values.includes(value)
      ? { ok: true, value }
      : { ok: false, path, message: `expected one of ${values.join(", ")}` };

export const labShareSpec: ShareSpec<LabRecipe> = {
  widget: WIDGET,
  version: 1,
  check: record({
    labels: oneOf("shipped", "fixed"),
    subset: oneOf("all", "drop-1pct"),
    order: oneOf("shipped", "reversed", "by-batch"),
    hiddenUnits: numberIn(HIDDEN_CHOICES),
    learningRate: numberIn(LEARNING_RATE_CHOICES),
    epochs: numberIn(EPOCH_CHOICES),
    script: oneOf("v1", "v2"),
    exp: oneOf("ours", "engine", "other"),
    seed: integer(0, MAX_SEED),
    sum: oneOf("sequential", "blocked", "pairwise"),
    precision: oneOf("float64", "float32"),
  }),
  migrations: {},
};

export function withChoice(recipe: LabRecipe, field: Field, raw: string): LabRecipe {
  const current = recipe[field];
  const value = typeof current === "number" ? Number(raw) : raw;
  const checked = labShareSpec.check({ ...recipe, [field]: value }, "recipe");
  return checked.ok ? checked.value : recipe;
}

export type SeedInput = { ok: true; seed: number } | { ok: false; message: string };

/** The seed field's text: a whole number 0 … 4,294,967,295 (at most 10 digits, nothing else). */
export function parseSeed(text: string): SeedInput {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) {
    return { ok: false, message: `Enter a whole number from 0 to ${formatCount(MAX_SEED)}.` };
  }
  const seed = Number(trimmed);
  return seed <= MAX_SEED
    ? { ok: true, seed }
    : { ok: false, message: `At most ${formatCount(MAX_SEED)} (the generator takes 32 bits).` };
}

export const isPublished = (recipe: LabRecipe) =>
  (Object.keys(PUBLISHED_LAB_RECIPE) as Field[]).every((field) => recipe[field] === PUBLISHED_LAB_RECIPE[field]);

const percent = (correct: number, total: number) => (total === 0 ? "—" : `${Math.round((100 * correct) / total)} %`);

export function verdict(report: RebuildReport): string {
  if (report.status !== "trained") return `No weights: ${report.message}`;
  return report.match
    ? "Same build: the rebuilt weights have the published SHA-256, bit for bit."
    : "Another build: the rebuilt weights do not have the published SHA-256 (whether they are better is what the tests say).";
}

export function bitsSummary(report: RebuildReport): string {
  if (report.status !== "trained") return "";
  if (!report.sameShape) {
    return `The network has ${report.hiddenUnits} hidden units instead of 32, so no weight can be compared one to one.`;
  }
  if (report.differingWeights === 0) return `All ${formatCount(report.totalWeights)} numbers are identical.`;
  return `${formatCount(report.differingWeights)} of ${formatCount(report.totalWeights)} numbers differ; the largest difference is ${report.maxAbsDelta.toPrecision(2)}.`;
}

export function behaviourSummary(report: RebuildReport): string {
  if (report.status !== "trained") return "";
  const overall = `Overall ${percent(report.rebuiltCorrect, report.testCount)} correct (published: ${percent(report.publishedCorrect, report.testCount)}).`;
  return `${report.differentPredictions} of ${report.testCount} test images classified differently. ${overall}`;
}

/** A sentence about this particular result, beside the general lesson. */
export function resultLesson(recipe: LabRecipe, report: RebuildReport): string {
  if (report.status !== "trained") return "";
  if (recipe.exp === "engine") {
    const { calls, differing } = report.expTally;
    return differing === 0
      ? `This browser’s Math.exp agreed with our exp on all ${formatCount(calls)} calls (its engine uses the same fdlibm algorithm), so the bits could match here. In an engine whose Math.exp differs, such as QuickJS, they would not.`
      : `This browser’s Math.exp differed from our exp on ${formatCount(differing)} of ${formatCount(calls)} calls, and that alone changed the hash.`;
  }
  if (report.match) return "Every ingredient was the published one, so every bit is too.";
  if (report.differentPredictions <= report.testCount / 20) {
    return "The bits differ, yet the model behaves almost the same: a different build of the same source.";
  }
  return "This change moved the behaviour too, not only the bits.";
}

export function perDigitRows(report: RebuildReport) {
  return report.perDigit.map((row, digit) => ({
    digit,
    published: `${row.published}/${row.total} (${percent(row.published, row.total)})`,
    rebuilt: `${row.rebuilt}/${row.total} (${percent(row.rebuilt, row.total)})`,
    change: row.rebuilt - row.published,
  }));
}

const FIELD_NAMES: Record<Field, string> = {
  labels: "labels",
  subset: "examples",
  order: "file order",
  hiddenUnits: "hidden units",
  learningRate: "learning rate",
  epochs: "epochs",
  script: "script",
  exp: "exponential",
  seed: "seed",
  sum: "summation order",
  precision: "accumulation",
};

/** "the published recipe", or what differs from it: "seed 2; summation order pairwise tree, …". */
export function changedSummary(recipe: LabRecipe): string {
  const changed = (Object.keys(PUBLISHED_LAB_RECIPE) as Field[]).filter((f) => recipe[f] !== PUBLISHED_LAB_RECIPE[f]);
  if (changed.length === 0) return "the published recipe";
  return changed.map((field) => `${FIELD_NAMES[field]} ${choiceLabel(field, recipe[field])}`).join("; ");
}
