// ISO weeks in an organisation's time zone: the week a moment belongs to, and the exact UTC
// instants where a local week starts and ends (DST-aware, via @date-fns/tz).
import { TZDate } from "@date-fns/tz";
import { memoize } from "~/lib/memoize";
import { addWeeks, format, getISOWeek, getISOWeekYear, startOfISOWeek, setISOWeek, setISOWeekYear, startOfDay } from "date-fns";

export type IsoWeek = `${number}-W${string}`;

const ISO_WEEK_RE = /^(\d{4})-W(\d{2})$/;

// Time-zone arithmetic goes through Intl (tens of µs per call) and reports ask for the same few
// weeks thousands of times: the week boundaries are pure in (week, zone), so they are memoised.
const starts = memoize<number>(10_000);

export function isValidIsoWeek(week: string): week is IsoWeek {
  const m = ISO_WEEK_RE.exec(week);
  if (!m) return false;
  const n = Number(m[2]);
  if (n < 1 || n > 53) return false;
  // Week 53 exists only in some years: round-trip to check.
  return isoWeekOf(weekStart(week as IsoWeek, "UTC"), "UTC") === week;
}

/** The ISO week ("2026-W48") that `instant` falls in, seen from time zone `tz`. */
export function isoWeekOf(instant: Date, tz: string): IsoWeek {
  const local = new TZDate(instant.getTime(), tz);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, "0")}` as IsoWeek;
}

/** Monday 00:00 local time of the ISO week, as a UTC instant. */
export function weekStart(week: IsoWeek, tz: string): Date {
  return new Date(starts(`${week}|${tz}`, () => computeWeekStart(week, tz)));
}

function computeWeekStart(week: IsoWeek, tz: string): number {
  const m = ISO_WEEK_RE.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  // Thursday of week 1 always lies in the ISO year; move from there.
  let d = new TZDate(Number(m[1]), 0, 4, 12, 0, 0, tz);
  d = setISOWeekYear(d, Number(m[1]));
  d = setISOWeek(d, Number(m[2]));
  return startOfDay(startOfISOWeek(d)).getTime();
}

/** The last millisecond of the ISO week in local time, as a UTC instant. */
const ends = memoize<number>(10_000);

export function weekEnd(week: IsoWeek, tz: string): Date {
  return new Date(
    ends(`${week}|${tz}`, () => {
      const next = addWeeks(new TZDate(weekStart(week, tz).getTime(), tz), 1);
      return startOfDay(next).getTime() - 1;
    }),
  );
}

/** The `count` ISO weeks ending with the week of `instant`, oldest first. */
export function lastWeeks(instant: Date, tz: string, count: number): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  const current = new TZDate(instant.getTime(), tz);
  for (let i = count - 1; i >= 0; i--) weeks.push(isoWeekOf(addWeeks(current, -i), tz));
  return weeks;
}

/** The week before `week`. */
export function previousWeek(week: IsoWeek, tz = "UTC"): IsoWeek {
  return isoWeekOf(new Date(weekStart(week, tz).getTime() - 1), tz);
}

/** The most recent ISO week that has fully ended at `instant` in `tz`. */
export function lastCompletedWeek(instant: Date, tz: string): IsoWeek {
  return previousWeek(isoWeekOf(instant, tz), tz);
}

export function formatWeekRange(week: IsoWeek, tz: string): string {
  const s = new TZDate(weekStart(week, tz).getTime(), tz);
  const e = new TZDate(weekEnd(week, tz).getTime(), tz);
  return `${format(s, "d MMM")} – ${format(e, "d MMM yyyy")}`;
}
