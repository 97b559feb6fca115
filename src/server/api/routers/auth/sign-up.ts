import { z } from "zod";
import { emailSchema, orgNameSchema, passwordSchema, personNameSchema } from "~/lib/validation";
import { publicProcedure } from "~/server/api/trpc";
import { signUpWithOrganization } from "~/server/services/users/sign-up";

export const signUpInput = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
  orgName: orgNameSchema,
});

export const signUp = publicProcedure.input(signUpInput).mutation(async ({ ctx, input }) => {
  const { user, org } = await signUpWithOrganization(ctx.db, input);
  return { orgSlug: org.slug, email: user.email };
});
