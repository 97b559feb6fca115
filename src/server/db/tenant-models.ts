import { Prisma } from "@prisma/client";

/**
 * The tenant tables, read from the Prisma schema itself (DMMF): every model with an
 * `organizationId` column. The tenant guard, the organisation export and its deletion all use
 * this one list, so a table added later is covered without anyone remembering to add it.
 */
export const TENANT_MODEL_SCHEMAS = Prisma.dmmf.datamodel.models.filter((m) => m.fields.some((f) => f.name === "organizationId" && f.kind === "scalar"));

export const TENANT_MODELS: ReadonlySet<string> = new Set(TENANT_MODEL_SCHEMAS.map((m) => m.name));
