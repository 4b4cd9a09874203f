/**
 * The site serves its own source: after the build, every file of the project that git would
 * commit (the .gitignore'd build outputs and node_modules left out) is packed into
 * dist/source/preferred-form-<hash>.tar.gz, and the pages that link to it get its name, size and
 * SHA-256 stamped in. The archive is deterministic: files in byte order of their paths, under one
 * top folder, with a fixed date, owner and permissions (only the executable bit is kept), and
 * gzip with no name or date in its header. So the same tree gives the same bytes in any folder,
 * with or without a .git directory, and the reproducible-build check covers it.
 * The name carries the archive's own SHA-256 (its first 12 hex digits), not a commit id, because
 * a build cannot know its commit without git and must not differ with or without it.
 */
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import ignore from "ignore";
import { pack } from "tar-stream";
import { SOURCE_TOKENS } from "./source-tokens.ts";

export const ARCHIVE_TOP = "preferred-form";
/** 2026-01-01T00:00:00Z: a fixed date for every entry (the tar format needs one). */
const FIXED_MTIME = new Date(Date.UTC(2026, 0, 1));

export interface SourceArchive {
  /** Root-relative URL, e.g. "/source/preferred-form-0123456789ab.tar.gz". */
  path: string;
  sha256: string;
  bytes: number;
  files: number;
}

/** The project's files as git would see them: not ignored, not .git, sorted by path bytes. */
export async function sourceFiles(root: string): Promise<string[]> {
  const rules = ignore().add(await readFile(join(root, ".gitignore"), "utf8").catch(() => ""));
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(join(root, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.name === ".git") continue;
      // A link to a folder (the reproducible-build check links node_modules) counts as a folder.
      const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(join(root, path))).isDirectory());
      if (isFolder) {
        if (!rules.ignores(`${path}/`) && !entry.isSymbolicLink()) await walk(path);
      } else if (!rules.ignores(path)) found.push(path);
    }
  };
  await walk("");
  return found.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

export async function sourceArchiveBytes(root: string, files: readonly string[]): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on("data", (chunk: unknown) => {
    if (Buffer.isBuffer(chunk)) chunks.push(chunk);
  });
  const ended = new Promise<void>((resolve, reject) => {
    tar.on("end", resolve);
    tar.on("error", reject);
  });
  for (const file of files) {
    const path = join(root, file);
    const [content, info] = await Promise.all([readFile(path), stat(path)]);
    tar.entry(
      {
        name: `${ARCHIVE_TOP}/${file}`,
        size: content.length,
        mode: info.mode & 0o111 ? 0o755 : 0o644,
        mtime: FIXED_MTIME,
        uid: 0,
        gid: 0,
        uname: "",
        gname: "",
        type: "file",
      },
      content,
    );
  }
  tar.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks), { level: 9 });
}

/** Writes the archive into `dist`/source/ and returns what the pages state about it. */
export async function writeSourceArchive(root: string, dist: string): Promise<SourceArchive> {
  const files = await sourceFiles(root);
  const bytes = await sourceArchiveBytes(root, files);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const name = `${ARCHIVE_TOP}-${sha256.slice(0, 12)}.tar.gz`;
  await mkdir(join(dist, "source"), { recursive: true });
  await writeFile(join(dist, "source", name), bytes);
  return { path: `/source/${name}`, sha256, bytes: bytes.length, files: files.length };
}

/** Replaces the tokens a page holds with the archive's path, SHA-256 and size. */
export function stampSourceArchive(html: string, archive: SourceArchive): string {
  return html
    .replaceAll(SOURCE_TOKENS.path, archive.path)
    .replaceAll(SOURCE_TOKENS.sha256, archive.sha256)
    .replaceAll(SOURCE_TOKENS.size, `${(archive.bytes / 1024 / 1024).toFixed(1)} MB`);
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith(".html")) yield path;
  }
}

export function sourceArchive(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "preferred-form:source-archive",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const archive = await writeSourceArchive(root, dist);
        for await (const file of htmlFiles(dist)) {
          const html = await readFile(file, "utf8");
          if (html.includes(SOURCE_TOKENS.sha256) || html.includes(SOURCE_TOKENS.path))
            await writeFile(file, stampSourceArchive(html, archive));
        }
        logger.info(`${archive.path}: ${archive.files} files, ${archive.bytes} bytes, sha256 ${archive.sha256}`);
      },
    },
  };
}
