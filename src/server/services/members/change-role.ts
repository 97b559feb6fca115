import type { Role } from "@prisma/client";
import type { Db } from "~/server/db";
import { forbidden } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import { lockTargetMembership } from "./guards";
import type { Caller } from "~/server/caller";

/**
 * Changes a member's role. Nobody changes their own; only an owner makes or unmakes owners; the
 * last owner cannot be demoted. Demoted to rep, a member stops managing teams.
 */
export async function changeMemberRole(db: Db, caller: Caller, input: { membershipId: string; role: Role }) {
  return db.$transaction(async (tx) => {
    const target = await lockTargetMembership(tx, caller, { membershipId: input.membershipId, losesOwner: input.role !== "OWNER" });
    if (input.role === "OWNER" && caller.role !== "OWNER") throw forbidden("Only an owner can make someone an owner.");
    if (target.role === input.role) return { membershipId: target.id, role: target.role };
    await tx.membership.update({ where: { id: target.id }, data: { role: input.role } });
    let droppedManagerOf: string[] = [];
    if (input.role === "REP") {
      const managed = await tx.teamMember.findMany({
        where: { organizationId: caller.organizationId, userId: target.userId, role: "MANAGER" },
        select: { id: true, teamId: true },
      });
      droppedManagerOf = managed.map((m) => m.teamId);
      if (managed.length) await tx.teamMember.deleteMany({ where: { id: { in: managed.map((m) => m.id) } } });
    }
    await writeAudit(tx, {
      organizationId: caller.organizationId,
      actorId: caller.userId,
      action: "member.role_changed",
      targetType: "Membership",
      targetId: target.id,
      before: { email: target.user.email, role: target.role },
      after: { email: target.user.email, role: input.role, ...(droppedManagerOf.length ? { noLongerManages: droppedManagerOf } : {}) },
    });
    return { membershipId: target.id, role: input.role };
  });
}
