import type { Db } from "~/server/db";
import type { TenantActor } from "~/server/caller";

export interface TeamPerson {
  userId: string;
  name: string;
}

/** Every team with its managers and members (names only), by name. */
export async function listTeams(db: Db, actor: TenantActor) {
  const teams = await db.team.findMany({
    where: { organizationId: actor.organizationId },
    select: {
      id: true,
      name: true,
      createdAt: true,
      members: { select: { role: true, user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt,
    managers: t.members.filter((m) => m.role === "MANAGER").map((m): TeamPerson => ({ userId: m.user.id, name: m.user.name })),
    members: t.members.filter((m) => m.role === "MEMBER").map((m): TeamPerson => ({ userId: m.user.id, name: m.user.name })),
  }));
}
