// Percentile ranks (pure). Industry rank uses the platform sample when it is large enough and
// the reference benchmark's normal distribution otherwise; both give 0..100.

export type RankSource = "PLATFORM" | "REFERENCE";

/**
 * Below this many reps, a platform percentile is too coarse (and too revealing): use the reference.
 * Callers also require ≥ 3 organisations in the sample (see industry-sample.ts).
 */
export const MIN_PLATFORM_SAMPLE = 10;

/** Finite values, ascending: the form percentileRank expects. */
export function sortSample(values: readonly number[]): number[] {
  return values.filter(Number.isFinite).sort((a, b) => a - b);
}

/** First index whose element is ≥ value (strict = false) or > value (strict = true). */
function bound(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid] ?? Infinity;
    if (x < value || (strict && x === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Share of the sample strictly below `value` plus half of the ties, in 0..100 ("mid-rank"),
 * so a rep equal to everyone sits at 50, not 0 or 100. `sortedSample` must be ascending
 * (see sortSample). null for an empty sample or a non-finite value.
 */
export function percentileRank(value: number, sortedSample: readonly number[]): number | null {
  if (sortedSample.length === 0 || !Number.isFinite(value)) return null;
  const below = bound(sortedSample, value, false);
  const ties = bound(sortedSample, value, true) - below;
  // Multiply before dividing: (20 + 0.5) × 100 / 40 is exactly 51.25.
  return ((below + ties / 2) * 100) / sortedSample.length;
}

/** erf by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7), odd by construction. */
function erf(x: number): number {
  if (x === 0) return 0;
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-a * a));
}

/** Percentile (0..100) of `value` in a normal distribution; a zero spread is a step at the mean. */
export function normalPercentile(value: number, mean: number, sd: number): number {
  if (!(sd > 0)) return value < mean ? 0 : value > mean ? 100 : 50;
  const p = 50 * (1 + erf((value - mean) / (sd * Math.SQRT2)));
  return Math.min(100, Math.max(0, p));
}

/** "Top X%" for display: percentile 87.3 → 13. Never "top 0%": at least 1, at most 100. */
export function topPercent(percentile: number): number {
  if (Number.isNaN(percentile)) return 100;
  const p = Math.min(100, Math.max(0, percentile));
  // Round away float noise first (100 − 87 = 13.000000000000002 must stay 13).
  const top = Math.ceil(Math.round((100 - p) * 1e6) / 1e6);
  return Math.min(100, Math.max(1, top));
}

export interface IndustryRankInput {
  value: number;
  /** Ascending totals of the industry's reps on the platform (aggregated, no identities). */
  platformSample: readonly number[];
  /** The reference benchmark distribution; null when none is known for the industry. */
  reference: { mean: number; sd: number } | null;
  minSample?: number;
}

/** The platform percentile when the sample is big enough, else the reference one; null if neither. */
export function industryPercentile(input: IndustryRankInput): { percentile: number; source: RankSource } | null {
  const min = input.minSample ?? MIN_PLATFORM_SAMPLE;
  if (input.platformSample.length >= min) {
    const percentile = percentileRank(input.value, input.platformSample);
    if (percentile !== null) return { percentile, source: "PLATFORM" };
  }
  if (input.reference && Number.isFinite(input.value)) {
    return { percentile: normalPercentile(input.value, input.reference.mean, input.reference.sd), source: "REFERENCE" };
  }
  return null;
}
