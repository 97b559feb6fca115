import { z } from "zod";
import { passwordSchema, personNameSchema } from "~/lib/validation";
import { protectedProcedure, publicProcedure } from "~/server/api/trpc";
import {
  acceptInvitation,
  describeInvitation,
  signUpWithInvitation,
} from "~/server/services/invitations/accept-invitation";

const token = z.string().min(20).max(100);

export const describe = publicProcedure
  .input(z.object({ token }))
  .query(({ ctx, input }) => describeInvitation(ctx.db, input.token));

export const accept = protectedProcedure
  .input(z.object({ token }))
  .mutation(async ({ ctx, input }) => {
    const org = await acceptInvitation(ctx.db, { token: input.token, userId: ctx.userId });
    return { orgSlug: org.slug };
  });

export const signUpAndAccept = publicProcedure
  .input(z.object({ token, name: personNameSchema, password: passwordSchema }))
  .mutation(async ({ ctx, input }) => {
    const { user, org } = await signUpWithInvitation(ctx.db, input);
    return { orgSlug: org.slug, email: user.email };
  });
