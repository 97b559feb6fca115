import type { Transporter } from "nodemailer";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import { INVITATION_TTL_DAYS } from "~/server/services/invitations/create-invitation";
import { newToken } from "~/server/services/invitations/tokens";
import { sendInvitationEmail } from "./send-invitation-email";

/**
 * Sends a pending invitation again with a new token and a fresh expiry: the previous link stops
 * working at once (only the new hash is stored).
 */
export async function resendInvitation(db: Db, opts: { organizationId: string; actorId: string; invitationId: string; transport: Transporter; now?: Date }) {
  const now = opts.now ?? new Date();
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
  const inv = await db.$transaction(async (tx) => {
    const current = await tx.invitation.findFirst({
      where: { id: opts.invitationId, organizationId: opts.organizationId, acceptedAt: null, revokedAt: null },
      select: { id: true, email: true, expiresAt: true },
    });
    if (!current) throw notFound("Invitation not found");
    await tx.invitation.update({ where: { id: current.id }, data: { tokenHash, expiresAt, lastSentAt: now } });
    await writeAudit(tx, {
      organizationId: opts.organizationId,
      actorId: opts.actorId,
      action: "invitation.resent",
      targetType: "Invitation",
      targetId: current.id,
      before: { email: current.email, expiresAt: current.expiresAt.toISOString() },
      after: { email: current.email, expiresAt: expiresAt.toISOString() },
    });
    return current;
  });
  const emailSent = await sendInvitationEmail(db, { invitationId: inv.id, token, transport: opts.transport });
  return { invitationId: inv.id, email: inv.email, expiresAt, emailSent };
}
