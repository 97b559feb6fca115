import type { Db } from "~/server/db";
import type { TenantActor } from "~/server/caller";

/** Pending invitations (not accepted, not revoked), newest first; expired ones flagged for a resend. */
export async function listPendingInvitations(db: Db, actor: TenantActor, input: { now?: Date } = {}) {
  const now = input.now ?? new Date();
  const rows = await db.invitation.findMany({
    where: { organizationId: actor.organizationId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true, role: true, expiresAt: true, lastSentAt: true, createdAt: true, invitedById: true, team: { select: { id: true, name: true } } },
    orderBy: [{ lastSentAt: "desc" }, { id: "asc" }],
  });
  const inviterIds = [...new Set(rows.map((r) => r.invitedById).filter((x): x is string => Boolean(x)))];
  const inviters = inviterIds.length ? await db.user.findMany({ where: { id: { in: inviterIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(inviters.map((u) => [u.id, u.name]));
  return rows.map(({ invitedById, ...r }) => ({
    ...r,
    invitedBy: invitedById ? (names.get(invitedById) ?? null) : null,
    expired: r.expiresAt <= now,
  }));
}
