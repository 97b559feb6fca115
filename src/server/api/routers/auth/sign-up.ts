import { z } from "zod";
import { emailSchema, orgNameSchema, passwordSchema, personNameSchema } from "~/lib/validation";
import { publicProcedure } from "~/server/api/trpc";
import { orgCreatedJob } from "~/server/jobs/definitions/org-created";
import { enqueue } from "~/server/jobs/queues";
import { signUpWithOrganization } from "~/server/services/users/sign-up";

export const signUpInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  orgName: orgNameSchema,
});

export const signUp = publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
  const { user, org } = await signUpWithOrganization(ctx.db, input);
  await enqueue(orgCreatedJob, { organizationId: org.id, actorId: user.id }).catch((err: unknown) =>
    // The account exists; provisioning is retried by the org-created job on next enqueue.
    ctx.log.error({ err, organizationId: org.id }, "could not enqueue org-created"),
  );
  return { orgSlug: org.slug, email: user.email };
});
