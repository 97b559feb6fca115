// Team view wording and colours (pure): changes, goal status, ranks, dates, heatmap steps.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { directionOf, formatDelta, formatScore, type Direction } from "~/lib/format/number";
import { weekLongLabel } from "~/lib/format/dates";
import type { RepRowData } from "./types";

type GoalStatus = RepRowData["goal"]["status"];

export { formatDelta, formatScore };

export const GOAL_STATUS: Record<GoalStatus, { label: string; className: string; description: string }> = {
  reached: { label: "Reached", className: "bg-emerald-50 text-emerald-800 ring-emerald-200", description: "At or above the target in the last weekly score" },
  "on-track": { label: "On track", className: "bg-sky-50 text-sky-800 ring-sky-200", description: "The weekly trend reaches the target in time" },
  "at-risk": { label: "At risk", className: "bg-amber-50 text-amber-900 ring-amber-200", description: "Flat or falling, or too slow for the due date" },
  "not-enough-history": { label: "Too early", className: "bg-slate-100 text-slate-700 ring-slate-200", description: "Fewer than 3 weekly scores: no forecast yet" },
};

export function directionClass(direction: Direction): string {
  return direction === "up" ? "text-emerald-700" : direction === "down" ? "text-red-700" : "text-slate-500";
}

/** "+2.1" / "−0.7" / "0.0", or "—" when there is nothing to compare. */
export function changeText(change: number | null): string {
  return change === null ? "—" : formatDelta(change);
}

export function changeLabel(change: number | null): string {
  if (change === null) return "no change to show";
  const d = directionOf(change);
  return d === "flat" ? "unchanged" : `${d === "up" ? "up" : "down"} ${formatScore(Math.abs(change))} points`;
}

export { directionOf };

/** "Top 13%" for an industry percentile. */
export function topPercentText(top: number | null | undefined): string {
  return top === null || top === undefined ? "—" : `Top ${top}%`;
}

/** "27 Nov 2026" in the organisation's time zone (the same on the server and in the browser). */
export function formatDayInZone(instant: Date | string | null, timeZone: string): string {
  if (!instant) return "—";
  const d = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return "—";
  return format(new TZDate(d.getTime(), timeZone), "d MMM yyyy");
}

/** "27 Nov 2026, 14:05 (America/New_York)", for a title attribute. */
export function formatInstantInZone(instant: Date | null, timeZone: string): string {
  if (!instant) return "No activity recorded";
  return `${format(new TZDate(instant.getTime(), timeZone), "d MMM yyyy, HH:mm")} (${timeZone})`;
}

/** "week 47 of 2026 (from 16 Nov)" vs "week 46 …". */
export function weekPairText(current: string | null, previous: string | null): string | null {
  if (!current || !previous) return null;
  return `${weekLongLabel(previous)} → ${weekLongLabel(current)}`;
}

/** "+4.2 vs industry", "−1.0 vs the organisation" (null when there is nothing to compare). */
export function versusText(difference: number | null, what: string): string | null {
  if (difference === null) return null;
  const d = directionOf(difference);
  return d === "flat" ? `Level with ${what}` : `${formatDelta(difference)} vs ${what}`;
}

/** Heatmap colour steps over a pillar's 0–25: five bands, each with text that keeps 4.5:1 contrast. */
export const HEAT_STEPS = [
  { max: 5, className: "bg-red-100 text-red-900", label: "0–5" },
  { max: 10, className: "bg-orange-100 text-orange-900", label: "5–10" },
  { max: 15, className: "bg-amber-100 text-amber-900", label: "10–15" },
  { max: 20, className: "bg-lime-100 text-lime-900", label: "15–20" },
  { max: Infinity, className: "bg-emerald-200 text-emerald-900", label: "20–25" },
] as const;

export function heatClass(points: number): string {
  const step = HEAT_STEPS.find((s) => points < s.max) ?? HEAT_STEPS[4];
  return step.className;
}

/** "3 reps" / "1 rep". */
export function repsText(n: number): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? "rep" : "reps"}`;
}

