import type { Db } from "~/server/db";
import type { TenantActor } from "~/server/caller";

export interface MemberRow {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: "OWNER" | "ADMIN" | "MANAGER" | "REP";
  teams: { id: string; name: string; role: "MANAGER" | "MEMBER" }[];
  lastActiveAt: Date | null;
  joinedAt: Date;
}

/** Every member with role, teams and last activity in this organisation, by name. */
export async function listMembers(db: Db, actor: TenantActor): Promise<MemberRow[]> {
  const [memberships, teamRows] = await Promise.all([
    db.membership.findMany({
      where: { organizationId: actor.organizationId },
      select: { id: true, role: true, lastActiveAt: true, createdAt: true, user: { select: { id: true, name: true, email: true, lastActiveAt: true } } },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
    }),
    db.teamMember.findMany({
      where: { organizationId: actor.organizationId },
      select: { userId: true, role: true, team: { select: { id: true, name: true } } },
      orderBy: { team: { name: "asc" } },
    }),
  ]);
  const teamsByUser = new Map<string, MemberRow["teams"]>();
  for (const t of teamRows) {
    const list = teamsByUser.get(t.userId) ?? [];
    list.push({ id: t.team.id, name: t.team.name, role: t.role });
    teamsByUser.set(t.userId, list);
  }
  return memberships.map((m) => ({
    membershipId: m.id,
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    teams: teamsByUser.get(m.user.id) ?? [],
    lastActiveAt: m.lastActiveAt,
    joinedAt: m.createdAt,
  }));
}
