/**
 * The "ingredients" of a training run: everything besides the program and the shipped data that
 * decides the weights. One explicit object with defaults and validation, so a URL, a form or a
 * test can build one and get problems back as values. (More knobs — summation order, float32
 * accumulation, Math.exp vs detExp, init variant — will be added here as optional fields.)
 */
import { validateEdits } from "./edits.ts";
import { DEFAULT_RECIPE, type Recipe } from "./recipe-defaults.ts";
import { fail, ok, type Problem, type Result } from "./result.ts";

export { DEFAULT_RECIPE };
export type { Recipe };

interface NumberRule {
  integer: boolean;
  min: number;
  max: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

const NUMBER_RULES: Record<Exclude<keyof Recipe, "edits">, NumberRule> = {
  seed: { integer: true, min: 0, max: 4294967295 },
  hiddenUnits: { integer: true, min: 1, max: 256 },
  learningRate: { integer: false, min: 0, max: 1e300, minExclusive: true },
  momentum: { integer: false, min: 0, max: 1, maxExclusive: true },
  epochs: { integer: true, min: 1, max: 500 },
  batchSize: { integer: true, min: 1, max: 4096 },
};

/**
 * A complete recipe from a partial one: missing fields take DEFAULT_RECIPE's values, unknown
 * fields are problems (a typo must not silently train the default). `trainingCount` bounds the
 * example indices of edits; `batchNames` lists the valid batch ids.
 */
export function validateRecipe(input: unknown, trainingCount: number, batchNames: readonly string[]): Result<Recipe> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return fail([{ where: "recipe", message: "expected an object" }]);
  }
  const fields = input as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const key of Object.keys(fields)) {
    if (!(key in DEFAULT_RECIPE)) problems.push({ where: key, message: "unknown recipe field" });
  }
  const numbers: Record<string, number> = {};
  for (const [name, rule] of Object.entries(NUMBER_RULES)) {
    const value = fields[name] ?? DEFAULT_RECIPE[name as keyof typeof NUMBER_RULES];
    const problem = checkNumber(value, rule);
    if (problem) problems.push({ where: name, message: problem });
    else numbers[name] = value as number;
  }
  const edits = validateEdits(fields["edits"] ?? [], trainingCount, batchNames);
  if (!edits.ok) problems.push(...edits.problems.map((p) => ({ where: `edits${p.where}`, message: p.message })));
  if (problems.length > 0 || !edits.ok) return fail(problems);
  return ok({
    seed: numbers["seed"]!,
    hiddenUnits: numbers["hiddenUnits"]!,
    learningRate: numbers["learningRate"]!,
    momentum: numbers["momentum"]!,
    epochs: numbers["epochs"]!,
    batchSize: numbers["batchSize"]!,
    edits: edits.value,
  });
}

function checkNumber(value: unknown, rule: NumberRule): string | null {
  const range = `${rule.minExclusive ? "(" : "["}${rule.min}, ${rule.max}${rule.maxExclusive ? ")" : "]"}`;
  if (typeof value !== "number" || !Number.isFinite(value)) return `expected a finite number in ${range}`;
  if (rule.integer && !Number.isInteger(value)) return `expected an integer in ${range}`;
  const belowMin = rule.minExclusive ? value <= rule.min : value < rule.min;
  const aboveMax = rule.maxExclusive ? value >= rule.max : value > rule.max;
  if (belowMin || aboveMax) return `expected a value in ${range}`;
  return null;
}
