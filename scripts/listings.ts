/** Entry point of `npm run listings`; see scripts/listings/main.ts. */
import { main } from "./listings/main.ts";

process.exitCode = await main(process.argv.slice(2));
