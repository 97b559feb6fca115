// Weekly trend: chart rows, the text equivalent of the chart, and the axis range.
import { formatDelta, formatScore, round1 } from "~/lib/format/number";
import { weekLongLabel, weekNumberLabel, weekShortLabel } from "~/lib/format/dates";
import type { HistoryPoint } from "../types";
import { PILLAR_KEYS, type PillarKey } from "./pillars";

export type { TrendWeeks as WeekOption } from "~/domain/team-view/trend-series";

export interface TrendRow extends Record<PillarKey, number> {
  isoWeek: string;
  /** "16 Nov" (axis) */
  label: string;
  /** "W47" */
  week: string;
  /** "week 47 of 2026 (from 16 Nov)" (tooltip, table) */
  longLabel: string;
  total: number;
  modelVersion: string;
}

/** Chart rows, oldest first, at most `weeks` (the procedure already returns oldest first). */
export function trendRows(history: readonly HistoryPoint[], weeks?: number): TrendRow[] {
  const sorted = [...history].sort((a, b) => (a.isoWeek < b.isoWeek ? -1 : a.isoWeek > b.isoWeek ? 1 : 0));
  const recent = weeks ? sorted.slice(-weeks) : sorted;
  return recent.map((h) => ({
    isoWeek: h.isoWeek,
    label: weekShortLabel(h.isoWeek),
    week: weekNumberLabel(h.isoWeek),
    longLabel: weekLongLabel(h.isoWeek),
    total: h.total,
    brand: h.pillars.brand,
    findPeople: h.pillars.findPeople,
    engage: h.pillars.engage,
    relationships: h.pillars.relationships,
    modelVersion: h.modelVersion,
  }));
}

/** A one-paragraph text equivalent of the chart (aria description and caption). */
export function trendSummary(rows: readonly TrendRow[], target?: number | null): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return "No weekly scores yet.";
  if (rows.length === 1) return `One weekly score so far: ${formatScore(last.total)} in ${last.longLabel}.`;
  const totals = rows.map((r) => r.total);
  const delta = round1(last.total - first.total);
  const move = delta === 0 ? "Level" : delta > 0 ? `Up ${formatScore(delta)} points` : `Down ${formatScore(-delta)} points`;
  const lo = Math.min(...totals);
  const hi = Math.max(...totals);
  const goal = typeof target === "number" ? ` Goal: ${target}.` : "";
  return `${move} over ${rows.length} weeks, from ${formatScore(first.total)} to ${formatScore(last.total)}; lowest ${formatScore(lo)}, highest ${formatScore(hi)}.${goal}`;
}

/** Week-on-week change of each row's total (first row: null), for the table. */
export function weeklyDeltas(rows: readonly TrendRow[]): (string | null)[] {
  return rows.map((r, i) => {
    const prev = rows[i - 1];
    return prev ? formatDelta(r.total - prev.total) : null;
  });
}

/** Y range of the total axis: from a round 10 below the data (and goal) to 100, never below 0. */
export function totalDomain(rows: readonly TrendRow[], target?: number | null): [number, number] {
  const values = rows.map((r) => r.total);
  if (typeof target === "number") values.push(target);
  if (values.length === 0) return [0, 100];
  const lo = Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10);
  const hi = Math.min(100, Math.ceil((Math.max(...values) + 5) / 10) * 10);
  return [lo, Math.max(hi, lo + 10)];
}

/** Which pillar lines are on; the total line is always on. */
export type PillarToggles = Record<PillarKey, boolean>;
export const NO_PILLARS: PillarToggles = Object.fromEntries(PILLAR_KEYS.map((k) => [k, false])) as PillarToggles;

/** Y ticks every 10 points across the domain (every 20 when the range is wide): 60, 70, 80, 90. */
export function totalTicks([lo, hi]: readonly [number, number]): number[] {
  const step = hi - lo > 50 ? 20 : 10;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) ticks.push(t);
  return ticks;
}
