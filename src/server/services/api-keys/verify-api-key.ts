import type { Db } from "~/server/db";
import { hashApiKey, isApiScope, looksLikeApiKey, type ApiScope } from "./key-format";

export interface VerifiedApiKey {
  apiKeyId: string;
  organizationId: string;
  scopes: ApiScope[];
}

/** lastUsedAt is a hint for the settings page, so it is written at most once a minute per key. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The key behind a bearer token, or null when it is malformed, unknown or revoked (callers answer
 * all three the same way, so nobody learns which keys exist).
 */
export async function verifyApiKey(db: Db, opts: { key: string; now?: Date }): Promise<VerifiedApiKey | null> {
  if (!looksLikeApiKey(opts.key)) return null;
  const row = await db.apiKey.findUnique({
    where: { hash: hashApiKey(opts.key) },
    select: { id: true, organizationId: true, scopes: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;

  const now = opts.now ?? new Date();
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < staleBefore) {
    // Conditional update: concurrent requests of the same key write it once.
    await db.apiKey.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { apiKeyId: row.id, organizationId: row.organizationId, scopes: row.scopes.filter(isApiScope) };
}
