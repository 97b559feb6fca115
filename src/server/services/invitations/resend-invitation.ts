import type { Transporter } from "nodemailer";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import { INVITATION_TTL_DAYS } from "~/server/services/invitations/create-invitation";
import { newToken } from "~/server/services/invitations/tokens";
import { sendInvitationEmail } from "./send-invitation-email";
import type { TenantActor } from "~/server/caller";

/**
 * Sends a pending invitation again with a new token and a fresh expiry: the previous link stops
 * working at once (only the new hash is stored).
 */
export async function resendInvitation(db: Db, actor: TenantActor, input: { invitationId: string; transport: Transporter; now?: Date }) {
  const now = input.now ?? new Date();
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
  const inv = await db.$transaction(async (tx) => {
    const current = await tx.invitation.findFirst({
      where: { id: input.invitationId, organizationId: actor.organizationId, acceptedAt: null, revokedAt: null },
      select: { id: true, email: true, expiresAt: true },
    });
    if (!current) throw notFound("Invitation not found");
    await tx.invitation.update({ where: { id: current.id }, data: { tokenHash, expiresAt, lastSentAt: now } });
    await writeAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "invitation.resent",
      targetType: "Invitation",
      targetId: current.id,
      before: { email: current.email, expiresAt: current.expiresAt.toISOString() },
      after: { email: current.email, expiresAt: expiresAt.toISOString() },
    });
    return current;
  });
  const emailSent = await sendInvitationEmail(db, { invitationId: inv.id, token, transport: input.transport });
  return { invitationId: inv.id, email: inv.email, expiresAt, emailSent };
}
