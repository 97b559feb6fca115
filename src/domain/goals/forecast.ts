// Goal progress and forecast from weekly snapshots (pure). The trend is a least-squares line
// over the most recent snapshots, with x in real weeks so a missing week does not bend it.
// ISO weeks are handled in UTC so results never depend on the server's time zone: snapshots
// are already bucketed in the org's zone, and here a week is just a label.
import { tz } from "@date-fns/tz";
import { memoize } from "~/lib/memoize";
import { addWeeks, format, isValid, parse } from "date-fns";

// ── ISO week helpers ─────────────────────────────────────────────────────────────────────────
const UTC = tz("UTC");
const ISO_WEEK = "RRRR-'W'II";
const PATTERN = /^\d{4}-W\d{2}$/;

/** Monday 00:00 UTC of an ISO week; throws RangeError on a malformed or non-existent week. */
export function parseIsoWeek(isoWeek: string): Date {
  return new Date(parsed(isoWeek, () => parseIsoWeekUncached(isoWeek)));
}

// date-fns parse/format with a zone are slow (Intl); reports parse the same weeks over and over.
const parsed = memoize<number>(10_000);
const formatted = memoize<string>(10_000);

function parseIsoWeekUncached(isoWeek: string): number {
  const monday = PATTERN.test(isoWeek) ? parse(isoWeek, ISO_WEEK, new Date(0), { in: UTC }) : null;
  // The round trip rejects e.g. 2025-W53, which date-fns would roll into 2026-W01.
  if (!monday || !isValid(monday) || formatIsoWeek(monday) !== isoWeek) {
    throw new RangeError(`Invalid ISO week "${isoWeek}" (expected YYYY-Www)`);
  }
  return monday.getTime();
}

/** The ISO week of an instant, read in UTC (for @db.Date values: their calendar day). */
export function formatIsoWeek(date: Date): string {
  return formatted(String(date.getTime()), () => format(date, ISO_WEEK, { in: UTC }));
}

export function addIsoWeeks(isoWeek: string, weeks: number): string {
  return formatIsoWeek(addWeeks(parseIsoWeek(isoWeek), weeks, { in: UTC }));
}

/** Whole weeks from `from` to `to` (negative when `to` is earlier). */
export function isoWeeksBetween(from: string, to: string): number {
  // Both are Mondays 00:00 UTC (no DST in UTC): plain arithmetic, without Intl.
  return Math.round((parseIsoWeek(to).getTime() - parseIsoWeek(from).getTime()) / 604_800_000);
}

// ── Forecast ─────────────────────────────────────────────────────────────────────────────────
export type GoalStatus = "reached" | "on-track" | "at-risk" | "not-enough-history";

export interface WeeklyTotal {
  isoWeek: string;
  total: number;
}

export interface ForecastInput {
  /** Weekly totals; sorted here, and a repeated week keeps its last entry. */
  weekly: readonly WeeklyTotal[];
  target: number;
  /** A calendar date (its UTC day, as Prisma returns @db.Date); null = no deadline. */
  dueDate?: Date | null;
  /** Without a due date, "on track" means reaching the target within this many weeks. */
  horizonWeeks?: number;
}

export interface GoalForecast {
  /** latest / target, clamped to 0..1. */
  progress: number;
  /** When reached: the first week of the current run at/above target; else the forecast week. */
  forecastWeek: string | null;
  status: GoalStatus;
  /** Points per week (least squares over the last TREND_WINDOW snapshots), 2 decimals. */
  weeklyTrend: number;
  reason: string;
}

export const MIN_SNAPSHOTS = 3;
export const TREND_WINDOW = 8;
export const DEFAULT_HORIZON_WEEKS = 26;
/** Beyond this a forecast is not a forecast: report no week instead of one years away. */
export const MAX_FORECAST_WEEKS = 104;

const one = (x: number) => x.toFixed(1);
const signed = (x: number) => `${x >= 0 ? "+" : "-"}${Math.abs(x).toFixed(1)}`;

/** Least-squares slope of total over week index; 0 with fewer than two points. */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

function normalise(weekly: readonly WeeklyTotal[]): WeeklyTotal[] {
  const byWeek = new Map<string, number>();
  for (const w of weekly) {
    parseIsoWeek(w.isoWeek); // validates
    byWeek.set(w.isoWeek, w.total);
  }
  // "YYYY-Www" is zero-padded, so string order is chronological.
  return [...byWeek].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([isoWeek, total]) => ({ isoWeek, total }));
}

export function forecastGoal(input: ForecastInput): GoalForecast {
  const { target } = input;
  const horizon = input.horizonWeeks ?? DEFAULT_HORIZON_WEEKS;
  const weekly = normalise(input.weekly);
  const last = weekly[weekly.length - 1];
  if (!last) {
    return { progress: 0, forecastWeek: null, status: "not-enough-history", weeklyTrend: 0, reason: "No weekly scores yet." };
  }

  const recent = weekly.slice(-TREND_WINDOW);
  const first = recent[0] ?? last;
  const slope = leastSquaresSlope(recent.map((w) => ({ x: isoWeeksBetween(first.isoWeek, w.isoWeek), y: w.total })));
  const weeklyTrend = Math.round(slope * 100) / 100;
  const progress = target > 0 ? Math.min(1, Math.max(0, last.total / target)) : 1;
  const base = { progress, weeklyTrend };

  // Reached is a fact, not a forecast: it needs no history.
  if (last.total >= target) {
    let since = weekly.length - 1;
    while (since > 0 && (weekly[since - 1]?.total ?? -Infinity) >= target) since--;
    const week = weekly[since]?.isoWeek ?? last.isoWeek;
    return { ...base, forecastWeek: week, status: "reached", reason: `Reached ${target} in ${week} (now ${one(last.total)}).` };
  }
  if (weekly.length < MIN_SNAPSHOTS) {
    const reason = `${weekly.length} of ${MIN_SNAPSHOTS} weekly scores needed for a forecast; now ${one(last.total)} of ${target}.`;
    return { ...base, forecastWeek: null, status: "not-enough-history", reason };
  }

  const pace = `${signed(slope)} points/week over the last ${recent.length} weeks`;
  const dueWeek = input.dueDate ? formatIsoWeek(input.dueDate) : null;
  if (slope <= 0) {
    return { ...base, forecastWeek: null, status: "at-risk", reason: `Flat or falling (${pace}): at this pace ${target} is out of reach.` };
  }
  const weeksNeeded = Math.max(1, Math.ceil((target - last.total) / slope));
  if (weeksNeeded > MAX_FORECAST_WEEKS) {
    return { ...base, forecastWeek: null, status: "at-risk", reason: `At ${pace}, ${target} is more than 2 years away.` };
  }
  const forecastWeek = addIsoWeeks(last.isoWeek, weeksNeeded);
  const eta = `At ${pace}, you reach ${target} around ${forecastWeek}`;
  if (dueWeek !== null) {
    return forecastWeek <= dueWeek
      ? { ...base, forecastWeek, status: "on-track", reason: `${eta}, on or before the due week ${dueWeek}.` }
      : { ...base, forecastWeek, status: "at-risk", reason: `${eta}, after the due week ${dueWeek}.` };
  }
  return weeksNeeded <= horizon
    ? { ...base, forecastWeek, status: "on-track", reason: `${eta}, within ${horizon} weeks.` }
    : { ...base, forecastWeek, status: "at-risk", reason: `${eta}, more than ${horizon} weeks away.` };
}
