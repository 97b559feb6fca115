import "server-only";
import { TRPCError } from "@trpc/server";
import { tableInput, type RepTableParams } from "~/domain/team-view/params";
import { getQueryClient, trpc } from "~/trpc/server";
import { teamInput, trendInput, type TeamList } from "./types";

/**
 * The team view's first paint: every card's data is awaited, in parallel, so the HTML has all the
 * numbers. (Streaming some of them as pending queries raced hydration: a card read by useQuery
 * could be a skeleton in the server HTML and already resolved in the browser, a hydration
 * mismatch.) Null when the URL names a team outside the caller's.
 */
export async function prefetchTeamView(orgSlug: string, view: RepTableParams): Promise<TeamList | null> {
  const qc = getQueryClient();
  const teams = await qc.fetchQuery(trpc.team.teams.queryOptions({ orgSlug }));
  if (view.teamId && !teams.teams.some((t) => t.id === view.teamId)) return null;
  if (teams.teams.length === 0) return teams;
  const once = { retry: false } as const;
  // A failure is not dehydrated: that card fetches again in the browser and shows its own retry.
  await Promise.all([
    qc.prefetchQuery(trpc.team.summary.queryOptions(teamInput(orgSlug, view.teamId), once)),
    qc.prefetchQuery(trpc.team.reps.queryOptions(tableInput(orgSlug, view), once)),
    qc.prefetchQuery(trpc.team.trend.queryOptions(trendInput(orgSlug, view.teamId, 12), once)),
    qc.prefetchQuery(trpc.team.movers.queryOptions(teamInput(orgSlug, view.teamId), once)),
    qc.prefetchQuery(trpc.team.heatmap.queryOptions(teamInput(orgSlug, view.teamId), once)),
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
