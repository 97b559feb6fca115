import { z } from "zod";
import { orgProcedure, router } from "~/server/api/trpc";
import { getCurrentScore } from "~/server/services/scores/get-current-score";
import { getRanks } from "~/server/services/scores/get-ranks";
import { getWeekChange } from "~/server/services/scores/score-change";
import { getSnapshotHistory } from "~/server/services/snapshots/get-history";

const repId = z.string().min(1).max(64).optional();

export const scoreRouter = router({
  /** Current score, breakdown, next best actions and the latest official reading. */
  current: orgProcedure.input(z.object({ repId })).query(({ ctx, input }) => getCurrentScore(ctx.db, ctx.caller, input.repId)),
  /** Weekly snapshots, oldest first. */
  history: orgProcedure
    .input(z.object({ repId, weeks: z.union([z.literal(12), z.literal(26), z.literal(52)]).default(26), withBreakdown: z.boolean().default(false) }))
    .query(({ ctx, input }) => getSnapshotHistory(ctx.db, ctx.caller, input)),
  /** Industry, organisation and team ranks with the averages beside them. */
  ranks: orgProcedure.input(z.object({ repId })).query(({ ctx, input }) => getRanks(ctx.db, ctx.caller, input.repId)),
  /** "Why did it move": now vs the last weekly snapshot, per pillar and signal. */
  weekChange: orgProcedure.input(z.object({ repId })).query(({ ctx, input }) => getWeekChange(ctx.db, ctx.caller, input.repId)),
});
