/**
 * Self-hosted fonts, cut to what the site shows. After the build, every HTML, CSS and JavaScript
 * file of dist/ is read for its characters and each face of faces.ts is subset to them with
 * HarfBuzz (`subset-font`), written to dist/fonts/ with its licence. The inputs are the built
 * files and the pinned font packages, so the output is the same bytes on every rebuild.
 * In development the full, uncut files are served at the same URLs.
 */
import { createReadStream } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import subsetFont from "subset-font";
import { FONT_FACES, type FontFace } from "./faces.ts";
import { siteCharacters } from "./site-characters.ts";

async function* textFiles(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (/\.(html|css|js|mjs)$/.test(entry.name)) yield path;
  }
}

function axesOf(face: FontFace): Record<string, number | { min: number; max: number }> {
  return { wght: typeof face.weight === "number" ? face.weight : { min: face.weight[0], max: face.weight[1] } };
}

/** Writes the subset faces and their licences into `root`/fonts; returns the files written. */
export async function writeSubsetFonts(root: string): Promise<string[]> {
  const texts: string[] = [];
  for await (const file of textFiles(root)) texts.push(await readFile(file, "utf8"));
  const characters = siteCharacters(texts);
  const out = join(root, "fonts");
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const face of FONT_FACES) {
    const subset = await subsetFont(await readFile(face.source), characters, {
      targetFormat: "woff2",
      variationAxes: axesOf(face),
      ...(face.features ? { keepFeatures: [...face.features] } : {}),
    });
    await writeFile(join(out, face.file), subset);
    written.push(face.file);
  }
  for (const licence of new Set(FONT_FACES.map((face) => face.licence))) {
    const name = `LICENSE-${licence.split("/").at(-2) ?? "font"}.txt`;
    await writeFile(join(out, name), await readFile(licence));
    written.push(name);
  }
  return written;
}

export function subsetFonts(): AstroIntegration {
  return {
    name: "preferred-form:subset-fonts",
    hooks: {
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const face = FONT_FACES.find((candidate) => request.url === `/fonts/${candidate.file}`);
          if (!face) return next();
          response.setHeader("Content-Type", "font/woff2");
          createReadStream(face.source).pipe(response);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const written = await writeSubsetFonts(fileURLToPath(dir));
        logger.info(`fonts: ${written.join(", ")}`);
      },
    },
  };
}
