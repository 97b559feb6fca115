import { isStorableText } from "~/lib/storable-text";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { recomputeRepScore } from "~/server/services/scores/recompute-rep";
import type { NextBestAction, SignalResult } from "~/domain/scoring";
import { findRep } from "./resolve-reps";
import type { RepScoreResponse, SnapshotsResponse } from "./schemas";

async function repOr404(db: Db, organizationId: string, idOrEmail: string) {
  // An id PostgreSQL cannot even compare (NUL, broken surrogate) names no rep: 404, not a driver 500.
  const rep = isStorableText(idOrEmail) && idOrEmail.length <= 320 ? await findRep(db, { organizationId, idOrEmail }) : null;
  if (!rep) throw notFound("Rep not found");
  return rep;
}

/** A rep's current score (computed on first request when the rep has none yet). */
export async function getRepScore(db: Db, opts: { organizationId: string; idOrEmail: string }): Promise<RepScoreResponse> {
  const rep = await repOr404(db, opts.organizationId, opts.idOrEmail);
  const read = () => db.scoreCurrent.findFirst({ where: { repId: rep.id, organizationId: opts.organizationId } });
  let row = await read();
  if (!row) {
    await recomputeRepScore(db, { organizationId: opts.organizationId, repId: rep.id });
    row = await read();
  }
  if (!row) throw notFound("This rep has no score yet");
  return {
    repId: rep.id,
    total: row.total,
    pillars: { brand: row.brand, findPeople: row.findPeople, engage: row.engage, relationships: row.relationships },
    modelVersion: row.modelVersion,
    asOf: row.asOf.toISOString(),
    signals: row.breakdown as unknown as SignalResult[],
    actions: row.actions as unknown as NextBestAction[],
  };
}

/** A rep's last `weeks` weekly snapshots, oldest first. */
export async function getRepSnapshots(
  db: Db,
  opts: { organizationId: string; idOrEmail: string; weeks: number },
): Promise<SnapshotsResponse> {
  const rep = await repOr404(db, opts.organizationId, opts.idOrEmail);
  const rows = await db.weeklySnapshot.findMany({
    where: { repId: rep.id, organizationId: opts.organizationId },
    orderBy: { weekStart: "desc" },
    take: opts.weeks,
  });
  return {
    repId: rep.id,
    weeks: opts.weeks,
    snapshots: rows.reverse().map((s) => ({
      isoWeek: s.isoWeek,
      weekStart: s.weekStart.toISOString().slice(0, 10),
      total: s.total,
      pillars: { brand: s.brand, findPeople: s.findPeople, engage: s.engage, relationships: s.relationships },
      industryRankPct: s.industryRankPct,
      industryRankSource: s.industryRankSource,
      orgRankPct: s.orgRankPct,
      teamRankPct: s.teamRankPct,
      modelVersion: s.modelVersion,
    })),
  };
}
