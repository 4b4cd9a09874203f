/**
 * Errors as values: every fallible core function returns `Result`, never throws on bad input, so
 * the widget can show the message next to the field (or edit) that caused it.
 */

/** One problem with an input. `where` names the field or list position, e.g. "edits[3].index". */
export interface Problem {
  where: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(problems: Problem[]): Result<T> => ({ ok: false, problems });
