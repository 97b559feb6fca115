import "server-only";
import { db, type Db } from "~/server/db";
import { runInTenant } from "~/server/db/tenant-context";
import type { ApiScope } from "~/server/services/api-keys/key-format";
import { requireApiKey } from "./auth";
import type { RestContext } from "./handle";

/**
 * What every v1 route with a key does: authenticate, spend a rate-limit point, check the scope,
 * then run the handler inside the key's organisation (the Prisma tenant guard scopes it).
 */
export async function inApiKeyTenant<T>(
  req: Request,
  ctx: RestContext,
  scope: ApiScope,
  fn: (tenant: { db: Db; organizationId: string }) => Promise<T>,
): Promise<T> {
  const key = await requireApiKey(req, ctx, scope);
  return runInTenant(key.organizationId, () => fn({ db, organizationId: key.organizationId }));
}
