// Oracle: detSqrt itself. lmSqrt is an allocation-free copy of its arithmetic, so it must agree bit
// for bit on every input class Adam and layer norm can meet (and a few they cannot).
import { describe, expect, it } from "vitest";
import { detSqrt } from "../nn/det-math.ts";
import { createRng } from "../rng/xoshiro128.ts";
import { lmSqrt } from "./sqrt.ts";

const view = new DataView(new ArrayBuffer(8));
function fromBits(high: number, low: number): number {
  view.setUint32(0, high);
  view.setUint32(4, low);
  return view.getFloat64(0);
}
const same = (a: number, b: number) => Object.is(a, b);

describe("lmSqrt", () => {
  it("equals detSqrt on edge cases, subnormals and powers of two", () => {
    const cases = [0, -0, 1, 2, 3, 4, 0.5, 1e-8, 1e-300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308];
    cases.push(Number.MAX_VALUE, Infinity, NaN, -1, -Infinity);
    for (let k = -1074; k <= 1023; k++) cases.push(2 ** k, 3 * 2 ** (k - 2));
    for (const x of cases) expect(same(lmSqrt(x), detSqrt(x)), `x = ${x}`).toBe(true);
  });

  it("equals detSqrt on 200,000 random positive doubles and on Adam-sized second moments", () => {
    const rng = createRng(17);
    let mismatches = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = fromBits((rng.nextUint32() >>> 1) & 0x7fefffff, rng.nextUint32());
      if (!same(lmSqrt(x), detSqrt(x))) mismatches++;
      const small = rng.nextFloat() * 10 ** -(rng.nextUint32() % 20);
      if (!same(lmSqrt(small), detSqrt(small))) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});
