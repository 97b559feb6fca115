import { Prisma } from "@prisma/client";
import { z } from "zod";
import type { TenantActor } from "~/server/caller";
import type { Db } from "~/server/db";
import { badRequest, notFound } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import { API_SCOPES, generateApiKey, type ApiScope } from "./key-format";

export const apiKeyNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name")
  .max(80, "Use at most 80 characters");

export const apiKeyScopesSchema = z
  .array(z.enum(API_SCOPES, { error: `Scopes are ${API_SCOPES.join(" and ")}` }))
  .min(1, "Choose at least one scope")
  .transform((s) => API_SCOPES.filter((known) => s.includes(known)));

export interface CreateApiKeyInput {
  name: string;
  scopes: readonly string[];
}

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: Date;
  /** The full key. It is returned here once and cannot be recovered later. */
  key: string;
}

/**
 * Creates an organisation API key and records it in the audit log. Authorisation (who may create
 * keys) is the caller's job: the settings router checks the role, the CLI runs as an operator.
 */
/** `actor.userId` is null for the CLI. */
export async function createApiKey(db: Db, actor: TenantActor, opts: CreateApiKeyInput): Promise<CreatedApiKey> {
  const name = apiKeyNameSchema.safeParse(opts.name);
  const scopes = apiKeyScopesSchema.safeParse(opts.scopes);
  if (!name.success || !scopes.success) {
    const fields: Record<string, string> = {};
    if (!name.success) fields.name = name.error.issues[0]?.message ?? "Invalid name";
    if (!scopes.success) fields.scopes = scopes.error.issues[0]?.message ?? "Invalid scopes";
    throw badRequest("The API key settings are not valid", fields);
  }
  const org = await db.organization.findUnique({ where: { id: actor.organizationId }, select: { id: true } });
  if (!org) throw notFound("Organisation not found");

  // The visible prefix is unique too; a clash of its 42 random bits is rare, so retry a few times.
  for (let attempt = 1; ; attempt++) {
    const generated = generateApiKey();
    try {
      const row = await db.$transaction(async (tx) => {
        const created = await tx.apiKey.create({
          data: {
            organizationId: org.id,
            name: name.data,
            prefix: generated.prefix,
            hash: generated.hash,
            scopes: scopes.data,
            createdById: actor.userId,
          },
          select: { id: true, name: true, prefix: true, createdAt: true },
        });
        await writeAudit(tx, {
          organizationId: org.id,
          actorId: actor.userId,
          action: "api_key.created",
          targetType: "ApiKey",
          targetId: created.id,
          after: { name: created.name, prefix: created.prefix, scopes: scopes.data },
        });
        return created;
      });
      return { ...row, scopes: scopes.data, key: generated.key };
    } catch (e) {
      const clash = e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
      if (!clash || attempt >= 3) throw e;
    }
  }
}
