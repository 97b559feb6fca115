import { protectedProcedure, router } from "~/server/api/trpc";
import { listMyOrganizations } from "~/server/services/memberships/resolve-membership";
import { createOrganizationForUser } from "~/server/services/orgs/create-organization-for-user";
import { z } from "zod";
import { orgNameSchema } from "~/lib/validation";
import { orgCreatedJob } from "~/server/jobs/definitions/org-created";
import { enqueue } from "~/server/jobs/queues";

export const meRouter = router({
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
