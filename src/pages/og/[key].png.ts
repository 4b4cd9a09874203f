import type { APIContext, GetStaticPaths } from "astro";
import { chaptersInOrder } from "../../build/chapters.ts";
import { renderPreviewPng, type PreviewCard } from "../../build/og/render.ts";
import { WIDGETS } from "../../widgets/registry.ts";

const PAGES: Record<string, PreviewCard> = {
  home: {
    kicker: "Preferred Form",
    title: "Open weights are not open source",
    subtitle: "Patch a binary. Patch a weight matrix. Then fix the source and rebuild.",
  },
  chapters: {
    kicker: "Preferred Form",
    title: "All chapters",
    subtitle: "What source means, and why a model’s source is its data and training program.",
  },
  about: {
    kicker: "Preferred Form",
    title: "About this site",
    subtitle: "How it is built, and the licences of its code, prose and data.",
  },
  sources: {
    kicker: "Preferred Form",
    title: "Sources",
    subtitle: "Every source the chapters cite, chapter by chapter.",
  },
  corrections: {
    kicker: "Preferred Form",
    title: "Corrections and updates",
    subtitle: "Every change after publication: what it said, what it says now, and the source.",
  },
  scorecard: {
    kicker: "Scorecard",
    title: "Can you rebuild it?",
    subtitle: "Weights, licences, training code and data for well-known models, every cell sourced.",
  },
  rebuild: {
    kicker: "Preferred Form",
    title: "Rebuild this site",
    subtitle: "Same source, same toolchain, same bytes: check it yourself.",
  },
};

export const getStaticPaths = (async () => {
  const chapters = await chaptersInOrder();
  const cards: { key: string; card: PreviewCard }[] = Object.entries(PAGES).map(([key, card]) => ({ key, card }));
  for (const chapter of chapters) {
    cards.push({
      key: chapter.id,
      card: { kicker: `Chapter ${chapter.data.order}`, title: chapter.data.title, subtitle: chapter.data.description },
    });
  }
  for (const widget of WIDGETS) {
    cards.push({
      key: `widget-${widget.name}`,
      card: { kicker: "Interactive", title: widget.title, subtitle: widget.description },
    });
  }
  return cards.map(({ key, card }) => ({ params: { key }, props: { card } }));
}) satisfies GetStaticPaths;

export async function GET({ props }: APIContext<{ card: PreviewCard }>): Promise<Response> {
  const png = await renderPreviewPng(props.card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
}
