import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { projectFile } from "../build/paths.ts";

/** The home-screen icon, rendered from the same SVG as the favicon. */
export function GET(): Response {
  const svg = readFileSync(projectFile("src/build/icons/favicon.svg"), "utf8");
  const png = new Resvg(svg, { fitTo: { mode: "width", value: 180 } }).render().asPng();
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
}
