/**
 * A tiny validator for state that arrives from a URL: each check returns the value it accepted
 * or an error naming where the value went wrong (a JSON path). Written here rather than taken from
 * a schema library because it ships inside every widget, and a widget's whole budget is 20 KB.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; path: string; message: string };
export type Check<T> = (value: unknown, path: string) => Checked<T>;

const fail = (path: string, message: string): { ok: false; path: string; message: string } => ({
  ok: false,
  path,
  message,
});

export const integer =
  (min: number, max: number): Check<number> =>
  (value, path) =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
      ? { ok: true, value }
      : fail(path, `expected a whole number from ${min} to ${max}`);

export const finiteNumber =
  (min: number, max: number): Check<number> =>
  (value, path) =>
    typeof value === "number" && Number.isFinite(value) && value >= min && value <= max
      ? { ok: true, value }
      : fail(path, `expected a number from ${min} to ${max}`);

export const text =
  (maxLength: number): Check<string> =>
  (value, path) =>
    typeof value === "string" && value.length <= maxLength
      ? { ok: true, value }
      : fail(path, `expected text of at most ${maxLength} characters`);

export const oneOf =
  <const T extends string>(...options: T[]): Check<T> =>
  (value, path) =>
    typeof value === "string" && (options as string[]).includes(value)
      ? { ok: true, value: value as T }
      : fail(path, `expected one of ${options.join(", ")}`);

export const list =
  <T>(item: Check<T>, maxLength: number): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) return fail(path, "expected a list");
    if (value.length > maxLength) return fail(path, `expected at most ${maxLength} items`);
    const out: T[] = [];
    for (let index = 0; index < value.length; index++) {
      const checked = item(value[index], `${path}[${index}]`);
      if (!checked.ok) return checked;
      out.push(checked.value);
    }
    return { ok: true, value: out };
  };

type Shape = Record<string, Check<unknown>>;
type ShapeValue<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer V> ? V : never };

/** An object with exactly these fields: unknown fields are refused, so nothing is silently ignored. */
export const record =
  <S extends Shape>(shape: S): Check<ShapeValue<S>> =>
  (value, path) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(path, "expected an object");
    const input = value as Record<string, unknown>;
    for (const key of Object.keys(input)) {
      // The unknown key is not named: paths and messages hold only the schema's own words.
      if (!Object.prototype.hasOwnProperty.call(shape, key)) return fail(path, "has a field this format does not have");
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const check = shape[key] as Check<unknown>;
      const checked = check(input[key], `${path}.${key}`);
      if (!checked.ok) return checked;
      out[key] = checked.value;
    }
    return { ok: true, value: out as ShapeValue<S> };
  };
