/**
 * Colours for an Intel-syntax listing line, by a small lexer: labels, directives, mnemonics,
 * registers, numbers, size keywords and comments. It only colours (the assembler decides what is
 * valid), so anything it does not know stays plain; it never drops or reorders a character.
 */

export type TokenKind = "label" | "directive" | "mnemonic" | "register" | "number" | "keyword" | "comment" | "plain";

export interface Token {
  kind: TokenKind;
  text: string;
}

const REGISTER = /^(?:[re]?(?:ax|bx|cx|dx|si|di|sp|bp)|[abcd][lh]|(?:si|di|sp|bp)l|r(?:[89]|1[0-5])[dwb]?|rip)$/i;
const KEYWORD = /^(?:byte|word|dword|qword|ptr|offset)$/i;
const NUMBER = /^[-+]?(?:0x[0-9a-f]+|\d+)$/i;

/** Splits one line into coloured tokens whose texts join back to the line exactly. */
export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  const push = (kind: TokenKind, text: string) => {
    if (text) out.push({ kind, text });
  };
  const comment = line.search(/[#;]/);
  const code = comment < 0 ? line : line.slice(0, comment);
  const label = /^(\s*)([.\w$]+:)/.exec(code);
  let rest = code;
  if (label) {
    push("plain", label[1]!);
    push("label", label[2]!);
    rest = code.slice(label[0].length);
  }
  let first = true;
  for (const piece of rest.split(/(\s+|[,[\]*:]|[+-](?![0-9]))/)) {
    if (!piece) continue;
    if (/^\s+$|^[,[\]*:+-]$/.test(piece)) push("plain", piece);
    else if (first) {
      push(piece.startsWith(".") ? "directive" : "mnemonic", piece);
      first = false;
    } else if (REGISTER.test(piece)) push("register", piece);
    else if (NUMBER.test(piece)) push("number", piece);
    else if (KEYWORD.test(piece)) push("keyword", piece);
    else if (/^\.?L\w+$|^[A-Za-z_][\w$.]*$/.test(piece)) push("label", piece);
    else push("plain", piece);
  }
  if (comment >= 0) push("comment", line.slice(comment));
  return out;
}
