/**
 * The encoder against GNU as: for every line of every committed listing (shipped and every source
 * edit), the encoder's address and bytes equal what `as -aln` printed when the listing was built.
 */
import { describe, expect, it } from "vitest";
import { exercises } from "../../../content/exercises/index.ts";
import { encodeProgram, toHex } from "./encode.ts";
import { assemble } from "./program.ts";

const listings = exercises.flatMap((e) => [
  { name: `${e.id}/shipped`, listing: e.listing },
  ...e.sourceEdits.map((s) => ({ name: `${e.id}/${s.id}`, listing: s.listing })),
]);

describe("encoder equals GNU as on every listing line", () => {
  it.each(listings.map((l) => [l.name, l.listing] as const))("%s", (_, listing) => {
    const assembled = assemble(listing.text);
    if (!assembled.ok) throw new Error(JSON.stringify(assembled.errors));
    const encoded = encodeProgram(assembled.program);
    if (!encoded.ok) throw new Error(JSON.stringify(encoded.errors));
    const byLine = new Map(encoded.instructions.map((i) => [i.line, i]));
    const actual = listing.lines.map((l) => {
      const e = byLine.get(l.line);
      return { line: l.line, address: e ? e.address : null, bytes: e ? toHex(e.bytes) : "" };
    });
    expect(actual).toEqual(listing.lines.map(({ line, address, bytes }) => ({ line, address, bytes })));
    expect(encoded.length).toBe(listing.length);
  });
});
