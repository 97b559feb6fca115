import { Prisma } from "@prisma/client";
import type { Db, Tx } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import { setTeamPeople } from "./set-team-people";
import type { TenantActor } from "~/server/caller";


const nameTaken = (name: string) => new AppError("CONFLICT", `There is already a team called "${name}"`, { fields: { name: "That name is taken" } });

async function uniqueName<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw nameTaken(name);
    throw e;
  }
}

export async function findTeam(tx: Tx | Db, organizationId: string, teamId: string) {
  const team = await tx.team.findFirst({ where: { id: teamId, organizationId }, select: { id: true, name: true } });
  if (!team) throw notFound("Team not found");
  return team;
}

/** A new team, optionally with its managers and members at once. */
export async function createTeam(db: Db, actor: TenantActor, input: { name: string; managerIds?: string[]; memberIds?: string[] }) {
  return uniqueName(input.name, () =>
    db.$transaction(async (tx) => {
      const team = await tx.team.create({ data: { organizationId: actor.organizationId, name: input.name }, select: { id: true, name: true } });
      await writeAudit(tx, { organizationId: actor.organizationId, actorId: actor.userId, action: "team.created", targetType: "Team", targetId: team.id, after: { name: team.name } });
      if (input.managerIds?.length || input.memberIds?.length) {
        await setTeamPeople(tx, actor, { teamId: team.id, managerIds: input.managerIds ?? [], memberIds: input.memberIds ?? [] });
      }
      return team;
    }),
  );
}

export async function renameTeam(db: Db, actor: TenantActor, input: { teamId: string; name: string }) {
  return uniqueName(input.name, () =>
    db.$transaction(async (tx) => {
      const team = await findTeam(tx, actor.organizationId, input.teamId);
      if (team.name === input.name) return team;
      const updated = await tx.team.update({ where: { id: team.id }, data: { name: input.name }, select: { id: true, name: true } });
      await writeAudit(tx, { organizationId: actor.organizationId, actorId: actor.userId, action: "team.renamed", targetType: "Team", targetId: team.id, before: { name: team.name }, after: { name: updated.name } });
      return updated;
    }),
  );
}

/** Deletes a team: its places and team goal go with it; its reps stay in the organisation without a team. */
export async function deleteTeam(db: Db, actor: TenantActor, input: { teamId: string }) {
  return db.$transaction(async (tx) => {
    const team = await findTeam(tx, actor.organizationId, input.teamId);
    const people = await tx.teamMember.findMany({ where: { teamId: team.id }, select: { userId: true, role: true } });
    await tx.team.delete({ where: { id: team.id } });
    await writeAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "team.deleted",
      targetType: "Team",
      targetId: team.id,
      before: { name: team.name, managers: people.filter((p) => p.role === "MANAGER").map((p) => p.userId), members: people.filter((p) => p.role === "MEMBER").map((p) => p.userId) },
    });
    return { teamId: team.id, deleted: true as const };
  });
}

export async function updateTeamPeople(db: Db, actor: TenantActor, input: { teamId: string; managerIds: string[]; memberIds: string[] }) {
  return db.$transaction((tx) => setTeamPeople(tx, actor, input));
}
