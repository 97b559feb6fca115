import type { Db } from "~/server/db";
import { resolveVisibleRep, type Caller } from "~/server/services/reps/access";
import type { NextBestAction, SignalResult } from "~/domain/scoring";
import { recomputeRepScore } from "./recompute-rep";

/**
 * A rep's current score with its full breakdown, next best actions and latest official LinkedIn
 * reading. Computed on first view when the rep has no score row yet.
 */
export async function getCurrentScore(db: Db, caller: Caller, repId?: string) {
  const rep = await resolveVisibleRep(db, caller, repId);
  let row = await db.scoreCurrent.findUnique({ where: { repId: rep.id } });
  if (!row) {
    await recomputeRepScore(db, { organizationId: caller.organizationId, repId: rep.id });
    row = await db.scoreCurrent.findUnique({ where: { repId: rep.id } });
  }
  const official = await db.officialSsiReading.findFirst({
    where: { repId: rep.id, organizationId: caller.organizationId },
    orderBy: { readOn: "desc" },
  });
  return {
    rep: { id: rep.id, displayName: rep.displayName, jobTitle: rep.jobTitle, isSelf: rep.userId === caller.userId, lastImportAt: rep.lastImportAt },
    score: row
      ? {
          total: row.total,
          pillars: { brand: row.brand, findPeople: row.findPeople, engage: row.engage, relationships: row.relationships },
          signals: row.breakdown as unknown as SignalResult[],
          actions: row.actions as unknown as NextBestAction[],
          modelVersion: row.modelVersion,
          asOf: row.asOf,
        }
      : null,
    official: official
      ? {
          readOn: official.readOn.toISOString().slice(0, 10),
          total: official.total,
          pillars: { brand: official.brand, findPeople: official.findPeople, engage: official.engage, relationships: official.relationships },
          industryTopPercent: official.industryRankPct,
          networkTopPercent: official.networkRankPct,
        }
      : null,
  };
}
