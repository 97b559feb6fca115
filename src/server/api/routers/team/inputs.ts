import { z } from "zod";
import { repTableSchema } from "~/domain/team-view/params";
import { TREND_WEEKS } from "~/domain/team-view/trend-series";

const teamId = z.string().min(1).max(64).optional();

export const teamInput = z.object({ teamId });
export const repsInput = repTableSchema;
export const trendInput = z.object({
  teamId,
  compareTeamId: teamId,
  weeks: z.union(TREND_WEEKS.map((w) => z.literal(w)) as [z.ZodLiteral<12>, z.ZodLiteral<26>, z.ZodLiteral<52>]).default(12),
});
export const leaderboardInput = z.object({ scope: z.enum(["team", "organization"]).default("team") });
