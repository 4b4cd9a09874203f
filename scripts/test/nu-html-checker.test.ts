/**
 * npm test's Nu HTML checker step can fail. Oracle: vnu.jar itself, run once by the step's script
 * on two probe pages: the valid one gets no error; the other, with the two faults the checker
 * found in this site (a button both `disabled` and `aria-disabled`, as the weights challenge's
 * Start button was server-rendered; an h3 right after the h1, as on two embed pages), gets both,
 * and the step fails.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "nu-probe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Probe</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

describe("the Nu HTML checker step (scripts/test/nu-html-checker.ts)", () => {
  it("fails on a disabled button with aria-disabled and on a skipped heading level, and only there", () => {
    writeFileSync(
      join(dir, "valid.html"),
      page('<h1>Probe</h1>\n<h2>Part</h2>\n<button type="button" disabled>Start</button>'),
    );
    writeFileSync(
      join(dir, "invalid.html"),
      page('<h1>Probe</h1>\n<button type="button" disabled aria-disabled="false">Start</button>\n<h3>Part</h3>'),
    );
    const result = spawnSync("node", ["scripts/test/nu-html-checker.ts", dir], { encoding: "utf8" });
    const output = `${result.stdout}${result.stderr}`;
    const errors = output.split("\n").filter((line) => line.includes(": error: "));
    expect(
      errors.every((line) => line.includes("invalid.html")),
      output,
    ).toBe(true);
    expect(
      errors.some((line) =>
        /“aria-disabled” must not be specified on elements that have attribute “disabled”/.test(line),
      ),
    ).toBe(true);
    expect(errors.some((line) => /heading “h3”.*follows the heading “h1”/.test(line))).toBe(true);
    expect(output).toContain("2 pages, 2 errors");
    expect(result.status).toBe(1);
  });

  it("ignores its CSS parser's errors at container query units (cqi), and only those", () => {
    const styled = (css: string) =>
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Probe</title><style>${css}</style></head>\n<body>\n<h1>Probe</h1>\n</body>\n</html>\n`;
    const cssDir = mkdtempSync(join(tmpdir(), "nu-css-probe-"));
    try {
      writeFileSync(join(cssDir, "units.html"), styled("h1{font-size:clamp(1rem,2.2cqi,2rem);color:red}"));
      writeFileSync(join(cssDir, "broken.html"), styled("h1{font-size:clamp(1rem,2.2vw,2rem;color:red}"));
      const result = spawnSync("node", ["scripts/test/nu-html-checker.ts", cssDir], { encoding: "utf8" });
      const output = `${result.stdout}${result.stderr}`;
      const errors = output.split("\n").filter((line) => line.includes(": error: "));
      expect(errors.length, output).toBeGreaterThan(0);
      expect(
        errors.every((line) => line.includes("broken.html")),
        output,
      ).toBe(true);
      expect(result.status).toBe(1);
    } finally {
      rmSync(cssDir, { recursive: true, force: true });
    }
  });
});
