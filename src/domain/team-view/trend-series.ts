// The trend chart's weekly series (pure): one point per ISO week, gaps as null.
import { addIsoWeeks } from "~/domain/goals/forecast";

export const TREND_WEEKS = [12, 26, 52] as const;
export type TrendWeeks = (typeof TREND_WEEKS)[number];

export interface TrendRow {
  isoWeek: string;
  average: number | null;
  reps: number;
  compareAverage: number | null;
  compareReps: number;
}

export interface TrendPoint {
  isoWeek: string;
  team: number | null;
  teamReps: number;
  compare: number | null;
  compareReps: number;
}

/** The `weeks` ISO weeks ending with `latest` (oldest first), filled from the rows. */
export function trendSeries(latest: string | null, weeks: number, rows: readonly TrendRow[]): TrendPoint[] {
  if (!latest) return [];
  const byWeek = new Map(rows.map((r) => [r.isoWeek, r]));
  const points: TrendPoint[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const isoWeek = addIsoWeeks(latest, -i);
    const r = byWeek.get(isoWeek);
    points.push({
      isoWeek,
      team: r && r.reps > 0 ? r.average : null,
      teamReps: r?.reps ?? 0,
      compare: r && r.compareReps > 0 ? r.compareAverage : null,
      compareReps: r?.compareReps ?? 0,
    });
  }
  // Weeks before the first snapshot say nothing: start at the first week with data.
  const first = points.findIndex((p) => p.team !== null || p.compare !== null);
  return first === -1 ? [] : points.slice(first);
}
