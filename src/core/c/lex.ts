/**
 * Splits C text into tokens with 1-based line/column. Comments are dropped, `\`-newline joins
 * lines, and each token records whether it starts a line (for `#` directives). Bad characters,
 * unterminated comments, strings and character constants come back as errors, never exceptions.
 */
import type { CError } from "./error.ts";

export type TokenKind = "number" | "identifier" | "string" | "char" | "punct" | "eof";

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  column: number;
  /** First token on its line (a `#` here starts a directive). */
  lineStart: boolean;
  /** Whitespace before it (for telling `f(` from `f (` in #define). */
  spaceBefore: boolean;
  /** For strings: the bytes without the terminating zero; for chars: the one value. */
  bytes?: number[];
}

const PUNCTUATORS = [
  "<<=",
  ">>=",
  "...",
  "->",
  "++",
  "--",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!=",
  "&&",
  "||",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "##",
  "+",
  "-",
  "*",
  "/",
  "%",
  "&",
  "|",
  "^",
  "~",
  "!",
  "<",
  ">",
  "=",
  "?",
  ":",
  ";",
  ",",
  ".",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "#",
];

const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10,
  t: 9,
  r: 13,
  "0": 0,
  "\\": 92,
  "'": 39,
  '"': 34,
  a: 7,
  b: 8,
  f: 12,
  v: 11,
  "?": 63,
  e: 27,
};

export interface LexResult {
  tokens: Token[];
  errors: CError[];
}

export function lex(source: string): LexResult {
  const tokens: Token[] = [];
  const errors: CError[] = [];
  let i = 0;
  let line = 1;
  let lineStartIndex = 0;
  let atLineStart = true;
  let space = false;
  const n = source.length;
  const column = (at: number): number => at - lineStartIndex + 1;
  const newline = (at: number): void => {
    line++;
    lineStartIndex = at + 1;
  };

  /** Reads one character of a string or char constant; returns [value, next index] or null. */
  const escape = (at: number): [number, number] | null => {
    const c = source[at];
    if (c === undefined || c === "\n") return null;
    if (c !== "\\") {
      const code = source.charCodeAt(at);
      return code < 128 ? [code, at + 1] : [63, at + 1];
    }
    const e = source[at + 1];
    if (e === undefined || e === "\n") return null;
    if (e === "x") {
      let j = at + 2;
      let v = 0;
      while (j < n && /[0-9a-f]/i.test(source[j]!)) v = (v * 16 + parseInt(source[j++]!, 16)) & 0xff;
      return j === at + 2 ? null : [v, j];
    }
    if (/[0-7]/.test(e)) {
      let j = at + 1;
      let v = 0;
      while (j < at + 4 && /[0-7]/.test(source[j] ?? "")) v = v * 8 + Number(source[j++]);
      return [v & 0xff, j];
    }
    const v = SIMPLE_ESCAPES[e];
    return v === undefined ? null : [v, at + 2];
  };

  while (i < n) {
    const c = source[i]!;
    if (c === "\n") {
      newline(i);
      i++;
      atLineStart = true;
      space = false;
      continue;
    }
    if (c === "\\" && source[i + 1] === "\n") {
      newline(i + 1);
      i += 2;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v") {
      i++;
      space = true;
      continue;
    }
    if (c === "/" && source[i + 1] === "/") {
      while (i < n && source[i] !== "\n") i++;
      space = true;
      continue;
    }
    if (c === "/" && source[i + 1] === "*") {
      const startLine = line;
      const startColumn = column(i);
      const end = source.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let j = i; j < stop; j++) if (source[j] === "\n") newline(j);
      if (end < 0) errors.push({ line: startLine, column: startColumn, message: "unterminated comment" });
      i = stop;
      space = true;
      continue;
    }
    const start = i;
    const startColumn = column(i);
    const push = (kind: TokenKind, text: string, bytes?: number[]): void => {
      const token: Token = { kind, text, line, column: startColumn, lineStart: atLineStart, spaceBefore: space };
      if (bytes) token.bytes = bytes;
      tokens.push(token);
      atLineStart = false;
      space = false;
    };
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(source[i + 1] ?? ""))) {
      while (i < n && /[0-9a-zA-Z_.]/.test(source[i]!)) {
        if (/[eEpP]/.test(source[i]!) && /[+-]/.test(source[i + 1] ?? "") && !/^0x/i.test(source.slice(start, i))) i++;
        i++;
      }
      push("number", source.slice(start, i));
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      while (i < n && /[A-Za-z0-9_$]/.test(source[i]!)) i++;
      push("identifier", source.slice(start, i));
      continue;
    }
    if (c === '"' || c === "'") {
      const bytes: number[] = [];
      let j = i + 1;
      let ok = true;
      while (j < n && source[j] !== c) {
        const r = escape(j);
        if (!r) {
          ok = false;
          break;
        }
        bytes.push(r[0]);
        j = r[1];
      }
      if (!ok || j >= n) {
        errors.push({
          line,
          column: startColumn,
          message: c === '"' ? "unterminated or malformed string" : "unterminated or malformed character constant",
        });
        while (i < n && source[i] !== "\n") i++;
        continue;
      }
      i = j + 1;
      if (c === "'" && bytes.length !== 1) {
        errors.push({ line, column: startColumn, message: "a character constant holds exactly one character" });
        continue;
      }
      push(c === '"' ? "string" : "char", source.slice(start, i), bytes);
      continue;
    }
    const punct = PUNCTUATORS.find((p) => source.startsWith(p, i));
    if (punct) {
      i += punct.length;
      push("punct", punct);
      continue;
    }
    errors.push({
      line,
      column: startColumn,
      message: `unexpected character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
    });
    i++;
  }
  tokens.push({ kind: "eof", text: "", line, column: column(i), lineStart: true, spaceBefore: false });
  return { tokens, errors };
}
