import type { Caller } from "~/server/caller";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { requestMemo } from "~/server/request-memo";
import { hasRole } from "~/domain/roles";


/**
 * Who may see whose rep data: everyone sees themselves; managers the MEMBERs of the teams they
 * manage; admins and owners everyone. Returns null for "everyone in the org", else the rep ids.
 */
export async function visibleRepIds(db: Db, caller: Caller): Promise<string[] | null> {
  if (hasRole(caller.role, "ADMIN")) return null;
  const own = await db.repProfile.findUnique({
    where: { organizationId_userId: { organizationId: caller.organizationId, userId: caller.userId } },
    select: { id: true },
  });
  if (caller.role !== "MANAGER") return own ? [own.id] : [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT r.id FROM "TeamMember" mgr
    JOIN "TeamMember" m ON m."teamId" = mgr."teamId" AND m.role = 'MEMBER'
    JOIN "RepProfile" r ON r."userId" = m."userId" AND r."organizationId" = mgr."organizationId"
    WHERE mgr."organizationId" = ${caller.organizationId} AND mgr."userId" = ${caller.userId} AND mgr.role = 'MANAGER'`;
  return [...new Set([...(own ? [own.id] : []), ...rows.map((r) => r.id)])];
}

/**
 * The rep a caller asks for (their own when repId is omitted). Another organisation's rep, a rep
 * they may not see and a rep that does not exist all answer the same NOT_FOUND.
 */
export function resolveVisibleRep(db: Db, caller: Caller, repId?: string | null) {
  const key = `rep:${caller.organizationId}:${caller.userId}:${caller.role}:${repId ?? "self"}`;
  return requestMemo(key, () => findVisibleRep(db, caller, repId));
}

async function findVisibleRep(db: Db, caller: Caller, repId?: string | null) {
  const rep = repId
    ? await db.repProfile.findFirst({ where: { id: repId, organizationId: caller.organizationId } })
    : await db.repProfile.findUnique({
        where: { organizationId_userId: { organizationId: caller.organizationId, userId: caller.userId } },
      });
  if (!rep) throw notFound("Rep not found");
  if (rep.userId === caller.userId) return rep;
  const visible = await visibleRepIds(db, caller);
  if (visible !== null && !visible.includes(rep.id)) throw notFound("Rep not found");
  return rep;
}
