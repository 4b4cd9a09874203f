/**
 * The committed fixtures are what the toolchain gives now: regenerating every listing, oracle and
 * fixture reproduces the committed files byte for byte. Needs gcc 12 (the version the listings
 * were made with, and the one on CI); with another or none, the test says why it did not run.
 * It builds and runs several native harnesses, so it gets more time than the default.
 */
import { describe, expect, it } from "vitest";
import { generateAll, staleFiles } from "./main.ts";
import { gccMajorVersion } from "./toolchain.ts";

const major = gccMajorVersion();
const reason = major === null ? "gcc is not installed" : major !== 12 ? `gcc ${major} is not gcc 12` : null;
if (reason) console.warn(`listings sync test not run: ${reason}`);

describe("npm run listings", () => {
  it.skipIf(reason !== null)(
    "regenerates exactly the committed files",
    async () => {
      const generated = await generateAll();
      expect(generated.size).toBeGreaterThanOrEqual(8);
      expect(staleFiles(generated)).toEqual([]);
    },
    240_000,
  );
});
