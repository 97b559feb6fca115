import { $Enums } from "@prisma/client";
import { z } from "zod";
import { orgProcedure, router } from "~/server/api/trpc";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { enqueue } from "~/server/jobs/queues";
import { MANUAL_KINDS } from "~/server/services/activity/activity-kinds";
import { logActivity } from "~/server/services/activity/record-activity";

export const activityRouter = router({
  /** What can be logged by hand, with labels and limits. */
  kinds: orgProcedure.query(() => MANUAL_KINDS),
  log: orgProcedure
    .input(
      z.object({
        kind: z.enum($Enums.ActivityKind),
        quantity: z.number().int("Whole numbers only").min(1, "At least 1").max(5000),
        occurredAt: z.coerce.date(),
        clientId: z.uuid(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const res = await logActivity(ctx.db, { organizationId: ctx.org.id, userId: ctx.userId }, input);
      if (res.created) await enqueue(recomputeJob, { organizationId: ctx.org.id, repId: res.repId });
      return res;
    }),
});
