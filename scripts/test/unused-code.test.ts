/**
 * `npm run check` fails on unused code. Oracle: knip itself, run with the project's knip.jsonc
 * on probe files (a test, the module it imports, and a module nothing imports), beside a check
 * that `npm run check` runs it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
const dir = resolve("src/core/nn/lab");
const probes = {
  "__knip_probe__.test.ts": 'import { used } from "./__knip_probe__.ts";\nexport const probe = used;\n',
  "__knip_probe__.ts": "export const used = 1;\nexport const unusedProbeExport = 2;\n",
  "__knip_orphan_probe__.ts": "export const orphan = 3;\n",
};
afterAll(() => {
  for (const name of Object.keys(probes)) rmSync(join(dir, name), { force: true });
});

describe("unused code (knip, knip.jsonc)", () => {
  it("is part of npm run check", () => {
    expect(scripts["check"]?.split("&&").map((step) => step.trim())).toContain("npm run check:unused");
    expect(scripts["check:unused"]).toMatch(/^knip\b/);
  });

  it("fails on an unused export and on a file nothing imports, naming both", () => {
    for (const [name, source] of Object.entries(probes)) writeFileSync(join(dir, name), source);
    const result = spawnSync("npx", ["knip", "--no-progress", "--no-config-hints"], { encoding: "utf8" });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain("unusedProbeExport");
    expect(output).toContain("__knip_orphan_probe__.ts");
    expect(output).not.toMatch(/\bused\b.*__knip_probe__\.ts/);
  });
});
