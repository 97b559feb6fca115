// Input → per-signal results and pillar sums. Shared by scoreRep and by next best actions,
// which re-evaluate the input after one more unit of effort.
import { saturating, toCents } from "./curve";
import { PILLAR_KEYS, PILLAR_MAX, SIGNAL_SPECS } from "./model-v1";
import { SIGNAL_DEFS, type SignalDef } from "./signals";
import type { PillarKey, ScoringInput, SignalResult } from "./types";

/** Points of one data-present signal: the curve, or the signal's own rule; always in [0, cap]. */
function pointsOf(def: SignalDef, input: ScoringInput, value: number): number {
  const spec = SIGNAL_SPECS[def.key];
  const raw = def.points ? def.points(input) : spec.k === null ? 0 : saturating(value, spec.cap, spec.k);
  return Math.min(spec.cap, Math.max(0, raw));
}

export function evaluateSignals(input: ScoringInput): SignalResult[] {
  return SIGNAL_DEFS.map((def): SignalResult => {
    const spec = SIGNAL_SPECS[def.key];
    const base = { key: def.key, pillar: spec.pillar, label: spec.label, cap: spec.cap };
    const missing = def.missing(input);
    if (missing) return { ...base, value: 0, display: missing.display, points: 0, noData: true };
    const value = def.value(input);
    const points = pointsOf(def, input, value);
    return { ...base, value, display: def.display(input), points, noData: false, count: def.count(input) };
  });
}

/** Full-precision sum of all points: what marginal gains are measured against. */
export function rawTotal(signals: readonly SignalResult[]): number {
  return signals.reduce((sum, s) => sum + s.points, 0);
}

/** rawTotal(evaluateSignals(input)) without building displays: next best actions call it often. */
export function rawTotalOf(input: ScoringInput): number {
  let sum = 0;
  for (const def of SIGNAL_DEFS) if (!def.missing(input)) sum += pointsOf(def, input, def.value(input));
  return sum;
}

/**
 * Pillars rounded to hundredths, total = their sum. Summing integer cents keeps
 * total === Σ pillars exact (in cents) instead of drifting by float error.
 */
export function pillarScores(signals: readonly SignalResult[]): { pillars: Record<PillarKey, number>; total: number } {
  const cents: Record<PillarKey, number> = { brand: 0, findPeople: 0, engage: 0, relationships: 0 };
  const sums: Record<PillarKey, number> = { brand: 0, findPeople: 0, engage: 0, relationships: 0 };
  for (const s of signals) sums[s.pillar] += s.points;
  let totalCents = 0;
  for (const p of PILLAR_KEYS) {
    cents[p] = Math.min(PILLAR_MAX * 100, Math.max(0, toCents(sums[p])));
    totalCents += cents[p];
  }
  const pillars = {} as Record<PillarKey, number>;
  for (const p of PILLAR_KEYS) pillars[p] = cents[p] / 100;
  return { pillars, total: totalCents / 100 };
}
