import type { Db } from "~/server/db";
import { writeAudit } from "~/server/services/audit/write-audit";
import type { SettingsActor } from "../audit/changed-fields";
import { lockTargetMembership } from "./guards";

/**
 * Removes a member: the membership and their team places go at once (they lose access on the
 * next request); their rep profile is archived and keeps its data (activities, snapshots,
 * readings) until deleted under Data. Their pending invitations are withdrawn.
 */
export async function removeMember(db: Db, opts: SettingsActor & { membershipId: string; now?: Date }) {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const target = await lockTargetMembership(tx, { ...opts, losesOwner: true });
    const teams = await tx.teamMember.findMany({
      where: { organizationId: opts.organizationId, userId: target.userId },
      select: { teamId: true, role: true },
    });
    await tx.teamMember.deleteMany({ where: { organizationId: opts.organizationId, userId: target.userId } });
    await tx.membership.delete({ where: { id: target.id } });
    const archived = await tx.repProfile.updateMany({
      where: { organizationId: opts.organizationId, userId: target.userId, archivedAt: null },
      data: { archivedAt: now },
    });
    await tx.invitation.updateMany({
      where: { organizationId: opts.organizationId, email: target.user.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await writeAudit(tx, {
      organizationId: opts.organizationId,
      actorId: opts.actorId,
      action: "member.removed",
      targetType: "Membership",
      targetId: target.id,
      before: { userId: target.userId, email: target.user.email, name: target.user.name, role: target.role, teams },
      after: { repProfileArchived: archived.count > 0 },
    });
    return { membershipId: target.id, removed: true as const };
  });
}
