/**
 * The weights as bytes, and their fingerprint.
 *
 * Canonical byte layout (what `weightsSha256` hashes): the four tensors in name order
 *   hidden.bias    [H]       hidden.weight [H, 64]   (row = hidden unit, column = pixel)
 *   output.bias    [10]      output.weight [10, H]   (row = digit, column = hidden unit)
 * each row-major, every number an IEEE-754 float64, little-endian; no header. That is exactly
 * `MlpParams.values` and exactly the byte buffer of the .safetensors file we publish. Float64
 * because training runs in float64: the hash then covers every bit the trainer produced (a
 * float32 copy would hide last-bit differences that the "same program, same bytes" claim is about).
 */
import { sha256Hex } from "../hash/sha256.ts";
import { DIGIT_COUNT, PIXELS_PER_IMAGE } from "./digits-data.ts";
import { parameterCount, paramsFromValues, type MlpParams } from "./mlp.ts";
import { fail, ok, type Result } from "./result.ts";
import { encodeSafetensors, parseSafetensors, type SafetensorsTensor } from "./safetensors.ts";

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

function tensorShapes(hiddenUnits: number): { name: string; shape: number[] }[] {
  return [
    { name: "hidden.bias", shape: [hiddenUnits] },
    { name: "hidden.weight", shape: [hiddenUnits, PIXELS_PER_IMAGE] },
    { name: "output.bias", shape: [DIGIT_COUNT] },
    { name: "output.weight", shape: [DIGIT_COUNT, hiddenUnits] },
  ];
}

/** A .safetensors file of the weights (F64). Its byte buffer equals `weightsToBytes(params)`. */
export function weightsToSafetensors(params: MlpParams, metadata: Readonly<Record<string, string>> = {}): Uint8Array {
  const bytes = weightsToBytes(params);
  let offset = 0;
  const tensors: SafetensorsTensor[] = tensorShapes(params.hiddenUnits).map(({ name, shape }) => {
    const length = shape.reduce((a, b) => a * b, 1) * 8;
    return { name, dtype: "F64", shape, data: bytes.subarray(offset, (offset += length)) };
  });
  const encoded = encodeSafetensors(tensors, { format: WEIGHTS_FORMAT, ...metadata });
  if (!encoded.ok) throw new Error(`internal: ${encoded.problems[0]?.message}`); // our own shapes are always valid
  return encoded.value;
}

/** Reads weights back from a .safetensors file written by `weightsToSafetensors` (or any with the same tensors). */
export function weightsFromSafetensors(file: Uint8Array): Result<MlpParams> {
  const parsed = parseSafetensors(file);
  if (!parsed.ok) return parsed;
  const hiddenBias = parsed.value.tensors.find((t) => t.name === "hidden.bias");
  const hiddenUnits = hiddenBias?.shape.length === 1 ? hiddenBias.shape[0]! : 0;
  const expected = tensorShapes(hiddenUnits);
  const tensors = parsed.value.tensors;
  const matches =
    hiddenUnits > 0 &&
    tensors.length === expected.length &&
    expected.every(
      (e, i) =>
        tensors[i]!.name === e.name && tensors[i]!.dtype === "F64" && tensors[i]!.shape.join() === e.shape.join(),
    );
  if (!matches) {
    return fail([
      {
        where: "tensors",
        message: "expected F64 hidden.bias [H], hidden.weight [H,64], output.bias [10], output.weight [10,H]",
      },
    ]);
  }
  const bytes = new Uint8Array(parameterCount(hiddenUnits) * 8);
  let offset = 0;
  for (const tensor of tensors) {
    bytes.set(tensor.data, offset);
    offset += tensor.data.length;
  }
  return weightsFromBytes(bytes, hiddenUnits);
}
