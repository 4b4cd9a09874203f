/**
 * Files read at build time are located from the project root (where every npm script runs), not
 * from `import.meta.url`: Astro bundles pages into dist/.prerender, which moves that URL.
 */
import { resolve } from "node:path";

export const projectFile = (relativePath: string): string => resolve(process.cwd(), relativePath);
