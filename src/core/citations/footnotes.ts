/**
 * Reads the citations of a chapter from its MDX text: GFM footnote references `[^key]` and
 * definitions `[^key]: [Source title](https://…) detail`. The chapter page lists its sources from
 * this, and the citation checks use it to fail a chapter with an unsourced or malformed note.
 * Positions are 1-based lines of the MDX file, so an error points at the place to fix.
 */

export interface FootnoteDefinition {
  key: string;
  line: number;
  /** The whole definition text after `[^key]:`. */
  text: string;
  /** The first Markdown link in the definition, if any. */
  source: { title: string; url: string } | null;
}

export interface FootnoteReference {
  key: string;
  line: number;
}

export interface ChapterCitations {
  definitions: FootnoteDefinition[];
  references: FootnoteReference[];
}

const DEFINITION = /^\[\^([^\]\s]+)\]:\s*(.*)$/;
const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;
const FIRST_LINK = /\[((?:[^\][]|\[[^\]]*\])+)\]\(([^()\s]+)\)/;

/** Strips the frontmatter block and fenced code so that neither is read as prose. */
function proseLines(mdx: string): { text: string; line: number }[] {
  const lines = mdx.split(/\r?\n/);
  const result: { text: string; line: number }[] = [];
  let index = 0;
  if (lines[0]?.trim() === "---") {
    index = lines.findIndex((line, i) => i > 0 && line.trim() === "---") + 1;
  }
  let inFence = false;
  for (; index < lines.length; index++) {
    const text = lines[index] ?? "";
    if (/^\s*(```|~~~)/.test(text)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence) result.push({ text, line: index + 1 });
  }
  return result;
}

export function readCitations(mdx: string): ChapterCitations {
  const definitions: FootnoteDefinition[] = [];
  const references: FootnoteReference[] = [];
  for (const { text, line } of proseLines(mdx)) {
    const definition = DEFINITION.exec(text);
    if (definition) {
      const [, key = "", body = ""] = definition;
      const link = FIRST_LINK.exec(body);
      definitions.push({
        key,
        line,
        text: body,
        source: link ? { title: link[1] ?? "", url: link[2] ?? "" } : null,
      });
      continue;
    }
    for (const match of text.matchAll(REFERENCE)) {
      references.push({ key: match[1] ?? "", line });
    }
  }
  return { definitions, references };
}

export interface SourceEntry {
  title: string;
  url: string;
  /** Footnote keys that cite this URL, in order of definition. */
  keys: string[];
}

/** One entry per distinct URL, in the order the chapter first cites it. */
export function sourceList(citations: ChapterCitations): SourceEntry[] {
  const byUrl = new Map<string, SourceEntry>();
  for (const definition of citations.definitions) {
    if (!definition.source) continue;
    const entry = byUrl.get(definition.source.url);
    if (entry) entry.keys.push(definition.key);
    else byUrl.set(definition.source.url, { ...definition.source, keys: [definition.key] });
  }
  return [...byUrl.values()];
}

export interface CitationProblem {
  line: number;
  message: string;
}

const FORBIDDEN_WORDS = /\b(TODO|lorem|citation needed|TBD|FIXME)\b/i;

/** What makes a chapter's citations unacceptable; empty when the chapter is fine. */
export function citationProblems(mdx: string, minimumSources: number): CitationProblem[] {
  const citations = readCitations(mdx);
  const problems: CitationProblem[] = [];
  const defined = new Set(citations.definitions.map((definition) => definition.key));
  const referenced = new Set(citations.references.map((reference) => reference.key));
  for (const definition of citations.definitions) {
    if (!definition.source) {
      problems.push({ line: definition.line, message: `footnote [^${definition.key}] has no source link` });
      continue;
    }
    let url: URL | null = null;
    try {
      url = new URL(definition.source.url);
    } catch {
      url = null;
    }
    if (!url || url.protocol !== "https:" || !url.hostname.includes(".")) {
      problems.push({
        line: definition.line,
        message: `footnote [^${definition.key}] source is not a well-formed https URL: ${definition.source.url}`,
      });
    }
    if (!referenced.has(definition.key)) {
      problems.push({ line: definition.line, message: `footnote [^${definition.key}] is defined but never cited` });
    }
  }
  for (const reference of citations.references) {
    if (!defined.has(reference.key)) {
      problems.push({ line: reference.line, message: `footnote [^${reference.key}] is cited but not defined` });
    }
  }
  const distinctSources = sourceList(citations).length;
  if (distinctSources < minimumSources) {
    problems.push({
      line: 1,
      message: `only ${distinctSources} distinct sources; at least ${minimumSources} are required`,
    });
  }
  mdx.split(/\r?\n/).forEach((text, index) => {
    const forbidden = FORBIDDEN_WORDS.exec(text);
    if (forbidden) problems.push({ line: index + 1, message: `placeholder text "${forbidden[0]}"` });
  });
  return problems;
}
