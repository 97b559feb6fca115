import { Prisma, type RankSource } from "@prisma/client";
import type { Db } from "~/server/db";
import type { ScoreResult } from "~/domain/scoring";
import { compactBreakdown } from "./breakdown-codec";

export interface SnapshotRow {
  repId: string;
  result: ScoreResult;
  teamId: string | null;
  orgRankPct: number | null;
  teamRankPct: number | null;
  industryRankPct: number | null;
  industryRankSource: RankSource | null;
}

/**
 * Inserts a week's snapshots in one statement keyed by (repId, isoWeek). Without `overwrite`
 * existing rows win (a re-run of the scheduled job changes nothing); with it they are replaced.
 * Returns the number of rows inserted or updated.
 */
export async function writeSnapshots(
  db: Db,
  opts: { organizationId: string; isoWeek: string; weekStart: Date; rows: readonly SnapshotRow[]; overwrite: boolean },
): Promise<number> {
  const rows = opts.rows;
  if (rows.length === 0) return 0;
  const col = <T>(f: (r: SnapshotRow) => T) => rows.map(f);
  const day = opts.weekStart.toISOString().slice(0, 10);
  const breakdown = (r: SnapshotRow) => JSON.stringify(compactBreakdown(r.result.signals));
  const values = [
    col((r) => r.repId),
    col((r) => r.result.total),
    col((r) => r.result.pillars.brand),
    col((r) => r.result.pillars.findPeople),
    col((r) => r.result.pillars.engage),
    col((r) => r.result.pillars.relationships),
    col(breakdown),
    col((r) => r.industryRankPct),
    col((r) => r.industryRankSource),
    col((r) => r.orgRankPct),
    col((r) => r.teamRankPct),
    col((r) => r.teamId),
    col((r) => r.result.modelVersion),
  ] as const;
  const onConflict = opts.overwrite
    ? Prisma.sql`ON CONFLICT ("repId", "isoWeek") DO UPDATE SET
        "weekStart" = EXCLUDED."weekStart", total = EXCLUDED.total, brand = EXCLUDED.brand, "findPeople" = EXCLUDED."findPeople",
        engage = EXCLUDED.engage, relationships = EXCLUDED.relationships, breakdown = EXCLUDED.breakdown,
        "industryRankPct" = EXCLUDED."industryRankPct", "industryRankSource" = EXCLUDED."industryRankSource",
        "orgRankPct" = EXCLUDED."orgRankPct", "teamRankPct" = EXCLUDED."teamRankPct", "teamId" = EXCLUDED."teamId",
        "modelVersion" = EXCLUDED."modelVersion", "computedAt" = now()
      WHERE "WeeklySnapshot"."organizationId" = EXCLUDED."organizationId"`
    : Prisma.sql`ON CONFLICT ("repId", "isoWeek") DO NOTHING`;
  return db.$executeRaw`
    INSERT INTO "WeeklySnapshot" ("organizationId", "repId", "isoWeek", "weekStart", total, brand, "findPeople", engage,
      relationships, breakdown, "industryRankPct", "industryRankSource", "orgRankPct", "teamRankPct", "teamId", "modelVersion")
    SELECT ${opts.organizationId}, r, ${opts.isoWeek}, ${day}::date, t, b, f, e, rel, bd, ip, isrc::"RankSource", op, tp, tm, mv
    FROM unnest(${values[0]}::text[], ${values[1]}::float8[], ${values[2]}::float8[], ${values[3]}::float8[],
                ${values[4]}::float8[], ${values[5]}::float8[], ${values[6]}::jsonb[], ${values[7]}::float8[],
                ${values[8]}::text[], ${values[9]}::float8[], ${values[10]}::float8[], ${values[11]}::text[], ${values[12]}::text[])
      AS x(r, t, b, f, e, rel, bd, ip, isrc, op, tp, tm, mv)
    ${onConflict}`;
}
