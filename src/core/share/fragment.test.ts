import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeShare,
  encodeShare,
  fromBase64Url,
  MAX_FRAGMENT_CHARS,
  toBase64Url,
  type ShareSpec,
} from "./fragment.ts";
import { integer, list, record, text } from "./schema.ts";

const spec: ShareSpec<{ lines: string[]; level: number }> = {
  widget: "demo",
  version: 2,
  check: record({ lines: list(text(200), 100), level: integer(1, 3) }),
  migrations: {
    1: {
      describe: "Levels were renumbered from 0.",
      migrate: (old) => ({ ...(old as object), level: (old as { level: number }).level + 1 }),
    },
  },
};

describe("base64url", () => {
  it("agrees with Node's encoder and round-trips", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const encoded = toBase64Url(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString("base64url"));
        expect(fromBase64Url(encoded)).toEqual(bytes);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("share fragments", () => {
  const state = { lines: ["mov eax, 1", "ret ; ünïcode ✓"], level: 2 };

  it("round-trips a state", () => {
    expect(decodeShare(spec, `#${encodeShare(spec, state)}`)).toEqual({ kind: "ok", state });
  });

  it("ignores heading anchors and other widgets' keys", () => {
    expect(decodeShare(spec, "#some-heading")).toEqual({ kind: "none" });
    expect(decodeShare(spec, "#other=1.e30")).toEqual({ kind: "none" });
    expect(decodeShare(spec, "")).toEqual({ kind: "none" });
  });

  it("migrates an old version and says so", () => {
    const old = `demo=1.${toBase64Url(new TextEncoder().encode(JSON.stringify({ lines: [], level: 0 })))}`;
    const decoded = decodeShare(spec, old);
    expect(decoded).toMatchObject({ kind: "ok", state: { lines: [], level: 1 } });
    expect(decoded.kind === "ok" && decoded.notice).toMatch(/older version/);
  });

  it("refuses a newer version, bad JSON, a wrong shape and an oversized fragment, each with a notice", () => {
    const payload = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
    expect(decodeShare(spec, `demo=3.${payload(state)}`)).toMatchObject({
      kind: "invalid",
      notice: expect.stringMatching(/newer/),
    });
    expect(decodeShare(spec, `demo=2.${payload(state).slice(0, -3)}x`)).toMatchObject({ kind: "invalid" });
    expect(decodeShare(spec, `demo=2.${payload({ ...state, extra: 1 })}`)).toMatchObject({
      kind: "invalid",
      notice: expect.stringMatching(/not valid/),
    });
    expect(decodeShare(spec, `demo=2.${payload({ lines: [1], level: 1 })}`)).toMatchObject({ kind: "invalid" });
    expect(decodeShare(spec, `demo=2.${"A".repeat(MAX_FRAGMENT_CHARS)}`)).toMatchObject({
      kind: "invalid",
      notice: expect.stringMatching(/too long/),
    });
  });

  it("never throws on any fragment, and returns one of the three kinds", () => {
    const fragments = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ maxLength: 200 }).map((s) => `#demo=${s}`),
      fc
        .tuple(fc.integer({ min: 0, max: 5 }), fc.string({ maxLength: 200 }))
        .map(([v, s]) => `demo=${v}.${toBase64Url(new TextEncoder().encode(s))}`),
      fc
        .tuple(fc.integer({ min: 0, max: 5 }), fc.jsonValue())
        .map(([v, j]) => `demo=${v}.${toBase64Url(new TextEncoder().encode(JSON.stringify(j)))}`),
    );
    fc.assert(
      fc.property(fragments, (fragment) => {
        const decoded = decodeShare(spec, fragment);
        expect(["none", "ok", "invalid"]).toContain(decoded.kind);
        if (decoded.kind === "ok") expect(spec.check(decoded.state, "state").ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("a notice never quotes a key or a value from the link (oracle: the marker planted in them)", () => {
    const payload = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
    const phishing = "Zq Your session expired: call +1 555 0100 to restore it. ".repeat(100);
    expect(decodeShare(spec, `demo=2.${payload({ ...state, [phishing]: 1 })}`)).toEqual({
      kind: "invalid",
      notice: expect.not.stringContaining("Zq"),
    });
    const marked = fc.string({ maxLength: 20 }).map((s) => `Zq${s}`);
    const hostile = fc.oneof(
      fc.dictionary(marked, fc.oneof(marked, fc.integer(), fc.array(marked, { maxLength: 3 }))),
      fc.record({ lines: fc.array(marked, { maxLength: 3 }), level: fc.oneof(marked, fc.integer()) }),
      fc.record({ lines: fc.array(fc.string(), { maxLength: 3 }), level: fc.constant(2), extra: marked }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), hostile, (version, value) => {
        const decoded = decodeShare(spec, `#demo=${version}.${payload(value)}`);
        if (decoded.kind !== "none") expect(decoded.notice ?? "").not.toContain("Zq");
        // Version numbers from the link are not echoed either (the page's own are 1 and 2).
        if (version > 2 && decoded.kind === "invalid") expect(decoded.notice).not.toContain(String(version));
      }),
      { numRuns: 1000, seed: 18 },
    );
  });

  it("applies the size limit to this widget's own entry only", () => {
    const long = "x".repeat(MAX_FRAGMENT_CHARS + 1000);
    expect(decodeShare(spec, `#other=${long}`)).toEqual({ kind: "none" });
    expect(decodeShare(spec, `#other=${long}&${encodeShare(spec, state)}`)).toEqual({ kind: "ok", state });
    expect(decodeShare(spec, `#demo=2.${long}&other=1`)).toMatchObject({
      kind: "invalid",
      notice: expect.stringMatching(/too long/),
    });
  });
});
