import type { Db } from "~/server/db";
import type { Caller } from "~/server/caller";
import { resolveVisibleRep } from "~/server/services/reps/access";
import { pillarsOf, type NextBestAction, type SignalResult } from "~/domain/scoring";
import { readCurrentScore } from "./read-current-score";

/**
 * A rep's current score with its full breakdown, next best actions and latest official LinkedIn
 * reading. Computed on first view when the rep has no score row yet.
 */
export async function getCurrentScore(db: Db, caller: Caller, repId?: string) {
  const rep = await resolveVisibleRep(db, caller, repId);
  const row = await readCurrentScore(db, { organizationId: caller.organizationId, repId: rep.id });
  const official = await db.officialSsiReading.findFirst({
    where: { repId: rep.id, organizationId: caller.organizationId },
    orderBy: { readOn: "desc" },
  });
  return {
    rep: { id: rep.id, displayName: rep.displayName, jobTitle: rep.jobTitle, isSelf: rep.userId === caller.userId, lastImportAt: rep.lastImportAt },
    score: row
      ? {
          total: row.total,
          pillars: pillarsOf(row),
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
          pillars: pillarsOf(official),
          industryTopPercent: official.industryRankPct,
          networkTopPercent: official.networkRankPct,
        }
      : null,
  };
}
