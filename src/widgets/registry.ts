/**
 * Every widget the site has, once: its name (the fragment key and the /embed/<name>/ path), the
 * chapter that holds it, and what embeds and previews say about it.
 */
import measured from "./shared/embed-heights.json" with { type: "json" };

/** The widget's embed page height at a 700 px column, measured by scripts/embeds/measure-heights.ts. */
function measuredHeight(name: string): number {
  return (measured.heights as Record<string, number>)[name] ?? 900;
}

export interface WidgetInfo {
  name: string;
  title: string;
  /** Slug of the chapter the widget lives in. */
  chapter: string;
  /** Link-preview text for its embed page (110–220 characters). */
  description: string;
  /** The iframe height in CSS pixels before the widget reports its own: its measured height. */
  embedHeight: number;
}

export const WIDGETS: WidgetInfo[] = [
  {
    name: "binary-challenge",
    title: "Patch the binary: fix a bug in x86-64 assembly",
    chapter: "the-assembly-listing",
    description:
      "A C function has a bug and you only have its compiled x86-64 listing. Patch the assembly until every test passes, then compare with the one-character fix in the source.",
    embedHeight: measuredHeight("binary-challenge"),
  },
  {
    name: "weights-challenge",
    title: "Patch the weights: fix a digit recogniser",
    chapter: "the-weights",
    description:
      "A small neural network reads half its 7s as 1s. Try to fix it by editing its 2,410 weights, then fix the mislabelled training data, retrain in your browser and compare the SHA-256.",
    embedHeight: measuredHeight("weights-challenge"),
  },
  {
    name: "lm-challenge",
    title: "Patch a language model: a wrong fact in a transformer",
    chapter: "a-wrong-fact",
    description:
      "A small transformer trained in your browser says the capital of Australia is Sydney. Patch its weights three ways, then fix the one batch of training sentences, retrain, and compare the SHA-256.",
    embedHeight: measuredHeight("lm-challenge"),
  },
  {
    name: "reproducibility-lab",
    title: "The reproducibility lab: same recipe, same hash?",
    chapter: "rebuilding",
    description:
      "Rebuild the published digits model from its full recipe and get the same SHA-256, then change one ingredient at a time and watch what happens to the bits and to the behaviour.",
    embedHeight: measuredHeight("reproducibility-lab"),
  },
];

export function widgetInfo(name: string): WidgetInfo {
  const info = WIDGETS.find((widget) => widget.name === name);
  if (!info) throw new Error(`Unknown widget "${name}". Known: ${WIDGETS.map((w) => w.name).join(", ")}`);
  return info;
}
