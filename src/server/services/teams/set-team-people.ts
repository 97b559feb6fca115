import type { TenantActor } from "~/server/caller";
import type { Tx } from "~/server/db";
import { badRequest, notFound } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import { hasRole } from "~/domain/roles";

/**
 * Makes a team's managers and members exactly the given lists. Managers need the manager role
 * (or higher); anyone in the organisation can be a member. A rep is a MEMBER of one team only:
 * adding them here moves them out of their previous team (recorded in the audit row). A
 * transaction-scoped advisory lock per organisation serialises concurrent assignments, so two
 * admins moving the same rep at once cannot leave them in two teams.
 */
export async function setTeamPeople(tx: Tx, actor: TenantActor, opts: { teamId: string; managerIds: string[]; memberIds: string[] }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`team-members:${actor.organizationId}`}))`;
  const team = await tx.team.findFirst({ where: { id: opts.teamId, organizationId: actor.organizationId }, select: { id: true, name: true } });
  if (!team) throw notFound("Team not found");
  const managerIds = [...new Set(opts.managerIds)];
  const memberIds = [...new Set(opts.memberIds)];
  const both = managerIds.filter((id) => memberIds.includes(id));
  if (both.length) throw badRequest("Someone cannot be both a manager and a member of the same team", { memberIds: "A person is listed as manager and member" });

  const people = await tx.membership.findMany({
    where: { organizationId: actor.organizationId, userId: { in: [...managerIds, ...memberIds] } },
    select: { userId: true, role: true, user: { select: { name: true } } },
  });
  const byUser = new Map(people.map((p) => [p.userId, p]));
  const unknown = [...managerIds, ...memberIds].filter((id) => !byUser.has(id));
  if (unknown.length) throw badRequest("Some of the people are not members of this organisation", { memberIds: "Unknown member" });
  const notManagers = managerIds.filter((id) => !hasRole(byUser.get(id)!.role, "MANAGER"));
  if (notManagers.length) {
    const names = notManagers.map((id) => byUser.get(id)!.user.name).join(", ");
    throw badRequest(`${names} cannot manage a team: give them the manager role first`, { managerIds: "Only managers, admins and owners can manage a team" });
  }

  const before = await tx.teamMember.findMany({ where: { teamId: team.id }, select: { userId: true, role: true } });
  // Moving: these reps leave the team they were a member of.
  const moved = await tx.teamMember.findMany({
    where: { organizationId: actor.organizationId, role: "MEMBER", userId: { in: memberIds }, teamId: { not: team.id } },
    select: { id: true, userId: true, teamId: true },
  });
  if (moved.length) await tx.teamMember.deleteMany({ where: { id: { in: moved.map((m) => m.id) } } });
  await tx.teamMember.deleteMany({ where: { teamId: team.id } });
  await tx.teamMember.createMany({
    data: [
      ...managerIds.map((userId) => ({ organizationId: actor.organizationId, teamId: team.id, userId, role: "MANAGER" as const })),
      ...memberIds.map((userId) => ({ organizationId: actor.organizationId, teamId: team.id, userId, role: "MEMBER" as const })),
    ],
  });
  const pick = (rows: { userId: string; role: string }[], role: string) => rows.filter((r) => r.role === role).map((r) => r.userId).sort();
  await writeAudit(tx, {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    action: "team.members_updated",
    targetType: "Team",
    targetId: team.id,
    before: { managers: pick(before, "MANAGER"), members: pick(before, "MEMBER") },
    after: { managers: [...managerIds].sort(), members: [...memberIds].sort(), movedFrom: moved.map((m) => ({ userId: m.userId, teamId: m.teamId })) },
  });
  return { teamId: team.id, managers: managerIds.length, members: memberIds.length, moved: moved.length };
}
