// The .safetensors encoder and parser. Oracles: an independent reader written in Python (json +
// struct + numpy, run as a subprocess) for files we write, the spec's rules checked byte by byte,
// hand-built malformed files for the parser, and TextEncoder/TextDecoder for our UTF-8 codec.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRng } from "../rng/xoshiro128.ts";
import { initParams } from "./mlp.ts";
import { encodeSafetensors, parseSafetensors } from "./safetensors.ts";
import { decodeUtf8, encodeUtf8 } from "./utf8.ts";
import { weightsFromSafetensors, weightsSha256, weightsToBytes, weightsToSafetensors } from "./weights.ts";

const PYTHON_READER = String.raw`
import json, struct, sys, hashlib
import numpy as np
data = open(sys.argv[1], "rb").read()
(n,) = struct.unpack("<Q", data[:8])
header = json.loads(data[8:8 + n].decode("utf-8"))
buffer = data[8 + n:]
out = {"metadata": header.pop("__metadata__", {}), "tensors": {}}
for name, info in header.items():
    begin, end = info["data_offsets"]
    values = np.frombuffer(buffer[begin:end], dtype="<f8").reshape(info["shape"])
    out["tensors"][name] = {"shape": list(values.shape), "sum": float(values.sum()), "first": float(values.flat[0]),
                            "sha256": hashlib.sha256(buffer[begin:end]).hexdigest()}
print(json.dumps(out))
`;

/** What the Python reader prints. */
interface PythonView {
  metadata: Record<string, string>;
  tensors: Record<string, { shape: number[]; sum: number; first: number; sha256: string }>;
}

const params = initParams(32, createRng(5));
const file = weightsToSafetensors(params, { note: "ünïcödé ✓ 🙂" });

/**
 * The python3 first on PATH may be a pyenv build without numpy; Debian's python3-numpy (installed
 * by scripts/test/ensure-packages.ts) goes with /usr/bin/python3. Use the first that has numpy.
 */
function pythonWithNumpy(): string {
  const candidates = [process.env["PYTHON_WITH_NUMPY"], "python3", "/usr/bin/python3"].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  for (const candidate of candidates) {
    if (spawnSync(candidate, ["-c", "import numpy"], { stdio: "ignore" }).status === 0) return candidate;
  }
  throw new Error(`no python3 with numpy among ${candidates.join(", ")} (Debian: apt-get install python3-numpy)`);
}

describe("weights as .safetensors", () => {
  it("round-trips: parse(encode(w)) has the same bytes and hash", () => {
    const back = weightsFromSafetensors(file);
    if (!back.ok) throw new Error(back.problems[0]!.message);
    expect(weightsToBytes(back.value)).toEqual(weightsToBytes(params));
    expect(weightsSha256(back.value)).toBe(weightsSha256(params));
    const parsed = parseSafetensors(file);
    expect(parsed.ok && parsed.value.metadata).toEqual({ format: "preferred-form-mlp/1", note: "ünïcödé ✓ 🙂" });
  });

  it("follows the format: u64 LE header length, '{', space padding to 8, sorted names, contiguous offsets, data = canonical bytes", () => {
    const view = new DataView(file.buffer, file.byteOffset);
    const headerLength = Number(view.getBigUint64(0, true));
    expect(headerLength % 8).toBe(0);
    const headerBytes = file.subarray(8, 8 + headerLength);
    expect(headerBytes[0]).toBe("{".charCodeAt(0));
    const headerText = new TextDecoder("utf-8", { fatal: true }).decode(headerBytes);
    expect(headerText.trimEnd().endsWith("}")).toBe(true);
    expect(/^ *$/.test(headerText.slice(headerText.trimEnd().length))).toBe(true);
    const header = JSON.parse(headerText) as Record<
      string,
      { dtype: string; shape: number[]; data_offsets: [number, number] }
    >;
    const names = Object.keys(header).filter((k) => k !== "__metadata__");
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(["hidden.bias", "hidden.weight", "output.bias", "output.weight"]);
    let offset = 0;
    for (const name of names) {
      const tensor = header[name]!;
      expect(tensor.dtype).toBe("F64");
      expect(tensor.data_offsets[0]).toBe(offset);
      offset = tensor.data_offsets[1];
      expect(offset - tensor.data_offsets[0]).toBe(tensor.shape.reduce((a: number, b: number) => a * b, 1) * 8);
    }
    expect(header["hidden.weight"]?.shape).toEqual([32, 64]);
    expect(header["output.weight"]?.shape).toEqual([10, 32]);
    expect(file.subarray(8 + headerLength)).toEqual(weightsToBytes(params));
    expect(file.length).toBe(8 + headerLength + offset);
  });

  it("is read the same by an independent Python reader", () => {
    const dir = mkdtempSync(join(tmpdir(), "safetensors-"));
    writeFileSync(join(dir, "w.safetensors"), file);
    writeFileSync(join(dir, "read.py"), PYTHON_READER);
    const python = JSON.parse(
      execFileSync(pythonWithNumpy(), [join(dir, "read.py"), join(dir, "w.safetensors")], { encoding: "utf8" }),
    ) as PythonView;
    expect(python.metadata).toEqual({ format: "preferred-form-mlp/1", note: "ünïcödé ✓ 🙂" });
    expect(python.tensors["hidden.weight"]!.shape).toEqual([32, 64]);
    expect(python.tensors["hidden.weight"]!.first).toBe(params.hiddenWeight[0]);
    expect(python.tensors["output.weight"]!.first).toBe(params.outputWeight[0]);
    const parsed = parseSafetensors(file);
    if (!parsed.ok) throw new Error("parse failed");
    for (const tensor of parsed.value.tensors) {
      expect(python.tensors[tensor.name]!.sha256).toBe(createHash("sha256").update(tensor.data).digest("hex"));
    }
  });
});

describe("parseSafetensors rejects what the format forbids", () => {
  function build(header: string, buffer: number[] = []): Uint8Array {
    const json = new TextEncoder().encode(header);
    const bytes = new Uint8Array(8 + json.length + buffer.length);
    new DataView(bytes.buffer).setBigUint64(0, BigInt(json.length), true);
    bytes.set(json, 8);
    bytes.set(buffer, 8 + json.length);
    return bytes;
  }
  const eight = [1, 2, 3, 4, 5, 6, 7, 8];
  const cases: [string, Uint8Array][] = [
    ["too short", new Uint8Array(4)],
    ["header longer than file", build("{}").subarray(0, 9)],
    ["not JSON", build("{nope")],
    ["not starting with {", build(' {"a":{"dtype":"U8","shape":[8],"data_offsets":[0,8]}}', eight)],
    ["array header", build("[]")],
    ["unknown dtype", build('{"a":{"dtype":"F65","shape":[1],"data_offsets":[0,8]}}', eight)],
    ["shape × dtype mismatch", build('{"a":{"dtype":"F64","shape":[2],"data_offsets":[0,8]}}', eight)],
    ["hole", build('{"a":{"dtype":"U8","shape":[4],"data_offsets":[4,8]}}', eight)],
    [
      "overlap",
      build(
        '{"a":{"dtype":"U8","shape":[8],"data_offsets":[0,8]},"b":{"dtype":"U8","shape":[4],"data_offsets":[4,8]}}',
        eight,
      ),
    ],
    ["trailing bytes", build('{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}}', eight)],
    ["negative offset", build('{"a":{"dtype":"U8","shape":[0],"data_offsets":[-1,-1]}}')],
    ["metadata not strings", build('{"__metadata__":{"a":1}}')],
    ["invalid UTF-8", build('{"\u00ff":1}').map((b, i) => (i === 10 ? 0xff : b))],
  ];
  for (const [name, bytes] of cases) {
    it(name, () => {
      const parsed = parseSafetensors(bytes);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems[0]!.message.length).toBeGreaterThan(0);
    });
  }

  it("accepts a minimal valid file, scalars and empty tensors", () => {
    const parsed = parseSafetensors(
      build(
        '{"s":{"dtype":"F64","shape":[],"data_offsets":[0,8]},"e":{"dtype":"F32","shape":[0,3],"data_offsets":[8,8]}}  ',
        eight,
      ),
    );
    expect(parsed.ok && parsed.value.tensors.map((t) => [t.name, t.shape])).toEqual([
      ["e", [0, 3]],
      ["s", []],
    ]);
  });

  it("the encoder refuses duplicate names and wrong sizes", () => {
    const tensor = { name: "a", dtype: "U8", shape: [2], data: new Uint8Array(2) };
    expect(encodeSafetensors([tensor, tensor]).ok).toBe(false);
    expect(encodeSafetensors([{ ...tensor, shape: [3] }]).ok).toBe(false);
    expect(encodeSafetensors([{ ...tensor, dtype: "X" }]).ok).toBe(false);
  });
});

describe("UTF-8", () => {
  it("agrees with TextEncoder/TextDecoder", () => {
    const rng = createRng(12);
    for (let i = 0; i < 2000; i++) {
      let text = "";
      for (let k = rng.nextInt(20); k > 0; k--) {
        const range = [0x80, 0x800, 0xd800, 0x110000][rng.nextInt(4)]!;
        let code = rng.nextInt(range);
        if (code >= 0xd800 && code <= 0xdfff) code = 0x41;
        text += String.fromCodePoint(code);
      }
      const bytes = new TextEncoder().encode(text);
      expect(encodeUtf8(text)).toEqual(bytes);
      expect(decodeUtf8(bytes)).toBe(text);
    }
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0x80], [0xf5, 0x80, 0x80, 0x80]]) {
      expect(decodeUtf8(Uint8Array.from(bad))).toBeNull();
    }
  });
});
