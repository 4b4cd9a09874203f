/**
 * The shapes every part of the digits model agrees on, and the one table of its parameter
 * layout, in a module with almost no code, so a widget's first chunk can name them without
 * pulling in the decoder or the network.
 *
 * Canonical order (the safetensors order, names sorted): hidden.bias [H], hidden.weight [H, 64]
 * (row = hidden unit, column = pixel), output.bias [10], output.weight [10, H] (row = digit,
 * column = hidden unit), each row-major. `MlpParams.values`, the gradient, the momentum buffer,
 * the hashed bytes and the .safetensors buffer all use it, and every one of them takes its
 * offsets and sizes from `tensorLayout` below, never from arithmetic of its own
 * (scripts/test/parameter-layout.test.ts reorders this table and checks that all follow).
 */
export const PIXELS_PER_IMAGE = 64;
export const DIGIT_COUNT = 10;

/** The tensors' names, sorted: a safetensors file's order and the weights challenge's link numbering. */
export const TENSOR_NAMES = ["hidden.bias", "hidden.weight", "output.bias", "output.weight"] as const;
export type TensorName = (typeof TENSOR_NAMES)[number];

export interface TensorInfo {
  readonly name: TensorName;
  /** Position of element 0 in the canonical order (×8 in the bytes). */
  readonly offset: number;
  readonly rows: number;
  readonly cols: number;
  /** The safetensors shape: [cols] for a bias, [rows, cols] for a matrix. */
  readonly shape: readonly number[];
}

/** The four tensors, in canonical order, for a network with `hiddenUnits` hidden units. */
export function tensorLayout(hiddenUnits: number): TensorInfo[] {
  const tensors: [TensorName, number, number][] = [
    ["hidden.bias", 1, hiddenUnits],
    ["hidden.weight", hiddenUnits, PIXELS_PER_IMAGE],
    ["output.bias", 1, DIGIT_COUNT],
    ["output.weight", DIGIT_COUNT, hiddenUnits],
  ];
  let offset = 0;
  return tensors.map(([name, rows, cols]) => {
    const info = { name, offset, rows, cols, shape: rows === 1 ? [cols] : [rows, cols] };
    offset += rows * cols;
    return info;
  });
}

/** The elements of `values` (laid out by `tensorLayout`) that belong to `tensor`. */
export function tensorView(values: Float64Array, tensor: TensorInfo): Float64Array {
  return values.subarray(tensor.offset, tensor.offset + tensor.rows * tensor.cols);
}

/** One view per tensor of `values`, by name. */
export function tensorViews(hiddenUnits: number, values: Float64Array): Record<TensorName, Float64Array> {
  const views = {} as Record<TensorName, Float64Array>;
  for (const tensor of tensorLayout(hiddenUnits)) views[tensor.name] = tensorView(values, tensor);
  return views;
}

export function parameterCount(hiddenUnits: number): number {
  return tensorLayout(hiddenUnits).reduce((sum, t) => sum + t.rows * t.cols, 0);
}

export interface ParameterName {
  readonly tensor: TensorName;
  /** Index inside the tensor (row-major). */
  readonly position: number;
}

/** Which tensor, and where in it, the parameter at canonical `index` is. */
export function parameterName(hiddenUnits: number, index: number): ParameterName {
  for (const tensor of tensorLayout(hiddenUnits)) {
    if (index < tensor.offset + tensor.rows * tensor.cols)
      return { tensor: tensor.name, position: index - tensor.offset };
  }
  throw new RangeError(`no parameter ${index} with ${hiddenUnits} hidden units`);
}
