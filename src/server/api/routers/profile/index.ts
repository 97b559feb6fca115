import { z } from "zod";
import { callerOf } from "~/server/api/caller";
import { orgProcedure, router } from "~/server/api/trpc";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { enqueue } from "~/server/jobs/queues";
import { profileFactsInput } from "~/domain/profile-facts";
import { profileFactsOf } from "~/server/services/activity/aggregate-inputs";
import { resolveVisibleRep } from "~/server/services/reps/access";
import { updateProfileFacts } from "~/server/services/reps/update-profile";

const repId = z.string().min(1).max(64).optional();

export const profileRouter = router({
  get: orgProcedure.input(z.object({ repId })).query(async ({ ctx, input }) => {
    const rep = await resolveVisibleRep(ctx.db, callerOf(ctx), input.repId);
    return { repId: rep.id, displayName: rep.displayName, jobTitle: rep.jobTitle, facts: profileFactsOf(rep), dataSources: rep.dataSources, lastImportAt: rep.lastImportAt };
  }),
  update: orgProcedure.input(z.object({ repId, facts: profileFactsInput.partial() })).mutation(async ({ ctx, input }) => {
    const rep = await updateProfileFacts(ctx.db, callerOf(ctx), input);
    await enqueue(recomputeJob, { organizationId: ctx.org.id, repId: rep.id });
    return { repId: rep.id };
  }),
});
