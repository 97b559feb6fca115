import type { Role } from "@prisma/client";
import type { TenantActor } from "~/server/caller";
import type { Db } from "~/server/db";
import { badRequest, conflict } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import { newToken } from "./tokens";

export const INVITATION_TTL_DAYS = 7;

export interface CreateInvitationOptions {
  email: string;
  role: Role;
  teamId?: string | null;
  now?: Date;
}

/**
 * Creates (or renews) the pending invitation of an e-mail address and returns the one-time token.
 * Renewing replaces the token, so an older link stops working.
 */
export async function createInvitation(db: Db, actor: TenantActor, opts: CreateInvitationOptions) {
  const email = opts.email.toLowerCase();
  const now = opts.now ?? new Date();
  if (opts.role === "OWNER") throw badRequest("Invite as admin, then transfer ownership");
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);

  const invitation = await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { organizationId: actor.organizationId, user: { email } },
      select: { id: true },
    });
    if (member) throw conflict(`${email} is already a member`);
    if (opts.teamId) {
      const team = await tx.team.findFirst({ where: { id: opts.teamId, organizationId: actor.organizationId }, select: { id: true } });
      if (!team) throw badRequest("That team does not exist", { teamId: "Unknown team" });
    }
    // One pending invitation per address: revoke the previous link.
    await tx.invitation.updateMany({
      where: { organizationId: actor.organizationId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        organizationId: actor.organizationId,
        email,
        role: opts.role,
        teamId: opts.teamId ?? null,
        tokenHash,
        expiresAt,
        invitedById: actor.userId,
        lastSentAt: now,
      },
    });
    await writeAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "invitation.created",
      targetType: "Invitation",
      targetId: created.id,
      after: { email, role: opts.role, teamId: opts.teamId ?? null },
    });
    return created;
  });
  return { invitation, token };
}
