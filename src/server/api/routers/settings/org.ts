import { orgProfileSchema } from "~/lib/settings/schemas";
import { adminProcedure, managerProcedure, router } from "~/server/api/trpc";
import { getOrgProfile } from "~/server/services/orgs/get-org-profile";
import { updateOrgProfile } from "~/server/services/orgs/update-org-profile";

export const orgSettingsRouter = router({
  /** Profile with the industry and time-zone choices. Managers may read it. */
  get: managerProcedure.query(({ ctx }) => getOrgProfile(ctx.db, ctx.caller)),
  /** Partial update; returns the saved profile (with the new slug after a rename) and warnings. */
  update: adminProcedure
    .input(orgProfileSchema)
    .mutation(({ ctx, input: { orgSlug: _request, ...changes } }) => updateOrgProfile(ctx.db, ctx.caller, { changes })),
});
