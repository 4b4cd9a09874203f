// Oracle: node:crypto's SHA-256 (OpenSSL), on random inputs of every length that crosses a padding
// boundary (55/56 bytes is where the length field stops fitting in the last block; 64 is one block).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRng } from "../rng/xoshiro128.ts";
import { sha256Hex } from "./sha256.ts";

function randomBytes(length: number, seed: number): Uint8Array {
  const rng = createRng(seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = rng.nextUint32() & 0xff;
  return bytes;
}

const nodeSha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("sha256", () => {
  it("matches node:crypto on every length 0–200 and around each padding boundary", () => {
    const lengths = new Set<number>();
    for (let n = 0; n <= 200; n++) lengths.add(n);
    for (const boundary of [55, 56, 63, 64, 65, 119, 120, 127, 128, 1023, 1024, 4096, 65536]) {
      for (let d = -2; d <= 2; d++) lengths.add(boundary + d);
    }
    for (const length of lengths) {
      for (const seed of [1, 2, 3]) {
        const bytes = randomBytes(length, seed * 1000 + length);
        expect(sha256Hex(bytes), `length ${length}`).toBe(nodeSha256(bytes));
      }
    }
  });

  it("matches node:crypto on a 1 MB input and on the weights-sized input", () => {
    for (const length of [1 << 20, 19536]) {
      const bytes = randomBytes(length, length);
      expect(sha256Hex(bytes)).toBe(nodeSha256(bytes));
    }
  });
});
