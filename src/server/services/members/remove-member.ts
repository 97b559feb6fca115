import type { Db } from "~/server/db";
import { writeAudit } from "~/server/services/audit/write-audit";
import { lockTargetMembership } from "./guards";
import type { Caller } from "~/server/caller";

/**
 * Removes a member: the membership and their team places go at once (they lose access on the
 * next request); their rep profile is archived and keeps its data (activities, snapshots,
 * readings) until deleted under Data. Their pending invitations are withdrawn.
 */
export async function removeMember(db: Db, caller: Caller, input: { membershipId: string; now?: Date }) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const target = await lockTargetMembership(tx, caller, { membershipId: input.membershipId, losesOwner: true });
    const teams = await tx.teamMember.findMany({
      where: { organizationId: caller.organizationId, userId: target.userId },
      select: { teamId: true, role: true },
    });
    await tx.teamMember.deleteMany({ where: { organizationId: caller.organizationId, userId: target.userId } });
    await tx.membership.delete({ where: { id: target.id } });
    const archived = await tx.repProfile.updateMany({
      where: { organizationId: caller.organizationId, userId: target.userId, archivedAt: null },
      data: { archivedAt: now },
    });
    await tx.invitation.updateMany({
      where: { organizationId: caller.organizationId, email: target.user.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await writeAudit(tx, {
      organizationId: caller.organizationId,
      actorId: caller.userId,
      action: "member.removed",
      targetType: "Membership",
      targetId: target.id,
      before: { userId: target.userId, email: target.user.email, name: target.user.name, role: target.role, teams },
      after: { repProfileArchived: archived.count > 0 },
    });
    return { membershipId: target.id, removed: true as const };
  });
}
