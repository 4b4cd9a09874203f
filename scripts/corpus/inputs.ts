/**
 * Seeded inputs for the corpus's functions: integers mixing edge values and random magnitudes
 * (within an annotation's range when it has one), strings over a printable alphabet, arrays of
 * 0–16 elements. Every value is a string (decimal) so 64-bit values survive JSON.
 */
import type { Rng } from "../../src/core/rng/xoshiro128.ts";
import type { CorpusFunction, IntegerType } from "./signatures.ts";

export type InputValue = string | { s: string } | { a: string[] } | { out: number };

const ALPHABET = "abcdefxyzABCXYZ0123456789  ,.;()-+*/'\"aeiou\n";
export const OUTPUT_BYTES = 64;

function integer(rng: Rng, type: IntegerType): bigint {
  const bits = BigInt(type.bits);
  const min = type.signed ? -(1n << (bits - 1n)) : 0n;
  const max = type.signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  const pick = rng.nextInt(6);
  const raw = (BigInt(rng.nextUint32()) << 32n) | BigInt(rng.nextUint32());
  let value: bigint;
  if (pick === 0) value = [0n, 1n, -1n, min, max, 2n, 10n, 100n][rng.nextInt(8)]!;
  else if (pick === 1) value = BigInt(rng.nextInt(2001)) - 1000n;
  else if (pick === 2) value = BigInt.asIntN(64, raw) >> BigInt(rng.nextInt(64));
  else value = raw;
  return type.signed ? BigInt.asIntN(type.bits, value) : BigInt.asUintN(type.bits, value);
}

function text(rng: Rng, alphabet: string, maxLength: number): string {
  const length = rng.nextInt(maxLength + 1);
  return Array.from({ length }, () => alphabet[rng.nextInt(alphabet.length)]).join("");
}

export function inputsFor(fn: CorpusFunction, rng: Rng, count: number): InputValue[][] {
  return Array.from({ length: count }, () => {
    // Every array of one call has the same length, so a function given one length for two arrays
    // (dot_product, copy_array) never reads or writes past either.
    const arrayLength = rng.nextInt(17);
    const values: InputValue[] = fn.params.map((p) => {
      const t = p.type;
      if (t.kind === "string") return { s: text(rng, p.alphabet ?? ALPHABET, 24) };
      if (t.kind === "output") return { out: OUTPUT_BYTES };
      if (t.kind === "array") {
        return { a: Array.from({ length: arrayLength }, () => String(integer(rng, t.element))) };
      }
      if (p.range) return String(p.range[0] + rng.nextInt(p.range[1] - p.range[0] + 1));
      return String(integer(rng, t));
    });
    fn.params.forEach((p, i) => {
      if (p.lengthOf === undefined) return;
      const target = values[p.lengthOf]!;
      const length =
        typeof target === "object" && "a" in target
          ? target.a.length
          : typeof target === "object" && "s" in target
            ? target.s.length
            : 0;
      values[i] = String(length);
    });
    return values;
  });
}
