/**
 * The core's purity check can fail: a probe file that imports Preact or touches the DOM is
 * type-checked with tsconfig.core.json's settings, and must be rejected; a pure probe must pass.
 * Oracle: the TypeScript compiler itself.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const probeDir = resolve("src/core/__purity_probe__");
afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

function checkProbe(source: string): { status: number | null; output: string } {
  mkdirSync(probeDir, { recursive: true });
  writeFileSync(join(probeDir, "probe.ts"), source);
  const config = join(probeDir, "tsconfig.json");
  writeFileSync(
    config,
    JSON.stringify({ extends: "../../../tsconfig.core.json", include: ["./probe.ts", "../platform.d.ts"] }),
  );
  const result = spawnSync("npx", ["tsc", "-p", config], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("src/core purity (tsconfig.core.json)", () => {
  it("rejects an import of Preact", () => {
    const result = checkProbe('import { h } from "preact";\nexport const x = h;\n');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/preact/);
  });

  it("rejects an import of Astro", () => {
    const result = checkProbe('import { getCollection } from "astro:content";\nexport const x = getCollection;\n');
    expect(result.status).not.toBe(0);
  });

  it("rejects DOM globals", () => {
    const result = checkProbe("export const title = document.title;\n");
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/document/);
  });

  it("accepts pure ECMAScript plus the declared WHATWG encoders", () => {
    const result = checkProbe("export const bytes = new TextEncoder().encode('x').length + Math.max(1, 2);\n");
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  });
});

/**
 * The layers (pages → layouts/components → widgets → core) are enforced by dependency-cruiser on
 * resolved paths. Oracle: dependency-cruiser run on probe files in src/core/nn/lab/, three levels
 * below src/, where a text-prefix lint of `../../widgets/*` never looked.
 */
describe("layers (dependency-cruiser, .dependency-cruiser.cjs)", () => {
  const labDir = resolve("src/core/nn/lab");
  const probes: string[] = [];
  afterAll(() => {
    for (const probe of probes) rmSync(probe, { force: true });
  });

  function cruise(name: string, source: string): { status: number | null; output: string } {
    const file = join(labDir, name);
    probes.push(file);
    writeFileSync(file, source);
    const result = spawnSync("npx", ["depcruise", "--config", ".dependency-cruiser.cjs", file], { encoding: "utf8" });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it("rejects a core file three levels deep that imports a widget", () => {
    const result = cruise(
      "__layer_probe_up__.ts",
      'import { memo } from "../../../widgets/shared/memo.ts";\nexport const x = memo;\n',
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("core-imports-nothing-above-it");
  });

  it("accepts a core file three levels deep that imports the core", () => {
    const result = cruise(
      "__layer_probe_ok__.ts",
      'import { createRng } from "../../rng/xoshiro128.ts";\nexport const x = createRng;\n',
    );
    expect(result.output).toContain("no dependency violations");
    expect(result.status).toBe(0);
  });
});

/** Writes `files` into `probeDir`, runs dependency-cruiser on that folder, and removes them. */
function cruiseFolder(probeDir: string, files: Record<string, string>): { status: number | null; output: string } {
  mkdirSync(probeDir, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(join(probeDir, name), source);
  const result = spawnSync("npx", ["depcruise", "--config", ".dependency-cruiser.cjs", probeDir], {
    encoding: "utf8",
  });
  for (const name of Object.keys(files)) rmSync(join(probeDir, name));
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * The UI layers have no import cycles (the binary challenge's panels once imported the Engine
 * type from the View that imports them). Oracle: dependency-cruiser run on such a pair.
 */
describe("import cycles in the UI layers (dependency-cruiser, .dependency-cruiser.cjs)", () => {
  const probeDir = resolve("src/widgets/__cycle_probe__");
  afterAll(() => rmSync(probeDir, { recursive: true, force: true }));
  const cruise = (files: Record<string, string>) => cruiseFolder(probeDir, files);

  it("rejects a panel that imports a type from the View that imports it", () => {
    const result = cruise({
      "View.ts":
        'import { panel } from "./Panel.ts";\nexport interface Engine {\n  run(): void;\n}\nexport const view = panel;\n',
      "Panel.ts": 'import type { Engine } from "./View.ts";\nexport const panel = (engine: Engine) => engine;\n',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("ui-imports-no-cycles");
  });

  it("accepts the same pair with the type in a module of its own, and a module naming its own type", () => {
    const result = cruise({
      "engine.ts":
        'import type * as Self from "./engine.ts";\nexport interface Engine {\n  run(): void;\n}\nexport type Module = typeof Self;\n',
      "View.ts": 'import { panel } from "./Panel.ts";\nexport const view = panel;\n',
      "Panel.ts": 'import type { Engine } from "./engine.ts";\nexport const panel = (engine: Engine) => engine;\n',
    });
    expect(result.output).toContain("no dependency violations");
    expect(result.status).toBe(0);
  });
});

/**
 * The core has no import cycles either (the C lexer once took its CError type from compile.ts,
 * which imports the lexer), apart from the two mutual recursions the rule names. Oracle:
 * dependency-cruiser run on such a pair (`npm run check:layers` runs it on the real tree).
 */
describe("import cycles in the core (dependency-cruiser, .dependency-cruiser.cjs)", () => {
  const probeDir = resolve("src/core/__cycle_probe__");
  afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

  it("rejects a lexer that takes its error type from the compiler that imports it", () => {
    const result = cruiseFolder(probeDir, {
      "compile.ts":
        'import { lex } from "./lex.ts";\nexport interface CError {\n  line: number;\n}\nexport const compile = lex;\n',
      "lex.ts": 'import type { CError } from "./compile.ts";\nexport const lex = (error: CError) => error.line;\n',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("core-imports-no-cycles");
  });
});
