import { Prisma } from "@prisma/client";
import { currentTenant } from "./tenant-context";
import { TENANT_MODELS } from "./tenant-models";

export { TENANT_MODELS };

const WHERE_OPS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);
const CREATE_OPS = new Set(["create", "createMany", "createManyAndReturn", "upsert"]);

export class TenantViolationError extends Error {
  constructor(model: string, operation: string, detail: string) {
    super(`Tenant guard refused ${model}.${operation}: ${detail}`);
    this.name = "TenantViolationError";
  }
}

function checkCreateData(model: string, operation: string, data: unknown, tenant: string) {
  for (const row of Array.isArray(data) ? data : [data]) {
    const orgId = (row as { organizationId?: unknown; organization?: { connect?: { id?: unknown } } } | null)?.organizationId ??
      (row as { organization?: { connect?: { id?: unknown } } } | null)?.organization?.connect?.id;
    if (orgId !== tenant) throw new TenantViolationError(model, operation, `data.organizationId ${String(orgId)} is not the current organisation`);
  }
}

/**
 * Defence in depth for tenant isolation (docs/security.md): inside a tenant context, every
 * operation on a tenant model is scoped to that organisation — `organizationId` is added to its
 * where-clause (so a forgotten filter returns nothing foreign instead of everything) and created
 * rows must belong to it. Outside a context (workers, sign-in, cross-tenant aggregates) queries
 * pass unchanged; services still filter explicitly.
 */
export const tenantGuard = Prisma.defineExtension({
  name: "tenant-guard",
  query: {
    $allModels: {
      async $allOperations({ model, operation, args, query }) {
        const tenant = currentTenant();
        if (!tenant || !TENANT_MODELS.has(model)) return query(args);
        const a = (args ?? {}) as { where?: Record<string, unknown>; data?: unknown; create?: unknown };
        if (CREATE_OPS.has(operation)) checkCreateData(model, operation, operation === "upsert" ? a.create : a.data, tenant);
        if (WHERE_OPS.has(operation)) {
          // Added through AND, so unique keys stay at the top level (findUnique) and any existing
          // organizationId filter still applies: a foreign id simply matches nothing.
          const where = a.where ?? {};
          const and = where.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
          return query({ ...a, where: { ...where, AND: [...and, { organizationId: tenant }] } } as typeof args);
        }
        return query(args);
      },
    },
  },
});
