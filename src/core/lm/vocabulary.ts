/**
 * Words to token ids and back. The vocabulary is fixed (it is part of the model's shape), so a
 * word outside it is an error with its position, never a crash: the reader sees which word.
 */
export const START = "<s>";
export const END = ".";
/** A typed prompt or sentence longer than this is refused before it is split. */
export const MAX_TEXT_CHARS = 400;

export interface Vocabulary {
  readonly words: readonly string[];
  readonly ids: ReadonlyMap<string, number>;
}

export function createVocabulary(words: readonly string[]): Vocabulary {
  return { words, ids: new Map(words.map((w, i) => [w, i])) };
}

/** One word of a text, where it starts and ends (UTF-16 offsets into the original text). */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Token id, or −1 if the word is not in the vocabulary. */
  readonly id: number;
}

export type Tokenised =
  | { readonly ok: true; readonly words: readonly Word[]; readonly ids: readonly number[] }
  | { readonly ok: false; readonly words: readonly Word[]; readonly message: string };

/**
 * Splits lowercase text on spaces; "." is a word of its own (the end of a sentence). Apostrophes
 * and other punctuation are not in the vocabulary and are reported like any unknown word.
 */
export function tokenise(text: string, vocabulary: Vocabulary): Tokenised {
  if (text.length > MAX_TEXT_CHARS)
    return { ok: false, words: [], message: `longer than ${MAX_TEXT_CHARS} characters` };
  const words: Word[] = [];
  const pattern = /\.|[^\s.]+/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const word = match[0].toLowerCase();
    words.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      id: word === START ? -1 : (vocabulary.ids.get(word) ?? -1),
    });
  }
  const unknown = words.filter((w) => w.id < 0);
  if (unknown.length > 0) {
    const count = unknown.length;
    return { ok: false, words, message: `${count} word${count === 1 ? " is" : "s are"} not in the vocabulary` };
  }
  return { ok: true, words, ids: words.map((w) => w.id) };
}
