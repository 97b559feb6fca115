import { Prisma } from "@prisma/client";

/**
 * Prisma treats `where: { organizationId: undefined }` as "no condition", which silently turns a
 * tenant-scoped query into a cross-tenant one. This extension refuses such queries instead.
 * (Pattern from cal.com's disallow-undefined-where-clause.)
 */
const GUARDED = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
  "count",
  "aggregate",
  "groupBy",
]);

export class UndefinedWhereError extends Error {
  constructor(model: string, operation: string, path: string) {
    super(`Refused ${model}.${operation}: where.${path} is undefined (would match every row)`);
    this.name = "UndefinedWhereError";
  }
}

/** Returns the dotted path of the first undefined value in a where-clause, or null. */
export function findUndefinedPath(where: unknown, path = ""): string | null {
  if (where === null || typeof where !== "object") return null;
  if (Array.isArray(where)) {
    for (const [i, item] of where.entries()) {
      const hit = findUndefinedPath(item, `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (where instanceof Date || Prisma.Decimal.isDecimal(where)) return null;
  for (const [key, value] of Object.entries(where)) {
    const here = path ? `${path}.${key}` : key;
    if (value === undefined) return here;
    const hit = findUndefinedPath(value, here);
    if (hit) return hit;
  }
  return null;
}

export const undefinedWhereGuard = Prisma.defineExtension({
  name: "undefined-where-guard",
  query: {
    $allModels: {
      async $allOperations({ model, operation, args, query }) {
        if (GUARDED.has(operation) && args && typeof args === "object" && "where" in args) {
          const where = (args as { where?: unknown }).where;
          if (where === undefined && operation !== "findMany" && operation !== "count") {
            throw new UndefinedWhereError(model, operation, "(root)");
          }
          const hit = findUndefinedPath(where);
          if (hit) throw new UndefinedWhereError(model, operation, hit);
        }
        return query(args);
      },
    },
  },
});
