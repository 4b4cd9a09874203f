/**
 * "Bring your own listing": the reader pastes any gcc or clang Intel-syntax output, so the names
 * of its functions are guessed from the text (`.globl` names first, then plain labels), and the
 * arguments are typed as text: every one is checked to be an integer in the signed 64-bit range
 * before anything runs, and a bad one is named by its position.
 */

export const MAX_OWN_CHARS = 40_000;
/** The arguments line of the panel (strings and arrays make it longer than a few integers). */
export const MAX_ARGUMENT_CHARS = 2_000;
export const MAX_ARGS = 6;
const MIN = -(2n ** 63n);
const MAX = 2n ** 63n - 1n;

export function detectFunctions(listing: string): string[] {
  const globals: string[] = [];
  const labels: string[] = [];
  for (const raw of listing.split(/\r?\n/).slice(0, 2000)) {
    const line = raw.replace(/[;#].*$/, "").trim();
    const global = /^\.(?:globl|global)\s+([A-Za-z_][\w$.]*)/.exec(line);
    if (global && !globals.includes(global[1]!)) globals.push(global[1]!);
    const label = /^([A-Za-z_][\w$]*):/.exec(line);
    if (label && !labels.includes(label[1]!)) labels.push(label[1]!);
  }
  return [...globals.filter((name) => labels.includes(name)), ...labels.filter((name) => !globals.includes(name))];
}

export type ParsedArgs = { ok: true; values: bigint[] } | { ok: false; message: string };

export function parseArgs(input: string): ParsedArgs {
  const trimmed = input.trim();
  if (trimmed === "") return { ok: true, values: [] };
  if (trimmed.length > 200) return { ok: false, message: "The arguments are too long (at most 200 characters)." };
  const parts = trimmed.split(",").map((part) => part.trim());
  if (parts.length > MAX_ARGS) return { ok: false, message: `At most ${MAX_ARGS} arguments (they go in registers).` };
  const values: bigint[] = [];
  for (const [i, part] of parts.entries()) {
    const match = /^([+-]?)(0x[0-9a-f]+|\d+)$/i.exec(part);
    if (!match) return { ok: false, message: `Argument ${i + 1} ("${part}") is not a whole number.` };
    const magnitude = BigInt(match[2]!);
    const value = match[1] === "-" ? -magnitude : magnitude;
    if (value < MIN || value > MAX) {
      return { ok: false, message: `Argument ${i + 1} is outside the signed 64-bit range.` };
    }
    values.push(value);
  }
  return { ok: true, values };
}
