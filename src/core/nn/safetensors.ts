/**
 * The .safetensors container (https://huggingface.co/docs/safetensors — format section):
 *   8 bytes   N, the header length, unsigned 64-bit little-endian
 *   N bytes   UTF-8 JSON header: {"__metadata__": {string: string}?, name: {dtype, shape,
 *             data_offsets: [begin, end]}}, offsets relative to the byte buffer; may end in spaces
 *   rest      the byte buffer, every byte belonging to exactly one tensor (no holes, no overlap)
 * The encoder writes tensors in sorted-name order, keys in a fixed order and pads the header with
 * spaces to a multiple of 8 (as the reference Rust implementation does), so equal tensors give
 * equal files. The parser checks every rule above and returns problems as values.
 */
import { fail, ok, type Problem, type Result } from "./result.ts";
import { decodeUtf8, encodeUtf8 } from "./utf8.ts";

/** Bytes per element of each dtype the format defines. */
export const DTYPE_SIZES: Readonly<Record<string, number>> = {
  BOOL: 1,
  U8: 1,
  I8: 1,
  F8_E5M2: 1,
  F8_E4M3: 1,
  I16: 2,
  U16: 2,
  F16: 2,
  BF16: 2,
  I32: 4,
  U32: 4,
  F32: 4,
  I64: 8,
  U64: 8,
  F64: 8,
};

export interface SafetensorsTensor {
  readonly name: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  /** Raw little-endian element bytes. */
  readonly data: Uint8Array;
}

export interface SafetensorsFile {
  /** Sorted by name. */
  readonly tensors: readonly SafetensorsTensor[];
  readonly metadata: Readonly<Record<string, string>>;
}

/** The header may not exceed this (the reference implementation's limit: 100 MB). */
const MAX_HEADER_BYTES = 100_000_000;

export function encodeSafetensors(
  tensors: readonly SafetensorsTensor[],
  metadata: Readonly<Record<string, string>> = {},
): Result<Uint8Array> {
  const problems = tensors.flatMap((tensor, i) => tensorProblems(tensor, `tensors[${i}]`));
  const sorted = [...tensors].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.name === sorted[i - 1]!.name)
      problems.push({ where: sorted[i]!.name, message: "duplicate tensor name" });
  }
  if (problems.length > 0) return fail(problems);

  const entries: string[] = [];
  const metadataKeys = Object.keys(metadata).sort();
  if (metadataKeys.length > 0) {
    entries.push(
      `"__metadata__":{${metadataKeys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(metadata[k])}`).join(",")}}`,
    );
  }
  let offset = 0;
  for (const tensor of sorted) {
    const end = offset + tensor.data.length;
    entries.push(
      `${JSON.stringify(tensor.name)}:{"dtype":${JSON.stringify(tensor.dtype)},"shape":[${tensor.shape.join(",")}],"data_offsets":[${offset},${end}]}`,
    );
    offset = end;
  }
  const json = encodeUtf8(`{${entries.join(",")}}`);
  const headerLength = Math.ceil(json.length / 8) * 8;
  const file = new Uint8Array(8 + headerLength + offset);
  const view = new DataView(file.buffer);
  view.setUint32(0, headerLength, true); // high 32 bits of the u64 stay 0
  file.set(json, 8);
  file.fill(0x20, 8 + json.length, 8 + headerLength);
  let position = 8 + headerLength;
  for (const tensor of sorted) {
    file.set(tensor.data, position);
    position += tensor.data.length;
  }
  return ok(file);
}

export function parseSafetensors(bytes: Uint8Array): Result<SafetensorsFile> {
  if (bytes.length < 8) return fail([{ where: "length", message: "shorter than the 8-byte header length" }]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4, true) * 4294967296 + view.getUint32(0, true);
  if (headerLength > MAX_HEADER_BYTES || 8 + headerLength > bytes.length) {
    return fail([
      { where: "headerLength", message: `header length ${headerLength} exceeds the file or the 100 MB limit` },
    ]);
  }
  const headerText = decodeUtf8(bytes.subarray(8, 8 + headerLength));
  if (headerText === null) return fail([{ where: "header", message: "not valid UTF-8" }]);
  if (!headerText.startsWith("{")) return fail([{ where: "header", message: 'must begin with "{"' }]);
  let header: unknown;
  try {
    header = JSON.parse(headerText);
  } catch {
    return fail([{ where: "header", message: "not valid JSON" }]);
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) {
    return fail([{ where: "header", message: "must be a JSON object" }]);
  }

  const problems: Problem[] = [];
  const buffer = bytes.subarray(8 + headerLength);
  const metadata: Record<string, string> = {};
  const spans: { name: string; begin: number; end: number; dtype: string; shape: number[] }[] = [];
  for (const [name, entry] of Object.entries(header as Record<string, unknown>)) {
    if (name === "__metadata__") {
      if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
        problems.push({ where: name, message: "must be an object of strings" });
        continue;
      }
      for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
        if (typeof value === "string") metadata[key] = value;
        else problems.push({ where: `${name}.${key}`, message: "metadata values must be strings" });
      }
      continue;
    }
    const info = entry as { dtype?: unknown; shape?: unknown; data_offsets?: unknown } | null;
    const dtype = info?.dtype;
    const shape = info?.shape;
    const offsets = info?.data_offsets;
    if (typeof dtype !== "string" || !(dtype in DTYPE_SIZES)) {
      problems.push({ where: `${name}.dtype`, message: "unknown dtype" });
      continue;
    }
    if (!Array.isArray(shape) || !shape.every(isCount)) {
      problems.push({ where: `${name}.shape`, message: "expected a list of non-negative integers" });
      continue;
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isCount) || offsets[0]! > offsets[1]!) {
      problems.push({ where: `${name}.data_offsets`, message: "expected [begin, end] with begin ≤ end" });
      continue;
    }
    const [begin, end] = offsets as [number, number];
    const expectedBytes = shape.reduce((product: number, n: number) => product * n, 1) * DTYPE_SIZES[dtype]!;
    if (end - begin !== expectedBytes) {
      problems.push({
        where: `${name}.data_offsets`,
        message: `spans ${end - begin} bytes, shape × dtype needs ${expectedBytes}`,
      });
      continue;
    }
    spans.push({ name, begin, end, dtype, shape: shape });
  }
  // Every byte of the buffer belongs to exactly one tensor.
  const byBegin = [...spans].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let covered = 0;
  for (const span of byBegin) {
    if (span.begin !== covered) {
      problems.push({
        where: `${span.name}.data_offsets`,
        message: span.begin < covered ? "overlaps another tensor" : "leaves a hole before it",
      });
    }
    covered = Math.max(covered, span.end);
  }
  if (covered !== buffer.length)
    problems.push({ where: "buffer", message: `tensors cover ${covered} of ${buffer.length} bytes` });
  if (problems.length > 0) return fail(problems);

  const tensors = spans
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, dtype, shape, begin, end }) => ({ name, dtype, shape, data: buffer.slice(begin, end) }));
  return ok({ tensors, metadata });
}

function tensorProblems(tensor: SafetensorsTensor, where: string): Problem[] {
  const size = DTYPE_SIZES[tensor.dtype];
  if (size === undefined) return [{ where, message: `unknown dtype ${tensor.dtype}` }];
  if (tensor.name === "__metadata__" || tensor.name.length === 0) return [{ where, message: "reserved or empty name" }];
  if (!tensor.shape.every(isCount)) return [{ where, message: "shape must be non-negative integers" }];
  const expected = tensor.shape.reduce((product, n) => product * n, 1) * size;
  return tensor.data.length === expected
    ? []
    : [{ where, message: `has ${tensor.data.length} bytes, shape needs ${expected}` }];
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
