import type { Transporter } from "nodemailer";
import { env } from "~/env";
import type { Db } from "~/server/db";
import { logger } from "~/server/logger";
import { renderInvitationEmail } from "./invitation-email";

export const acceptUrl = (token: string) => `${env.APP_URL.replace(/\/$/, "")}/invite/${token}`;

/**
 * Sends the invitation with its one-time link. Returns false (and logs) when the SMTP server
 * refuses: the invitation stays pending and "Resend" tries again with a fresh link.
 */
export async function sendInvitationEmail(
  db: Db,
  opts: { invitationId: string; token: string; transport: Transporter },
): Promise<boolean> {
  const inv = await db.invitation.findUniqueOrThrow({
    where: { id: opts.invitationId },
    select: { email: true, role: true, expiresAt: true, invitedById: true, organization: { select: { name: true } }, team: { select: { name: true } } },
  });
  const inviter = inv.invitedById ? await db.user.findUnique({ where: { id: inv.invitedById }, select: { name: true } }) : null;
  const mail = await renderInvitationEmail({
    orgName: inv.organization.name,
    inviterName: inviter?.name ?? null,
    role: inv.role,
    teamName: inv.team?.name ?? null,
    acceptUrl: acceptUrl(opts.token),
    expiresAt: inv.expiresAt,
  });
  try {
    await opts.transport.sendMail({ from: env.MAIL_FROM, to: inv.email, subject: mail.subject, html: mail.html, text: mail.text, headers: { "X-SSI-Invitation": opts.invitationId } });
    return true;
  } catch (err) {
    logger.error({ err: (err as Error).message, invitationId: opts.invitationId }, "invitation e-mail failed");
    return false;
  }
}
