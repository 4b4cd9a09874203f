/**
 * The weights as bytes, their SHA-256 and .safetensors in and out. Canonical bytes = every
 * parameter as a little-endian float64, tensors in sorted-name order, each row-major, no header:
 * exactly `LmParams.values`, and exactly the byte buffer of the .safetensors file (dtype F64).
 */
import { sha256Hex } from "../hash/sha256.ts";
import { fail, ok, type Result } from "../nn/result.ts";
import { encodeSafetensors, parseSafetensors, type SafetensorsTensor } from "../nn/safetensors.ts";
import { paramsFromValues, tensorLayout, type LmConfig, type LmParams } from "./params.ts";

export const LM_WEIGHTS_FORMAT = "preferred-form-lm/1";

export function lmWeightsToBytes(params: LmParams): Uint8Array {
  const bytes = new Uint8Array(params.values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < params.values.length; i++) view.setFloat64(i * 8, params.values[i]!, true);
  return bytes;
}

export function lmWeightsSha256(params: LmParams): string {
  return sha256Hex(lmWeightsToBytes(params));
}

export function lmWeightsToSafetensors(params: LmParams): Uint8Array {
  const bytes = lmWeightsToBytes(params);
  const tensors: SafetensorsTensor[] = params.tensors.map((t) => ({
    name: t.name,
    dtype: "F64",
    shape: t.shape,
    data: bytes.subarray(t.offset * 8, (t.offset + t.length) * 8),
  }));
  const encoded = encodeSafetensors(tensors, { format: LM_WEIGHTS_FORMAT, config: JSON.stringify(params.config) });
  if (!encoded.ok) throw new Error(`internal: ${encoded.problems[0]?.message}`); // our own shapes are valid
  return encoded.value;
}

/** Reads weights for `config` from a .safetensors file; every tensor must be there with its shape, as F64. */
export function lmWeightsFromSafetensors(file: Uint8Array, config: LmConfig): Result<LmParams> {
  const parsed = parseSafetensors(file);
  if (!parsed.ok) return parsed;
  const layout = tensorLayout(config);
  const tensors = parsed.value.tensors;
  const problems = layout.flatMap((expected, i) => {
    const t = tensors[i];
    return t && t.name === expected.name && t.dtype === "F64" && t.shape.join() === expected.shape.join()
      ? []
      : [{ where: expected.name, message: `expected F64 [${expected.shape.join(", ")}]` }];
  });
  if (tensors.length !== layout.length)
    problems.push({ where: "tensors", message: `expected ${layout.length} tensors` });
  if (problems.length > 0) return fail(problems);
  const total = layout.reduce((s, t) => s + t.length, 0);
  const values = new Float64Array(total);
  layout.forEach((t, i) => {
    const data = tensors[i]!.data;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let j = 0; j < t.length; j++) values[t.offset + j] = view.getFloat64(j * 8, true);
  });
  return ok(paramsFromValues(config, values));
}
