import type { Db, Tx } from "~/server/db";
import type { ScoreResult } from "~/domain/scoring";

/**
 * Writes current scores in one statement. A row is only replaced by a computation of the same or a
 * later instant, so two recomputes of one rep finishing out of order keep the newer result.
 */
export async function upsertCurrentScores(
  client: Db | Tx,
  organizationId: string,
  rows: readonly { repId: string; result: ScoreResult; asOf: Date }[],
): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  await client.$executeRaw`
    INSERT INTO "ScoreCurrent" ("repId", "organizationId", total, brand, "findPeople", engage, relationships,
                                breakdown, actions, "modelVersion", "asOf", "computedAt")
    SELECT r, ${organizationId}, t, b, f, e, rel, bd, a, mv, ao, now()
    FROM unnest(
      ${col((r) => r.repId)}::text[], ${col((r) => r.result.total)}::float8[], ${col((r) => r.result.pillars.brand)}::float8[],
      ${col((r) => r.result.pillars.findPeople)}::float8[], ${col((r) => r.result.pillars.engage)}::float8[],
      ${col((r) => r.result.pillars.relationships)}::float8[], ${col((r) => JSON.stringify(r.result.signals))}::jsonb[],
      ${col((r) => JSON.stringify(r.result.actions))}::jsonb[], ${col((r) => r.result.modelVersion)}::text[],
      ${col((r) => r.asOf.toISOString())}::timestamptz[]
    ) AS x(r, t, b, f, e, rel, bd, a, mv, ao)
    ON CONFLICT ("repId") DO UPDATE SET
      total = EXCLUDED.total, brand = EXCLUDED.brand, "findPeople" = EXCLUDED."findPeople", engage = EXCLUDED.engage,
      relationships = EXCLUDED.relationships, breakdown = EXCLUDED.breakdown, actions = EXCLUDED.actions,
      "modelVersion" = EXCLUDED."modelVersion", "asOf" = EXCLUDED."asOf", "computedAt" = EXCLUDED."computedAt"
    WHERE "ScoreCurrent"."asOf" <= EXCLUDED."asOf" AND "ScoreCurrent"."organizationId" = EXCLUDED."organizationId"`;
}
