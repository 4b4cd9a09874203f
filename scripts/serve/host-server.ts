/**
 * "Another website" for the e2e tests: serves e2e/host/ on its own port (so its origin differs
 * from the site's) without our `_headers`, as a forum or blog that frames our pages would.
 */
import { startStaticServer } from "./static-server.ts";

const port = Number(process.argv[2] ?? 4322);
await startStaticServer({ root: "e2e/host", port, applyHeadersFile: false });
console.log(`Host pages at http://127.0.0.1:${port}/`);
