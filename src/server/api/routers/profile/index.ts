import { z } from "zod";
import { profileFactsInput } from "~/domain/profile-facts";
import { orgProcedure, router } from "~/server/api/trpc";
import { getRepProfile } from "~/server/services/reps/get-profile";
import { updateProfileFacts } from "~/server/services/reps/update-profile";

const repId = z.string().min(1).max(64).optional();

export const profileRouter = router({
  get: orgProcedure.input(z.object({ repId })).query(({ ctx, input }) => getRepProfile(ctx.db, ctx.caller, input.repId)),
  update: orgProcedure.input(z.object({ repId, facts: profileFactsInput.partial() })).mutation(async ({ ctx, input }) => {
    const rep = await updateProfileFacts(ctx.db, ctx.caller, input);
    return { repId: rep.id };
  }),
});
