import { orgProcedure, protectedProcedure, router } from "~/server/api/trpc";
import { listMyOrganizations } from "~/server/services/members/resolve-membership";
import { createOrganizationForUser } from "~/server/services/orgs/create-organization-for-user";
import { z } from "zod";
import { orgNameSchema } from "~/lib/validation";
import { orgCreatedJob } from "~/server/jobs/definitions/org-created";
import { enqueue } from "~/server/jobs/queues";

export const meRouter = router({
  /** The caller's weekly report e-mail setting in one organisation. */
  reportPreferences: orgProcedure.query(async ({ ctx }) => {
    const m = await ctx.db.membership.findUniqueOrThrow({ where: { id: ctx.org.membershipId }, select: { emailReports: true, user: { select: { email: true, name: true } } } });
    return { emailReports: m.emailReports, email: m.user.email, name: m.user.name };
  }),
  setReportPreferences: orgProcedure.input(z.object({ emailReports: z.boolean() })).mutation(async ({ ctx, input }) => {
    await ctx.db.membership.update({ where: { id: ctx.org.membershipId }, data: { emailReports: input.emailReports } });
    return input;
  }),
  organizations: protectedProcedure.query(({ ctx }) => listMyOrganizations(ctx.db, ctx.userId)),
  /** For users who arrived without an organisation (e.g. LinkedIn sign-in): create one. */
  createOrganization: protectedProcedure
    .input(z.object({ name: orgNameSchema }))
    .mutation(async ({ ctx, input }) => {
      const org = await createOrganizationForUser(ctx.db, { ownerId: ctx.userId, name: input.name });
      await enqueue(orgCreatedJob, { organizationId: org.id, actorId: ctx.userId }).catch((err: unknown) =>
        ctx.log.error({ err, organizationId: org.id }, "could not enqueue org-created"),
      );
      return { orgSlug: org.slug };
    }),
});
