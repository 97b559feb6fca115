import type { Role } from "@prisma/client";
import type { Db } from "~/server/db";
import { forbidden } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import type { SettingsActor } from "../audit/changed-fields";
import { lockTargetMembership } from "./guards";

/**
 * Changes a member's role. Nobody changes their own; only an owner makes or unmakes owners; the
 * last owner cannot be demoted. Demoted to rep, a member stops managing teams.
 */
export async function changeMemberRole(db: Db, opts: SettingsActor & { membershipId: string; role: Role }) {
  return db.$transaction(async (tx) => {
    const target = await lockTargetMembership(tx, { ...opts, losesOwner: opts.role !== "OWNER" });
    if (opts.role === "OWNER" && opts.actorRole !== "OWNER") throw forbidden("Only an owner can make someone an owner.");
    if (target.role === opts.role) return { membershipId: target.id, role: target.role };
    await tx.membership.update({ where: { id: target.id }, data: { role: opts.role } });
    let droppedManagerOf: string[] = [];
    if (opts.role === "REP") {
      const managed = await tx.teamMember.findMany({
        where: { organizationId: opts.organizationId, userId: target.userId, role: "MANAGER" },
        select: { id: true, teamId: true },
      });
      droppedManagerOf = managed.map((m) => m.teamId);
      if (managed.length) await tx.teamMember.deleteMany({ where: { id: { in: managed.map((m) => m.id) } } });
    }
    await writeAudit(tx, {
      organizationId: opts.organizationId,
      actorId: opts.actorId,
      action: "member.role_changed",
      targetType: "Membership",
      targetId: target.id,
      before: { email: target.user.email, role: target.role },
      after: { email: target.user.email, role: opts.role, ...(droppedManagerOf.length ? { noLongerManages: droppedManagerOf } : {}) },
    });
    return { membershipId: target.id, role: opts.role };
  });
}
