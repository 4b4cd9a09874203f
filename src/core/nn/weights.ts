/**
 * The weights as bytes, and their fingerprint.
 *
 * Canonical byte layout (what `weightsSha256` hashes): `MlpParams.values` in the order of the one
 * layout table (shape.ts) — hidden.bias [H], hidden.weight [H, 64], output.bias [10],
 * output.weight [10, H], names sorted, each row-major — every number an IEEE-754 float64,
 * little-endian; no header. A .safetensors file holds the same tensors by name (its encoder
 * writes them in name order, so while the table is in name order its byte buffer is exactly
 * these bytes). Float64 because training runs in float64: the hash then covers every bit the
 * trainer produced (a float32 copy would hide last-bit differences that the "same program, same
 * bytes" claim is about).
 */
import { sha256Hex } from "../hash/sha256.ts";
import { parameterCount, paramsFromValues, type MlpParams } from "./mlp.ts";
import { fail, ok, type Result } from "./result.ts";
import { encodeSafetensors, parseSafetensors, type SafetensorsTensor } from "./safetensors.ts";
import { tensorLayout, tensorView } from "./shape.ts";

export const WEIGHTS_FORMAT = "preferred-form-mlp/1";

export function weightsToBytes(params: MlpParams): Uint8Array {
  const bytes = new Uint8Array(params.values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < params.values.length; i++) view.setFloat64(i * 8, params.values[i]!, true);
  return bytes;
}

export function weightsFromBytes(bytes: Uint8Array, hiddenUnits: number): Result<MlpParams> {
  const count = parameterCount(hiddenUnits);
  if (bytes.length !== count * 8) {
    return fail([
      { where: "bytes", message: `expected ${count * 8} bytes for ${hiddenUnits} hidden units, got ${bytes.length}` },
    ]);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) values[i] = view.getFloat64(i * 8, true);
  return ok(paramsFromValues(hiddenUnits, values));
}

/** SHA-256 of the canonical bytes, 64 hex digits: "the hash" shown next to every rebuild. */
export function weightsSha256(params: MlpParams): string {
  return sha256Hex(weightsToBytes(params));
}

/** A .safetensors file of the weights (F64), one tensor per row of the layout table. */
export function weightsToSafetensors(params: MlpParams, metadata: Readonly<Record<string, string>> = {}): Uint8Array {
  const bytes = weightsToBytes(params);
  const tensors: SafetensorsTensor[] = tensorLayout(params.hiddenUnits).map(({ name, shape, offset, rows, cols }) => ({
    name,
    dtype: "F64",
    shape,
    data: bytes.subarray(offset * 8, (offset + rows * cols) * 8),
  }));
  const encoded = encodeSafetensors(tensors, { format: WEIGHTS_FORMAT, ...metadata });
  if (!encoded.ok) throw new Error(`internal: ${encoded.problems[0]?.message}`); // our own shapes are always valid
  return encoded.value;
}

/** Reads weights back from a .safetensors file written by `weightsToSafetensors` (or any with the same tensors). */
export function weightsFromSafetensors(file: Uint8Array): Result<MlpParams> {
  const parsed = parseSafetensors(file);
  if (!parsed.ok) return parsed;
  const tensors = parsed.value.tensors;
  const hiddenBias = tensors.find((t) => t.name === "hidden.bias");
  const hiddenUnits = hiddenBias?.shape.length === 1 ? hiddenBias.shape[0]! : 0;
  const expected = hiddenUnits > 0 ? tensorLayout(hiddenUnits) : [];
  // Found by name, placed by the layout table: a file's own tensor order is not ours to assume.
  const found = expected.map((e) => tensors.find((t) => t.name === e.name));
  const matches =
    expected.length > 0 &&
    tensors.length === expected.length &&
    expected.every((e, i) => found[i]?.dtype === "F64" && found[i].shape.join() === e.shape.join());
  if (!matches) {
    return fail([
      {
        where: "tensors",
        message: "expected F64 hidden.bias [H], hidden.weight [H,64], output.bias [10], output.weight [10,H]",
      },
    ]);
  }
  const params = paramsFromValues(hiddenUnits);
  expected.forEach((tensor, i) => {
    const view = new DataView(found[i]!.data.buffer, found[i]!.data.byteOffset, found[i]!.data.byteLength);
    const values = tensorView(params.values, tensor);
    for (let k = 0; k < values.length; k++) values[k] = view.getFloat64(k * 8, true);
  });
  return ok(params);
}
