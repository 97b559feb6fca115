import { $Enums } from "@prisma/client";
import { z } from "zod";
import { orgProcedure, router } from "~/server/api/trpc";
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
      return logActivity(ctx.db, ctx.caller, input);
    }),
});
