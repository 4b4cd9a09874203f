/**
 * linkinator over dist/: every internal link and fragment, crawled from the home page, plus the
 * 404 page (which nothing links to). External hosts are skipped: CI has no network.
 */
import { spawnSync } from "node:child_process";

const common = ["--check-fragments", "--skip", "^(?!http://localhost)", "--verbosity", "error"];
const runs = [
  ["dist", "--recurse", ...common],
  ["404.html", "--server-root", "dist", ...common],
];
let failed = false;
for (const args of runs) {
  const result = spawnSync("npx", ["linkinator", ...args], { stdio: "inherit" });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
