import type { Db } from "~/server/db";

/** The organisation's keys, newest first. The hash is never selected, so it can never leak from here. */
export async function listApiKeys(db: Db, opts: { organizationId: string; includeRevoked?: boolean }) {
  return db.apiKey.findMany({
    where: { organizationId: opts.organizationId, ...(opts.includeRevoked === false ? { revokedAt: null } : {}) },
    select: { id: true, prefix: true, name: true, scopes: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}
