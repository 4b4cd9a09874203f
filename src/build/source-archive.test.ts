/**
 * The source archive holds exactly what git would commit (git is the oracle for the file list,
 * GNU tar for the archive's format and content), and is the same bytes when built twice.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceFiles, stampSourceArchive, writeSourceArchive } from "./source-archive.ts";
import { repositoryUrl, SOURCE_TOKENS } from "./source-tokens.ts";

const work = mkdtempSync(join(tmpdir(), "pf-source-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const gitFiles = (): string[] | null => {
  try {
    return execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" })
      .split("\0")
      .filter((file) => file && existsSync(file))
      .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  } catch {
    return null;
  }
};

describe("the source archive", () => {
  it.skipIf(gitFiles() === null)("lists the files git would commit", async () => {
    expect(await sourceFiles(".")).toEqual(gitFiles());
  });

  it("is deterministic, and GNU tar reads back every file with a fixed owner and date", async () => {
    const first = await writeSourceArchive(".", join(work, "a"));
    const second = await writeSourceArchive(".", join(work, "b"));
    expect(second).toEqual(first);
    const bytes = readFileSync(join(work, "a", first.path));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(first.sha256);
    expect(first.path).toBe(`/source/preferred-form-${first.sha256.slice(0, 12)}.tar.gz`);

    const listing = execFileSync("tar", ["-tzvf", join(work, "a", first.path), "--numeric-owner"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    })
      .trim()
      .split("\n");
    expect(listing).toHaveLength(first.files);
    for (const line of listing)
      expect(line).toMatch(/^-rw[-x]r-[-x]r-[-x] 0\/0 +\d+ 2026-01-01 00:00 preferred-form\//);

    execFileSync("tar", ["-xzf", join(work, "a", first.path), "-C", work]);
    for (const file of ["package.json", "package-lock.json", "astro.config.ts", "src/build/source-archive.ts"])
      expect(readFileSync(join(work, "preferred-form", file))).toEqual(readFileSync(file));
  }, 60_000);

  it("stamps its path, size and hash into a page", () => {
    const html = `<a href="${SOURCE_TOKENS.path}">x</a> ${SOURCE_TOKENS.size} ${SOURCE_TOKENS.sha256}`;
    const stamped = stampSourceArchive(html, {
      path: "/source/p.tar.gz",
      sha256: "ab".repeat(32),
      bytes: 1572864,
      files: 3,
    });
    expect(stamped).toBe(`<a href="/source/p.tar.gz">x</a> 1.5 MB ${"ab".repeat(32)}`);
  });

  it("accepts only an https repository URL", () => {
    expect(repositoryUrl("https://example.org/preferred-form")).toBe("https://example.org/preferred-form");
    expect(repositoryUrl("javascript:alert(1)")).toBeNull();
    expect(repositoryUrl("http://example.org/")).toBeNull();
    expect(repositoryUrl("not a url")).toBeNull();
    expect(repositoryUrl(undefined)).toBeNull();
  });
});
