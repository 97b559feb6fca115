/**
 * The saturating curve every count-based signal uses: `cap × (1 − exp(−value / k))`.
 * The first actions count most, the cap can never be exceeded, and the curve only rises with
 * value, which is what makes "more activity never lowers a score" hold signal by signal.
 * Negative, NaN or infinite-negative inputs (bad data) earn nothing rather than a negative score.
 */
export function saturating(value: number, cap: number, k: number): number {
  if (!(value > 0) || !(cap > 0) || !(k > 0)) return 0;
  if (value === Infinity) return cap;
  // −expm1(−x) = 1 − exp(−x), precise for small x.
  return Math.min(cap, cap * -Math.expm1(-value / k));
}

/** Hundredths as an integer: pillars and the total are summed in cents so total === Σ pillars. */
export function toCents(points: number): number {
  return Math.round(points * 100);
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
