// The rep table as CSV (pure): the columns the table shows, numbers as numbers (one decimal, so a
// spreadsheet reads them), the last activity in the organisation's time zone, RFC 4180 quoting by
// papaparse, and text cells that would start a spreadsheet formula (=, +, -, @) prefixed with '.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import Papa from "papaparse";
import { round1 } from "~/lib/format/number";
import type { GoalStatus, RepRow } from "./rep-row";

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  reached: "Reached",
  "on-track": "On track",
  "at-risk": "At risk",
  "not-enough-history": "Not enough history",
};

export function csvHeader(timeZone: string): string[] {
  return [
    "Name",
    "Team",
    "Total",
    "Change vs last week",
    "Brand",
    "Find people",
    "Engage",
    "Relationships",
    "Industry rank (top %)",
    "Goal",
    "Goal status",
    `Last activity (${timeZone})`,
  ];
}

export type CsvCell = string | number | null;

const num = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : round1(n));

/** "2026-11-20 14:05" in the organisation's zone. */
export function localDateTime(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd HH:mm");
}

export function csvRow(r: RepRow, timeZone: string): CsvCell[] {
  return [
    r.name,
    r.team.name,
    num(r.total),
    num(r.change),
    num(r.pillars?.brand),
    num(r.pillars?.findPeople),
    num(r.pillars?.engage),
    num(r.pillars?.relationships),
    r.industryRank ? r.industryRank.topPercent : null,
    r.goal.target,
    GOAL_STATUS_LABELS[r.goal.status],
    r.lastActivityAt ? localDateTime(r.lastActivityAt, timeZone) : null,
  ];
}

/** The whole file: a byte-order mark (so Excel reads UTF-8), the header and one line per rep. */
export function toCsv(rows: readonly RepRow[], timeZone: string): string {
  const body = Papa.unparse(
    { fields: csvHeader(timeZone), data: rows.map((r) => csvRow(r, timeZone)) },
    { escapeFormulae: true, newline: "\r\n", header: true },
  );
  return `\uFEFF${body}\r\n`;
}

/** "team-northwind-enterprise-2026-11-27.csv" (ASCII only, safe in a header). */
export function csvFileName(parts: { orgSlug: string; team?: string | null; now: Date; timeZone: string }): string {
  const slug = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, "-")
      .replace(/-+/g, "-")
      .slice(0, 40);
  const day = format(new TZDate(parts.now.getTime(), parts.timeZone), "yyyy-MM-dd");
  return ["team", slug(parts.orgSlug), parts.team ? slug(parts.team) : null, day].filter(Boolean).join("-") + ".csv";
}
