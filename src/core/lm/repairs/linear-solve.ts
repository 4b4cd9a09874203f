/**
 * Solves A·x = b for a small dense symmetric positive-definite A by Gaussian elimination with
 * partial pivoting, in a fixed order (so the result is the same on every engine).
 */
export function solve(matrix: Float64Array, size: number, rhs: Float64Array): Float64Array {
  const a = Float64Array.from(matrix);
  const x = Float64Array.from(rhs);
  for (let col = 0; col < size; col++) {
    let pivot = col;
    for (let r = col + 1; r < size; r++) if (Math.abs(a[r * size + col]!) > Math.abs(a[pivot * size + col]!)) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < size; c++) {
        const held = a[col * size + c]!;
        a[col * size + c] = a[pivot * size + c]!;
        a[pivot * size + c] = held;
      }
      const held = x[col]!;
      x[col] = x[pivot]!;
      x[pivot] = held;
    }
    const diagonal = a[col * size + col]!;
    for (let r = col + 1; r < size; r++) {
      const factor = a[r * size + col]! / diagonal;
      if (factor === 0) continue;
      for (let c = col; c < size; c++) a[r * size + c] = a[r * size + c]! - factor * a[col * size + c]!;
      x[r] = x[r]! - factor * x[col]!;
    }
  }
  for (let r = size - 1; r >= 0; r--) {
    let sum = x[r]!;
    for (let c = r + 1; c < size; c++) sum -= a[r * size + c]! * x[c]!;
    x[r] = sum / a[r * size + r]!;
  }
  return x;
}
