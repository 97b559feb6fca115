import { managerProcedure, orgProcedure, router } from "~/server/api/trpc";
import { getTeamHeatmap } from "~/server/services/team-view/heatmap";
import { getLeaderboard } from "~/server/services/team-view/leaderboard";
import { getTeamMovers } from "~/server/services/team-view/movers";
import { normalizeParams } from "~/domain/team-view/params";
import { getRepTable } from "~/server/services/team-view/rep-table";
import { getTeamSummary } from "~/server/services/team-view/summary";
import { listScopeTeams } from "~/server/services/team-view/scope-teams";
import { getTeamTrend } from "~/server/services/team-view/trend";
import { leaderboardInput, repsInput, teamInput, trendInput } from "./inputs";

/**
 * The manager team view (issue 6). Every procedure but `leaderboard` needs the manager role; the
 * services narrow to the teams the caller manages (all teams for admins), and a team outside them
 * answers NOT_FOUND, like another organisation's.
 */
export const teamRouter = router({
  /** The teams the caller can pick, with their number of reps. */
  teams: managerProcedure.query(({ ctx }) => listScopeTeams(ctx.db, ctx.caller)),
  /** Average vs industry and organisation, bands, goal attainment, week-over-week change. */
  summary: managerProcedure.input(teamInput).query(({ ctx, input }) => getTeamSummary(ctx.db, ctx.caller, input)),
  /** One page of the rep table, filtered and sorted in the database. */
  reps: managerProcedure.input(repsInput).query(({ ctx, input }) => getRepTable(ctx.db, ctx.caller, normalizeParams(input))),
  /** Reps × pillars, pillar averages vs the industry, the weakest pillar. */
  heatmap: managerProcedure.input(teamInput).query(({ ctx, input }) => getTeamHeatmap(ctx.db, ctx.caller, input)),
  /** Team average per ISO week against the benchmark; optionally a second team. */
  trend: managerProcedure.input(trendInput).query(({ ctx, input }) => getTeamTrend(ctx.db, ctx.caller, input)),
  /** Biggest risers and fallers of the last week and drops over 5 points, with why. */
  movers: managerProcedure.input(teamInput).query(({ ctx, input }) => getTeamMovers(ctx.db, ctx.caller, input)),
  /** Names and totals only, for reps when the organisation enables it; groups under 3 withheld. */
  leaderboard: orgProcedure.input(leaderboardInput).query(({ ctx, input }) => getLeaderboard(ctx.db, ctx.caller, input)),
});
