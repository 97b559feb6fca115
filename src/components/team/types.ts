// The shapes the team view renders, inferred from the procedures so they cannot drift.
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";

type Out = inferRouterOutputs<AppRouter>["team"];

export type TeamList = Out["teams"];
export type TeamSummaryData = Out["summary"];
export type RepTableData = Out["reps"];
export type RepRowData = RepTableData["rows"][number];
export type HeatmapData = Out["heatmap"];
export type TrendData = Out["trend"];
export type MoversData = Out["movers"];
export type MoverData = MoversData["risers"][number];
export type LeaderboardData = Out["leaderboard"];

/** The inputs of the team-scoped queries: teamId only when set, so cache keys match the server's. */
export function teamInput(orgSlug: string, teamId: string | undefined): { orgSlug: string; teamId?: string } {
  return teamId ? { orgSlug, teamId } : { orgSlug };
}

export function trendInput(orgSlug: string, teamId: string | undefined, weeks: 12 | 26 | 52, compareTeamId?: string | null) {
  return { ...teamInput(orgSlug, teamId), weeks, ...(compareTeamId ? { compareTeamId } : {}) };
}
