// Date labels for weekly snapshots and readings. ISO weeks and calendar days are read in UTC, so a
// label never depends on the browser's or the server's time zone (they are labels, not instants).
import { tz } from "@date-fns/tz";
import { format, formatDistanceStrict, isValid, parse } from "date-fns";

const UTC = tz("UTC");
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** Monday (UTC) of an ISO week "2026-W47"; null when the label is malformed. */
export function isoWeekMonday(isoWeek: string): Date | null {
  if (!ISO_WEEK.test(isoWeek)) return null;
  const d = parse(isoWeek, "RRRR-'W'II", new Date(0), { in: UTC });
  return isValid(d) ? new Date(d.getTime()) : null;
}

/** "W47" (the week number alone, for axis ticks). */
export function weekNumberLabel(isoWeek: string): string {
  const m = ISO_WEEK.exec(isoWeek);
  return m ? `W${Number(m[2])}` : isoWeek;
}

/** "16 Nov" (the Monday of the week), for axis ticks and table rows. */
export function weekShortLabel(isoWeek: string): string {
  const d = isoWeekMonday(isoWeek);
  return d ? format(d, "d MMM", { in: UTC }) : isoWeek;
}

/** "week 47 of 2026 (from 16 Nov)". */
export function weekLongLabel(isoWeek: string): string {
  const m = ISO_WEEK.exec(isoWeek);
  const d = isoWeekMonday(isoWeek);
  if (!m || !d) return isoWeek;
  return `week ${Number(m[2])} of ${m[1]} (from ${format(d, "d MMM", { in: UTC })})`;
}

/** A calendar day "2026-11-20" → "20 Nov 2026". */
export function formatDay(day: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  return d && isValid(d) ? format(d, "d MMM yyyy", { in: UTC }) : day;
}

/** Today's calendar day in the user's own zone as "YYYY-MM-DD" (the value of a date input). */
export function localDay(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** "just now", "3 minutes ago", "2 hours ago". */
export function formatAgo(when: Date, now: Date = new Date()): string {
  const ms = now.getTime() - when.getTime();
  if (ms < 45_000) return "just now";
  return formatDistanceStrict(when, now, { addSuffix: true });
}

/** An instant in a given time zone, the same on the server and in every browser: "2 Dec 2026, 09:15". */
export function formatDateTime(when: Date | string, timeZone: string): string {
  const d = typeof when === "string" ? new Date(when) : when;
  return isValid(d) ? format(d, "d MMM yyyy, HH:mm", { in: tz(timeZone) }) : "";
}
