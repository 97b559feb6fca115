import type { Db } from "~/server/db";
import { badRequest, forbidden, notFound } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import { hasRole } from "~/domain/roles";
import type { Caller } from "~/server/caller";

function checkDueDate(dueDate: Date | null, now: Date) {
  if (dueDate && dueDate.getTime() < Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) {
    throw badRequest("The due date cannot be in the past", { dueDate: "Pick today or a later date" });
  }
}

/** A rep sets their own target (at least the organisation's minimum personal target, if any). */
export async function setPersonalGoal(db: Db, caller: Caller, input: { target: number; dueDate: Date | null; now?: Date }) {
  const org = await db.organization.findUniqueOrThrow({ where: { id: caller.organizationId }, select: { minPersonalTarget: true } });
  const min = org.minPersonalTarget ?? 1;
  if (input.target < min) throw badRequest(`Your target must be at least ${min}`, { target: `At least ${min}` });
  checkDueDate(input.dueDate, input.now ?? new Date());
  const rep = await db.repProfile.findUnique({
    where: { organizationId_userId: { organizationId: caller.organizationId, userId: caller.userId } },
    select: { id: true },
  });
  if (!rep) throw notFound("Rep not found");
  return db.$transaction(async (tx) => {
    const before = await tx.goal.findUnique({ where: { repId: rep.id } });
    const goal = await tx.goal.upsert({
      where: { repId: rep.id },
      create: { organizationId: caller.organizationId, repId: rep.id, target: input.target, dueDate: input.dueDate, createdById: caller.userId },
      update: { target: input.target, dueDate: input.dueDate },
    });
    await writeAudit(tx, {
      organizationId: caller.organizationId,
      actorId: caller.userId,
      action: "goal.personal.set",
      targetType: "Goal",
      targetId: goal.id,
      before: before ? { target: before.target, dueDate: before.dueDate?.toISOString() ?? null } : undefined,
      after: { target: goal.target, dueDate: goal.dueDate?.toISOString() ?? null },
    });
    return goal;
  });
}

/** Back to the organisation's target. */
export async function clearPersonalGoal(db: Db, caller: Caller) {
  const rep = await db.repProfile.findUnique({
    where: { organizationId_userId: { organizationId: caller.organizationId, userId: caller.userId } },
    select: { id: true },
  });
  if (!rep) return;
  await db.goal.deleteMany({ where: { repId: rep.id, organizationId: caller.organizationId } });
}

/** A team's target, set by one of its managers or an admin. */
export async function setTeamGoal(db: Db, caller: Caller, input: { teamId: string; target: number; dueDate: Date | null; now?: Date }) {
  const team = await db.team.findFirst({ where: { id: input.teamId, organizationId: caller.organizationId }, select: { id: true } });
  if (!team) throw notFound("Team not found");
  if (!hasRole(caller.role, "ADMIN")) {
    const manages = await db.teamMember.findFirst({ where: { teamId: team.id, userId: caller.userId, role: "MANAGER" }, select: { id: true } });
    if (!manages) throw forbidden("Only this team's managers or an admin can set its goal");
  }
  checkDueDate(input.dueDate, input.now ?? new Date());
  return db.$transaction(async (tx) => {
    const goal = await tx.goal.upsert({
      where: { teamId: team.id },
      create: { organizationId: caller.organizationId, teamId: team.id, target: input.target, dueDate: input.dueDate, createdById: caller.userId },
      update: { target: input.target, dueDate: input.dueDate },
    });
    await writeAudit(tx, {
      organizationId: caller.organizationId,
      actorId: caller.userId,
      action: "goal.team.set",
      targetType: "Team",
      targetId: team.id,
      after: { target: goal.target, dueDate: goal.dueDate?.toISOString() ?? null },
    });
    return goal;
  });
}
