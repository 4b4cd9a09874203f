/**
 * What pages say about the site's own source archive. The archive is written after the pages, so
 * they hold these tokens and src/build/source-archive.ts stamps in the real values.
 * SOURCE_REPOSITORY_URL (an https URL, set at build time) adds a link to a public repository;
 * anything else is ignored, so a typo cannot put a bad link on the page.
 */
export const SOURCE_TOKENS = {
  path: "__SOURCE_ARCHIVE_PATH__",
  sha256: "__SOURCE_ARCHIVE_SHA256__",
  size: "__SOURCE_ARCHIVE_SIZE__",
} as const;

export function repositoryUrl(value: string | undefined): string | null {
  if (!value || value.length > 300) return null;
  try {
    const url = new URL(value);
    return url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export const REPOSITORY_URL = repositoryUrl(process.env["SOURCE_REPOSITORY_URL"]);
