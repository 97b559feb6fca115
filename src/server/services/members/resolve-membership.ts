import type { Role } from "@prisma/client";
import type { Db } from "~/server/db";

export interface OrgAccess {
  id: string;
  slug: string;
  name: string;
  timezone: string;
  role: Role;
  membershipId: string;
}

/**
 * The caller's membership in an organisation, read fresh from the database on every request so a
 * demoted or removed member is affected at once. Accepts a slug or an id; null when not a member
 * (callers answer NOT_FOUND, exactly as for an organisation that does not exist).
 */
export async function resolveMembership(db: Db, userId: string, orgSlugOrId: string): Promise<OrgAccess | null> {
  const m = await db.membership.findFirst({
    where: { userId, organization: { OR: [{ slug: orgSlugOrId }, { id: orgSlugOrId }] } },
    select: {
      id: true,
      role: true,
      lastActiveAt: true,
      organization: { select: { id: true, slug: true, name: true, timezone: true } },
    },
  });
  if (!m) return null;
  // "Last active" for the members list, written at most every 5 minutes.
  if (!m.lastActiveAt || Date.now() - m.lastActiveAt.getTime() > 5 * 60_000) {
    await db.membership.update({ where: { id: m.id }, data: { lastActiveAt: new Date() } }).catch(() => {});
  }
  return { ...m.organization, role: m.role, membershipId: m.id };
}

export async function listMyOrganizations(db: Db, userId: string) {
  const rows = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ ...r.organization, role: r.role }));
}

export const ROLE_RANK: Record<Role, number> = { REP: 1, MANAGER: 2, ADMIN: 3, OWNER: 4 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[atLeast];
}
