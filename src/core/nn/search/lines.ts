/**
 * Where the predicted digit changes along a line through parameter space.
 *
 * Changing one parameter (or scaling one hidden unit) by t moves each of an image's ten logits
 * along a straight line, `logit[d](t) = intercept[d] + slope[d]·t`, on the part of the t axis
 * where the edited hidden unit's ReLU stays on. The prediction is the upper envelope of those
 * ten lines, so it changes at no more than nine points, found by walking the envelope from
 * the left: from the current winner, the next winner is the line of larger slope that crosses
 * it first. This is what makes the searches exact: between two crossings nothing can change.
 *
 * Limit: a crossing is found by a division, so one beyond the range of a double (|t| > 1.8e308:
 * an intercept gap over a slope gap of, say, 1e-9 / 1e-322) becomes ±Infinity, and two such
 * crossings can no longer be told apart. The searches' lines come from trained weights and
 * activations times image pixels, whose gaps are nowhere near that small, and their t ranges are
 * finite; search.test.ts draws its lines accordingly (see there).
 */
import { DIGIT_COUNT } from "../shape.ts";

/** The winner just after `t` (ties go to the larger slope: it wins for every later t). */
export function winnerAfter(intercept: Float64Array, slope: Float64Array, t: number): number {
  let best = 0;
  if (t === -Infinity) {
    // At −∞ the smallest slope wins, then the largest intercept.
    for (let d = 1; d < DIGIT_COUNT; d++) {
      if (slope[d]! < slope[best]! || (slope[d] === slope[best] && intercept[d]! > intercept[best]!)) best = d;
    }
    return best;
  }
  let bestValue = intercept[0]! + slope[0]! * t;
  for (let d = 1; d < DIGIT_COUNT; d++) {
    const value = intercept[d]! + slope[d]! * t;
    if (value > bestValue || (value === bestValue && slope[d]! > slope[best]!)) [best, bestValue] = [d, value];
  }
  return best;
}

/**
 * Appends to `times`/`winners` every t > `from` at which the winner changes, with the new
 * winner, in increasing t, starting from `winner` (the winner just after `from`). Returns how
 * many were appended (at most 9: each step moves to a strictly larger slope).
 */
export function crossings(
  intercept: Float64Array,
  slope: Float64Array,
  from: number,
  winner: number,
  times: number[],
  winners: number[],
): number {
  let current = winner;
  let t = from;
  let added = 0;
  for (;;) {
    let next = -1;
    let nextTime = Infinity;
    for (let d = 0; d < DIGIT_COUNT; d++) {
      const rise = slope[d]! - slope[current]!;
      if (rise <= 0) continue;
      const at = (intercept[current]! - intercept[d]!) / rise;
      if (!(at >= t)) continue;
      if (at < nextTime || (at === nextTime && slope[d]! > slope[next]!)) [next, nextTime] = [d, at];
    }
    if (next < 0 || nextTime === Infinity) return added;
    times.push(nextTime);
    winners.push(next);
    added++;
    current = next;
    t = nextTime;
  }
}
