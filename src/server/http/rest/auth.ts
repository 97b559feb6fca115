import "server-only";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import type { ApiScope } from "~/server/services/api-keys/key-format";
import { verifyApiKey, type VerifiedApiKey } from "~/server/services/api-keys/verify-api-key";
import { bearerToken } from "./bearer";
import type { RestContext } from "./handle";
import { enforceRateLimit } from "./rate-limit";

const REALM = 'Bearer realm="ssi-coach-api"';

/**
 * Verifies the bearer key. Missing, malformed, unknown and revoked keys all answer 401 with a
 * WWW-Authenticate challenge (RFC 6750), so the answer tells nobody which keys exist.
 */
export async function authenticate(req: Request, ctx: RestContext): Promise<VerifiedApiKey> {
  const token = bearerToken(req.headers.get("authorization"));
  if (!token) {
    ctx.headers.set("www-authenticate", REALM);
    throw new AppError("UNAUTHORIZED", "Send an API key as Authorization: Bearer <key>");
  }
  const key = await verifyApiKey(db, { key: token });
  if (!key) {
    ctx.headers.set("www-authenticate", `${REALM}, error="invalid_token"`);
    throw new AppError("UNAUTHORIZED", "The API key is invalid or has been revoked");
  }
  ctx.apiKeyId = key.apiKeyId;
  ctx.organizationId = key.organizationId;
  ctx.log = ctx.log.child({ apiKeyId: key.apiKeyId, organizationId: key.organizationId });
  return key;
}

export function requireScope(key: VerifiedApiKey, scope: ApiScope, ctx: RestContext): void {
  if (key.scopes.includes(scope)) return;
  ctx.headers.set("www-authenticate", `${REALM}, error="insufficient_scope", scope="${scope}"`);
  throw new AppError("FORBIDDEN", `This API key lacks the "${scope}" scope`);
}

/** Authenticate, then spend a rate-limit point, then check the scope: what every v1 route starts with. */
export async function requireApiKey(req: Request, ctx: RestContext, scope: ApiScope): Promise<VerifiedApiKey> {
  const key = await authenticate(req, ctx);
  await enforceRateLimit(key.apiKeyId, ctx);
  requireScope(key, scope, ctx);
  return key;
}
