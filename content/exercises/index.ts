/**
 * The "patch the binary" exercises, each joined from its authored `exercise.json` and the
 * generated `build.json` (npm run listings). The chapter, the widget and the tests import these.
 * `oracle.json` (native results on random inputs) is for tests only and is not imported here.
 */
import { combineExercise, type Exercise, type ExerciseSpec } from "../../src/core/asm/exercise.ts";
import build1 from "./level-1-age/build.json" with { type: "json" };
import spec1 from "./level-1-age/exercise.json" with { type: "json" };
import build2 from "./level-2-leap/build.json" with { type: "json" };
import spec2 from "./level-2-leap/exercise.json" with { type: "json" };
import build3 from "./level-3-sum/build.json" with { type: "json" };
import spec3 from "./level-3-sum/exercise.json" with { type: "json" };

export const exercises: readonly Exercise[] = [
  combineExercise(spec1 as ExerciseSpec, build1),
  combineExercise(spec2 as ExerciseSpec, build2),
  combineExercise(spec3 as ExerciseSpec, build3),
];

export function exerciseById(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
