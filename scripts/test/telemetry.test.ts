/**
 * No project command reports usage to Astro's telemetry service. Oracle: the shell itself — each
 * package.json command that starts `astro` is run by `sh` (as npm runs it) with a stand-in
 * `astro` first on PATH that prints the ASTRO_TELEMETRY_DISABLED it was given; Astro's own
 * telemetry code (@astrojs/telemetry) skips recording and its notice when that variable is set.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
const fakeBin = mkdtempSync(join(tmpdir(), "fake-astro-"));
writeFileSync(join(fakeBin, "astro"), '#!/bin/sh\nprintf "%s" "${ASTRO_TELEMETRY_DISABLED:-unset}"\n');
chmodSync(join(fakeBin, "astro"), 0o755);
afterAll(() => rmSync(fakeBin, { recursive: true, force: true }));

/** The `&&`-separated steps of every script that run `astro` directly. */
const astroSteps = Object.entries(scripts).flatMap(([name, command]) =>
  command
    .split("&&")
    .map((step) => step.trim())
    .filter((step) => /(^|\s)astro(\s|$)/.test(step))
    .map((step) => ({ name, step })),
);

describe("Astro telemetry", () => {
  it("finds the commands that start Astro (dev, start, build, check)", () => {
    expect(new Set(astroSteps.map(({ name }) => name))).toEqual(
      new Set(["dev", "start", "build", "check", "check:astro"]),
    );
  });

  for (const { name, step } of astroSteps) {
    it(`npm run ${name}: "${step}" starts astro with telemetry disabled`, () => {
      const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${fakeBin}:${process.env["PATH"] ?? ""}` };
      delete env["ASTRO_TELEMETRY_DISABLED"];
      const result = spawnSync("sh", ["-c", step], { env, encoding: "utf8" });
      expect(result.stdout).toBe("1");
    });
  }
});
