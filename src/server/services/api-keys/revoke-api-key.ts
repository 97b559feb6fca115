import type { TenantActor } from "~/server/caller";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";

export interface RevokeApiKeyInput {
  apiKeyId: string;
  now?: Date;
}

/**
 * Revokes a key of the organisation at once (the next request with it answers 401). Revoking an
 * already revoked key changes nothing; another organisation's key answers NOT_FOUND.
 */
export async function revokeApiKey(db: Db, actor: TenantActor, opts: RevokeApiKeyInput): Promise<{ id: string; revokedAt: Date }> {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: opts.apiKeyId, organizationId: actor.organizationId },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!key) throw notFound("API key not found");
    if (key.revokedAt) return { id: key.id, revokedAt: key.revokedAt };
    const updated = await tx.apiKey.updateMany({
      where: { id: key.id, organizationId: actor.organizationId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (updated.count === 1) {
      await writeAudit(tx, {
        organizationId: actor.organizationId,
        actorId: actor.userId,
        action: "api_key.revoked",
        targetType: "ApiKey",
        targetId: key.id,
        before: { name: key.name, prefix: key.prefix },
      });
    }
    return { id: key.id, revokedAt: now };
  });
}
