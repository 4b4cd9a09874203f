/**
 * Arguments as a reader types them, for the command line and the "Your own listing" panel:
 * integers (decimal or 0x hex, anything that fits 64 bits, signed or unsigned), `"text"` (a
 * NUL-terminated string in memory, passed by address) and typed arrays `i8[…]` … `u64[…]`
 * (elements in memory, passed by address). Every value is range-checked; nothing is wrapped.
 * After a call, `readBack` shows what the function left in each string or array.
 */
import type { PreparedCall, RawArgument } from "./call.ts";
import { stringBytes } from "./data.ts";
import { MEMORY_BASE, type Machine } from "./machine.ts";
import { splitOperands } from "./parse.ts";

export type ElementType = "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64";

export type ReaderArgument =
  | { kind: "integer"; value: bigint }
  | { kind: "string"; bytes: Uint8Array }
  | { kind: "array"; element: ElementType; values: bigint[] };

export type ParsedArguments = { ok: true; args: ReaderArgument[] } | { ok: false; message: string };

export const MAX_ARGUMENTS = 6;
export const MAX_ARRAY_ELEMENTS = 4096;
export const MAX_STRING_BYTES = 4096;
const INTEGER = /^([+-]?)(0x[0-9a-f]+|\d+)$/i;

function integer(text: string): bigint | null {
  const match = INTEGER.exec(text.trim());
  if (!match || text.length > 40) return null;
  const magnitude = BigInt(match[2]!.toLowerCase());
  return match[1] === "-" ? -magnitude : magnitude;
}

const bitsOf = (element: ElementType): number => Number(element.slice(1));
const rangeOf = (element: ElementType): [bigint, bigint] => {
  const bits = BigInt(bitsOf(element));
  return element[0] === "i" ? [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n] : [0n, (1n << bits) - 1n];
};

/** Reads one argument; `position` is 1-based, for messages (which never quote the reader's text). */
export function parseArgument(
  text: string,
  position: number,
): { ok: true; arg: ReaderArgument } | { ok: false; message: string } {
  const trimmed = text.trim();
  const fail = (why: string) => ({ ok: false as const, message: `Argument ${position} ${why}.` });
  if (trimmed.startsWith('"')) {
    const bytes = stringBytes(trimmed);
    if (!bytes) return fail('is not a string in double quotes (escapes: \\n \\t \\\\ \\" \\0 \\xHH)');
    if (bytes.length > MAX_STRING_BYTES) return fail(`is longer than ${MAX_STRING_BYTES} bytes`);
    return { ok: true, arg: { kind: "string", bytes: new Uint8Array([...bytes, 0]) } };
  }
  const array = /^([iu](?:8|16|32|64))\s*\[(.*)\]$/is.exec(trimmed);
  if (array) {
    const element = array[1]!.toLowerCase() as ElementType;
    const body = array[2]!.trim();
    const items = body === "" ? [] : body.split(",");
    if (items.length > MAX_ARRAY_ELEMENTS) return fail(`has more than ${MAX_ARRAY_ELEMENTS} elements`);
    const [min, max] = rangeOf(element);
    const values: bigint[] = [];
    for (const [i, item] of items.entries()) {
      const value = integer(item);
      if (value === null) return fail(`has an element ${i + 1} that is not a whole number`);
      if (value < min || value > max)
        return fail(`has an element ${i + 1} outside the range of ${element} (${min} to ${max})`);
      values.push(value);
    }
    return { ok: true, arg: { kind: "array", element, values } };
  }
  const value = integer(trimmed);
  if (value === null) return fail('is not a whole number, a "string" or an array such as i32[1,2,3]');
  if (value < -(1n << 63n) || value > (1n << 64n) - 1n) return fail("does not fit in 64 bits");
  return { ok: true, arg: { kind: "integer", value } };
}

/** Reads a list of separate arguments (the command line). */
export function parseArgumentList(texts: readonly string[]): ParsedArguments {
  if (texts.length > MAX_ARGUMENTS)
    return { ok: false, message: `At most ${MAX_ARGUMENTS} arguments (they go in registers).` };
  const args: ReaderArgument[] = [];
  for (const [i, text] of texts.entries()) {
    const parsed = parseArgument(text, i + 1);
    if (!parsed.ok) return parsed;
    args.push(parsed.arg);
  }
  return { ok: true, args };
}

/** Reads one line of comma-separated arguments (the page), commas inside [] and "" kept. */
export function parseArgumentLine(line: string, maxLength = 20_000): ParsedArguments {
  if (line.length > maxLength)
    return { ok: false, message: `The arguments are too long (at most ${maxLength} characters).` };
  if (line.trim() === "") return { ok: true, args: [] };
  return parseArgumentList(splitOperands(line).map((p) => p.text));
}

/** The argument registers' contents for prepareRawCall. */
export function toRawArguments(args: readonly ReaderArgument[]): RawArgument[] {
  return args.map((arg): RawArgument => {
    if (arg.kind === "integer") return { kind: "integer", value: BigInt.asIntN(64, arg.value) };
    if (arg.kind === "string") return { kind: "bytes", bytes: arg.bytes };
    const size = bitsOf(arg.element) / 8;
    const bytes = new Uint8Array(arg.values.length * size);
    arg.values.forEach((v, i) => {
      const unsigned = BigInt.asUintN(size * 8, v);
      for (let b = 0; b < size; b++) bytes[i * size + b] = Number((unsigned >> BigInt(8 * b)) & 0xffn);
    });
    return { kind: "bytes", bytes, align: Math.max(size, 8) };
  });
}

/** What the function left in each string and array argument, as text (`i32[1, 2]`, `"abc"`). */
export function readBack(
  machine: Machine,
  args: readonly ReaderArgument[],
  placed: PreparedCall["placed"],
): (string | null)[] {
  return args.map((arg, i) => {
    const where = placed[i];
    if (arg.kind === "integer" || !where) return null;
    const bytes = machine.memory.subarray(where.address - MEMORY_BASE, where.address - MEMORY_BASE + where.length);
    if (arg.kind === "string") {
      const end = bytes.indexOf(0);
      const text = [...bytes.subarray(0, end < 0 ? bytes.length : end)]
        .map((b) =>
          b === 0x22
            ? '\\"'
            : b === 0x5c
              ? "\\\\"
              : b >= 0x20 && b < 0x7f
                ? String.fromCharCode(b)
                : `\\x${b.toString(16).padStart(2, "0")}`,
        )
        .join("");
      return `"${text}"`;
    }
    const size = bitsOf(arg.element) / 8;
    const values: string[] = [];
    for (let k = 0; k < arg.values.length; k++) {
      let v = 0n;
      for (let b = size - 1; b >= 0; b--) v = (v << 8n) | BigInt(bytes[k * size + b]!);
      values.push(String(arg.element[0] === "i" ? BigInt.asIntN(size * 8, v) : v));
    }
    return `${arg.element}[${values.join(", ")}]`;
  });
}
