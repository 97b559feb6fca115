import { z } from "zod";
import { adminProcedure, router } from "~/server/api/trpc";
import { apiKeyNameSchema, apiKeyScopesSchema, createApiKey } from "~/server/services/api-keys/create-api-key";
import { listApiKeys } from "~/server/services/api-keys/list-api-keys";
import { revokeApiKey } from "~/server/services/api-keys/revoke-api-key";

/** Org API keys through the existing api-keys services (hashed at rest, shown once, audited). */
export const apiKeysRouter = router({
  list: adminProcedure.query(({ ctx }) => listApiKeys(ctx.db, ctx.caller)),
  create: adminProcedure
    .input(z.object({ name: apiKeyNameSchema, scopes: apiKeyScopesSchema }))
    .mutation(({ ctx, input }) => createApiKey(ctx.db, ctx.caller, { name: input.name, scopes: input.scopes })),
  revoke: adminProcedure
    .input(z.object({ apiKeyId: z.string().min(1).max(64) }))
    .mutation(({ ctx, input }) => revokeApiKey(ctx.db, ctx.caller, { apiKeyId: input.apiKeyId })),
});
