// The trend chart's rows and its one-sentence text equivalent (pure).
import { weekLongLabel, weekShortLabel } from "~/lib/format/dates";
import { formatScore } from "~/lib/format/number";
import type { TrendData } from "./types";

export interface TrendRow {
  isoWeek: string;
  label: string;
  team: number | null;
  compare: number | null;
}

/** Chart rows and a one-sentence text equivalent (pure enough to read). */
export function trendView(data: TrendData): { rows: TrendRow[]; summary: string } {
  const rows = data.points.map((p) => ({ isoWeek: p.isoWeek, label: weekShortLabel(p.isoWeek), team: p.team, compare: p.compare }));
  const teamName = data.team?.name ?? "Your teams";
  const firstTeam = rows.find((r) => r.team !== null);
  const lastTeam = [...rows].reverse().find((r) => r.team !== null);
  let summary = `${teamName}: no weekly scores yet.`;
  if (firstTeam && lastTeam && firstTeam.team !== null && lastTeam.team !== null) {
    summary = `${teamName} averaged ${formatScore(firstTeam.team)} in ${weekLongLabel(firstTeam.isoWeek)} and ${formatScore(lastTeam.team)} in ${weekLongLabel(lastTeam.isoWeek)}.`;
  }
  const lastCompare = [...rows].reverse().find((r) => r.compare !== null);
  if (data.compare && lastCompare?.compare != null) summary += ` ${data.compare.name}: ${formatScore(lastCompare.compare)}.`;
  if (data.benchmark) summary += ` Industry benchmark: ${formatScore(data.benchmark.average)}.`;
  return { rows, summary };
}
