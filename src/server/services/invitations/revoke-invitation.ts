import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import type { TenantActor } from "~/server/caller";

/** Withdraws a pending invitation: its link answers "withdrawn" from now on. */
export async function revokeInvitation(db: Db, actor: TenantActor, input: { invitationId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const inv = await tx.invitation.findFirst({
      where: { id: input.invitationId, organizationId: actor.organizationId, acceptedAt: null, revokedAt: null },
      select: { id: true, email: true, role: true },
    });
    if (!inv) throw notFound("Invitation not found");
    await tx.invitation.update({ where: { id: inv.id }, data: { revokedAt: now } });
    await writeAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "invitation.revoked",
      targetType: "Invitation",
      targetId: inv.id,
      before: { email: inv.email, role: inv.role },
    });
    return { invitationId: inv.id, revokedAt: now };
  });
}
