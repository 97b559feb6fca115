import type { Role } from "@prisma/client";
import type { Transporter } from "nodemailer";
import type { TenantActor } from "~/server/caller";
import type { Db } from "~/server/db";
import { createInvitation } from "~/server/services/invitations/create-invitation";
import { sendInvitationEmail } from "./send-invitation-email";

export interface InviteMemberOptions {
  email: string;
  role: Exclude<Role, "OWNER">;
  teamId: string | null;
  transport: Transporter;
  now?: Date;
}

/** Creates (or renews) the invitation through the invitations service, then e-mails the link. */
export async function inviteMember(db: Db, actor: TenantActor, opts: InviteMemberOptions) {
  const { invitation, token } = await createInvitation(db, actor, { email: opts.email,
    role: opts.role,
    teamId: opts.teamId,
    now: opts.now });
  const emailSent = await sendInvitationEmail(db, { invitationId: invitation.id, token, transport: opts.transport });
  return { invitationId: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, emailSent };
}
