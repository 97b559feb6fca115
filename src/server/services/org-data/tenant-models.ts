import { TENANT_MODEL_SCHEMAS } from "~/server/db/tenant-models";

/** A tenant table (see TENANT_MODEL_SCHEMAS) with what export and deletion need to page through it. */
export interface TenantModel {
  /** Model name, e.g. "WeeklySnapshot". */
  name: string;
  /** Prisma client property, e.g. "weeklySnapshot". */
  delegate: string;
  /** The single-column primary key, used to page through rows in order. */
  idField: string;
  /** Scalar columns that are exported (secrets left out). */
  columns: string[];
}

/** Hashes of secrets never leave the database, not even in the organisation's own export. */
export const SECRET_COLUMNS: Record<string, readonly string[]> = {
  ApiKey: ["hash"],
  Invitation: ["tokenHash"],
};

/**
 * Primary keys not called "id". The runtime DMMF of the query-compiler client carries names,
 * kinds and types only (no isId), so these few are named here; tenantModels() throws for a new
 * tenant table with neither, and the unit test over tenantModels() catches it.
 */
const PRIMARY_KEYS: Record<string, string> = { OrgSlugAlias: "slug", ScoreCurrent: "repId" };

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

let cached: TenantModel[] | undefined;
export function tenantModels(): TenantModel[] {
  cached ??= TENANT_MODEL_SCHEMAS.map((m) => {
      const id = PRIMARY_KEYS[m.name] ?? (m.fields.some((f) => f.name === "id") ? "id" : null);
      if (!id) throw new Error(`${m.name} has no "id" column: name its primary key in PRIMARY_KEYS`);
      const secret = SECRET_COLUMNS[m.name] ?? [];
      return {
        name: m.name,
        delegate: lowerFirst(m.name),
        idField: id,
        columns: m.fields.filter((f) => (f.kind === "scalar" || f.kind === "enum") && !secret.includes(f.name)).map((f) => f.name),
      };
    });
  return cached;
}

/** The minimal dynamic view of a model delegate the export needs. */
export interface RowDelegate {
  findMany(args: unknown): Promise<Record<string, unknown>[]>;
  count(args: unknown): Promise<number>;
}

export function delegateOf(client: unknown, model: TenantModel): RowDelegate {
  const d = (client as Record<string, RowDelegate | undefined>)[model.delegate];
  if (!d) throw new Error(`no Prisma delegate for ${model.name}`);
  return d;
}
