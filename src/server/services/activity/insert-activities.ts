import type { ActivityKind, ActivitySource, Prisma } from "@prisma/client";
import type { PoolClient } from "pg";
import type { Db, Tx } from "~/server/db";

export interface ActivityRow {
  organizationId: string;
  repId: string;
  kind: ActivityKind;
  occurredAt: Date;
  source: ActivitySource;
  externalId: string;
  quantity?: number;
  counterpart?: string | null;
  counterpartTitle?: string | null;
  thread?: string | null;
  format?: string | null;
  metadata?: Prisma.InputJsonValue | null;
}

/**
 * Bulk insert, idempotent on (organizationId, source, externalId): one statement per batch with
 * one array parameter per column (unnest). RETURNING lists the rows actually inserted.
 */
const INSERT_SQL = `
  INSERT INTO "Activity" ("organizationId", "repId", "kind", "occurredAt", "source", "externalId",
                          "quantity", "counterpart", "counterpartTitle", "thread", "format", "metadata")
  SELECT * FROM unnest($1::text[], $2::text[], $3::"ActivityKind"[], $4::timestamptz(3)[], $5::"ActivitySource"[], $6::text[],
                       $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::jsonb[])
  ON CONFLICT ("organizationId", "source", "externalId") DO NOTHING
  RETURNING "externalId"`;

function columns(rows: readonly ActivityRow[]): unknown[] {
  const col = <T>(f: (r: ActivityRow) => T) => rows.map(f);
  return [
    col((r) => r.organizationId),
    col((r) => r.repId),
    col((r) => r.kind),
    col((r) => r.occurredAt.toISOString()),
    col((r) => r.source),
    col((r) => r.externalId),
    col((r) => r.quantity ?? 1),
    col((r) => r.counterpart ?? null),
    col((r) => r.counterpartTitle ?? null),
    col((r) => r.thread ?? null),
    col((r) => r.format ?? null),
    col((r) => (r.metadata == null ? null : JSON.stringify(r.metadata))),
  ];
}

/** Through Prisma (API batches, manual logging, the seed). Returns the inserted external ids. */
export async function insertActivities(client: Db | Tx, rows: readonly ActivityRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await client.$queryRawUnsafe<{ externalId: string }[]>(INSERT_SQL, ...columns(rows));
  return inserted.map((r) => r.externalId);
}

/** The same statement on a raw pool client, for imports of hundreds of thousands of rows. */
export async function insertActivitiesPg(client: PoolClient, rows: readonly ActivityRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const res = await client.query<{ externalId: string }>(INSERT_SQL, columns(rows));
  return res.rows.map((r) => r.externalId);
}
