import type { Db } from "~/server/db";
import type { TenantActor } from "~/server/caller";

/** The organisation's keys, newest first. The hash is never selected, so it can never leak from here. */
export async function listApiKeys(db: Db, actor: TenantActor, input: { includeRevoked?: boolean } = {}) {
  return db.apiKey.findMany({
    where: { organizationId: actor.organizationId, ...(input.includeRevoked === false ? { revokedAt: null } : {}) },
    select: { id: true, prefix: true, name: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}
