import type { Role } from "@prisma/client";
import type { Caller } from "~/server/caller";
import type { Db } from "~/server/db";

export interface OrgAccess {
  id: string;
  slug: string;
  name: string;
  timezone: string;
  role: Role;
  membershipId: string;
  /** The member's rep profile in this organisation, if any. */
  repId: string | null;
}

/**
 * The caller's membership in an organisation, read fresh from the database on every request so a
 * demoted or removed member is affected at once. Accepts a slug or an id; null when not a member
 * (callers answer NOT_FOUND, exactly as for an organisation that does not exist).
 */
export async function resolveMembership(db: Db, userId: string, orgSlugOrId: string): Promise<OrgAccess | null> {
  const inOrg = { OR: [{ slug: orgSlugOrId }, { id: orgSlugOrId }] };
  const m = await db.membership.findFirst({
    where: { userId, organization: inOrg },
    select: {
      id: true,
      role: true,
      lastActiveAt: true,
      organization: { select: { id: true, slug: true, name: true, timezone: true } },
      user: { select: { repProfiles: { where: { organization: inOrg }, select: { id: true }, take: 1 } } },
    },
  });
  if (!m) return null;
  // "Last active" for the members list, written at most every 5 minutes.
  if (!m.lastActiveAt || Date.now() - m.lastActiveAt.getTime() > 5 * 60_000) {
    await db.membership.update({ where: { id: m.id }, data: { lastActiveAt: new Date() } }).catch(() => {});
  }
  return { ...m.organization, role: m.role, membershipId: m.id, repId: m.user.repProfiles[0]?.id ?? null };
}

/** The service-layer caller of a resolved membership. */
export function callerOf(userId: string, org: OrgAccess): Caller {
  return { organizationId: org.id, userId, role: org.role, repId: org.repId };
}

export async function listMyOrganizations(db: Db, userId: string) {
  const rows = await db.membership.findMany({
    where: { userId },
    select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({ ...r.organization, role: r.role }));
}
