import "server-only";
import { TRPCError } from "@trpc/server";
import { tableInput, type RepTableParams } from "~/server/services/team/params";
import { getQueryClient, trpc } from "~/trpc/server";
import { teamInput, trendInput, type TeamList } from "./types";

/**
 * The team view's first paint: the team list, the summary and the first page of the table are
 * awaited (numbers in the HTML); the trend, movers and heatmap start now and stream in (pending
 * queries are dehydrated). Null when the URL names a team outside the caller's.
 */
export async function prefetchTeamView(orgSlug: string, view: RepTableParams): Promise<TeamList | null> {
  const qc = getQueryClient();
  const teams = await qc.fetchQuery(trpc.team.teams.queryOptions({ orgSlug }));
  if (view.teamId && !teams.teams.some((t) => t.id === view.teamId)) return null;
  if (teams.teams.length === 0) return teams;
  const once = { retry: false } as const;
  void qc.prefetchQuery(trpc.team.trend.queryOptions(trendInput(orgSlug, view.teamId, 12), once));
  void qc.prefetchQuery(trpc.team.movers.queryOptions(teamInput(orgSlug, view.teamId), once));
  void qc.prefetchQuery(trpc.team.heatmap.queryOptions(teamInput(orgSlug, view.teamId), once));
  await Promise.all([
    qc.prefetchQuery(trpc.team.summary.queryOptions(teamInput(orgSlug, view.teamId), once)),
    qc.prefetchQuery(trpc.team.reps.queryOptions(tableInput(orgSlug, view), once)),
  ]);
  return teams;
}

/** The rep's leaderboard, or null when the organisation keeps it off (FORBIDDEN for reps). */
export async function prefetchLeaderboard(orgSlug: string): Promise<boolean> {
  const qc = getQueryClient();
  try {
    await qc.fetchQuery(trpc.team.leaderboard.queryOptions({ orgSlug, scope: "team" }));
    return true;
  } catch (err) {
    if (err instanceof TRPCError && err.code === "FORBIDDEN") return false;
    throw err;
  }
}
