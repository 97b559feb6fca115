// The rep table's row as the API returns it (pure shaping of the SQL row).
import { topPercent } from "~/domain/ranks/percentile";
import type { PillarKey } from "~/domain/scoring/types";
import { bandOf, type BandKey } from "~/domain/team-view/bands";
import type { RepTableSqlRow } from "./rep-table-sql";

export type GoalStatus = RepTableSqlRow["goalStatus"];

export interface RepRow {
  id: string;
  name: string;
  jobTitle: string | null;
  team: { id: string; name: string };
  /** Current score (live); null until the rep's first score. */
  total: number | null;
  band: BandKey | null;
  pillars: Record<PillarKey, number> | null;
  /** Change over the last completed week: latest snapshot minus the one before. */
  change: number | null;
  industryRank: { percentile: number; topPercent: number; source: "PLATFORM" | "REFERENCE" | null } | null;
  goal: {
    target: number;
    source: RepTableSqlRow["goalSource"];
    dueDate: string | null;
    status: GoalStatus;
    /** Points a week over the last 8 snapshots (2 decimals); null with fewer than two. */
    weeklyTrend: number | null;
  };
  lastActivityAt: Date | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function toRepRow(r: RepTableSqlRow & { id: string }): RepRow {
  const scored = r.total !== null;
  return {
    id: r.id,
    name: r.displayName,
    jobTitle: r.jobTitle,
    team: { id: r.teamId, name: r.teamName },
    total: r.total,
    band: bandOf(r.total),
    pillars: scored
      ? { brand: r.brand ?? 0, findPeople: r.findPeople ?? 0, engage: r.engage ?? 0, relationships: r.relationships ?? 0 }
      : null,
    change: r.change,
    industryRank:
      r.industryRankPct === null
        ? null
        : { percentile: r.industryRankPct, topPercent: topPercent(r.industryRankPct), source: r.industryRankSource },
    goal: {
      target: r.target,
      source: r.goalSource,
      dueDate: r.dueDate ? r.dueDate.toISOString().slice(0, 10) : null,
      status: r.goalStatus,
      weeklyTrend: r.weeklyTrend === null || r.snapshotCount === null || r.snapshotCount < 2 ? null : round2(r.weeklyTrend),
    },
    lastActivityAt: r.lastActivityAt,
  };
}
