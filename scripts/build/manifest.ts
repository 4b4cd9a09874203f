/**
 * `npm run manifest [dir] [--list]`: the SHA-256 of every file of a built site and of the sorted
 * list, and the hash the rebuild page states (every file but that page itself).
 */
import { buildManifest, REBUILD_PAGE } from "../../src/build/manifest.ts";

const dir = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "dist";
const whole = buildManifest(dir);
if (process.argv.includes("--list")) console.log(whole.lines.join("\n"));
console.log(`${whole.lines.length} files in ${dir}; manifest sha256 ${whole.hash}`);
const stated = buildManifest(dir, [REBUILD_PAGE]);
console.log(`without ${REBUILD_PAGE} (the hash that page states): ${stated.hash}`);
