import { z } from "zod";
import { bulkInviteSchema, inviteSchema } from "~/lib/settings/schemas";
import { adminProcedure, router } from "~/server/api/trpc";
import { mailTransport } from "~/server/services/mail/transport";
import { bulkInvite } from "~/server/services/invitations/bulk-invite";
import { inviteMember } from "~/server/services/invitations/invite-member";
import { listPendingInvitations } from "~/server/services/invitations/list-invitations";
import { resendInvitation } from "~/server/services/invitations/resend-invitation";
import { revokeInvitation } from "~/server/services/invitations/revoke-invitation";

const invitationId = z.object({ invitationId: z.string().min(1).max(64) });

export const invitationsRouter = router({
  list: adminProcedure.query(({ ctx }) => listPendingInvitations(ctx.db, ctx.caller)),
  create: adminProcedure
    .input(inviteSchema)
    .mutation(({ ctx, input }) =>
      inviteMember(ctx.db, ctx.caller, { email: input.email, role: input.role, teamId: input.teamId, transport: mailTransport() }),
    ),
  /** Many at once from CSV text (email[,role[,team]]); per-row results. */
  bulk: adminProcedure
    .input(bulkInviteSchema)
    .mutation(({ ctx, input }) =>
      bulkInvite(ctx.db, ctx.caller, { csv: input.csv, defaultRole: input.defaultRole, defaultTeamId: input.defaultTeamId, transport: mailTransport() }),
    ),
  /** New token and expiry, e-mailed again; the old link stops working. */
  resend: adminProcedure
    .input(invitationId)
    .mutation(({ ctx, input }) => resendInvitation(ctx.db, ctx.caller, { invitationId: input.invitationId, transport: mailTransport() })),
  revoke: adminProcedure
    .input(invitationId)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.caller, { invitationId: input.invitationId })),
});
