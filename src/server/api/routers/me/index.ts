import { orgProcedure, protectedProcedure, router } from "~/server/api/trpc";
import { listMyOrganizations } from "~/server/services/members/resolve-membership";
import { createOrganizationForUser } from "~/server/services/orgs/create-organization-for-user";
import { z } from "zod";
import { orgNameSchema } from "~/lib/validation";
import { getReportPreferences, setReportPreferences } from "~/server/services/members/report-preferences";

export const meRouter = router({
  /** The caller's weekly report e-mail setting in one organisation. */
  reportPreferences: orgProcedure.query(({ ctx }) => getReportPreferences(ctx.db, ctx.caller)),
  setReportPreferences: orgProcedure.input(z.object({ emailReports: z.boolean() })).mutation(({ ctx, input }) => setReportPreferences(ctx.db, ctx.caller, input)),
  organizations: protectedProcedure.query(({ ctx }) => listMyOrganizations(ctx.db, ctx.userId)),
  /** For users who arrived without an organisation (e.g. LinkedIn sign-in): create one. */
  createOrganization: protectedProcedure
    .input(z.object({ name: orgNameSchema }))
    .mutation(async ({ ctx, input }) => {
      const org = await createOrganizationForUser(ctx.db, { ownerId: ctx.userId, name: input.name });
      return { orgSlug: org.slug };
    }),
});
