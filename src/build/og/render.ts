/**
 * The 1200×630 link-preview images, drawn at build time with satori (layout to SVG) and resvg
 * (SVG to PNG). The font files ship in this folder (Inter, SIL OFL 1.1), so the build needs no
 * network and gives the same PNG bytes every time.
 */
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { projectFile } from "../paths.ts";

const fontRegular = readFileSync(projectFile("src/build/og/fonts/inter-latin-400-normal.woff"));
const fontBold = readFileSync(projectFile("src/build/og/fonts/inter-latin-700-normal.woff"));

export interface PreviewCard {
  kicker: string;
  title: string;
  subtitle: string;
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children: unknown): Node => ({
  type,
  props: { style, children },
});

export async function renderPreviewPng(card: PreviewCard): Promise<Uint8Array> {
  const tree = h(
    "div",
    {
      width: "1200px",
      height: "630px",
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: "64px 72px",
      background: "#fdfcf8",
      color: "#1b1b1f",
      fontFamily: "Inter",
      borderTop: "18px solid #1d4ed8",
    },
    [
      h("div", { fontSize: "30px", color: "#4f5359", letterSpacing: "2px", textTransform: "uppercase" }, card.kicker),
      h("div", { display: "flex", flexDirection: "column" }, [
        h("div", { fontSize: card.title.length > 40 ? "64px" : "76px", fontWeight: 700, lineHeight: 1.1 }, card.title),
        h("div", { fontSize: "32px", color: "#4f5359", marginTop: "28px", lineHeight: 1.35 }, card.subtitle),
      ]),
      h(
        "div",
        { display: "flex", justifyContent: "space-between", fontSize: "28px", color: "#1d4ed8", fontWeight: 700 },
        [h("div", {}, "Preferred Form"), h("div", { color: "#4f5359", fontWeight: 400 }, "weights ≠ source")],
      ),
    ],
  );
  const svg = await satori(tree, {
    width: 1200,
    height: 630,
    fonts: [
      { name: "Inter", data: fontRegular, weight: 400, style: "normal" },
      { name: "Inter", data: fontBold, weight: 700, style: "normal" },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: "width", value: 1200 }, font: { loadSystemFonts: false } }).render().asPng();
}
