import type { Db } from "~/server/db";
import type { Caller } from "~/server/caller";
import { resolveVisibleRep } from "~/server/services/reps/access";
import { expandBreakdown } from "~/server/services/snapshots/breakdown-codec";
import { explainChange, pillarsOf, type NextBestAction, type ScoreChange, type ScoreResult, type SignalResult } from "~/domain/scoring";

interface StoredScore {
  total: number;
  brand: number;
  findPeople: number;
  engage: number;
  relationships: number;
  modelVersion: string;
}

/** A stored row (current score or snapshot) back in the model's ScoreResult shape. */
export function toScoreResult(row: StoredScore, signals: SignalResult[], actions: NextBestAction[], asOf: Date): ScoreResult {
  return {
    modelVersion: row.modelVersion,
    asOf: asOf.toISOString(),
    total: row.total,
    pillars: pillarsOf(row),
    signals,
    actions,
  };
}

export function snapshotAsResult(s: StoredScore & { breakdown: unknown; weekStart: Date }): ScoreResult {
  return toScoreResult(s, expandBreakdown(s.breakdown), [], s.weekStart);
}

/**
 * "Why did it move": the rep's score now against their last weekly snapshot, per pillar and
 * per signal in plain words. Null until the first snapshot exists.
 */
export async function getWeekChange(db: Db, caller: Caller, repId?: string): Promise<(ScoreChange & { sinceWeek: string }) | null> {
  const rep = await resolveVisibleRep(db, caller, repId);
  const [current, last] = await Promise.all([
    db.scoreCurrent.findUnique({ where: { repId: rep.id } }),
    db.weeklySnapshot.findFirst({ where: { repId: rep.id, organizationId: caller.organizationId }, orderBy: { weekStart: "desc" } }),
  ]);
  if (!current || !last) return null;
  const curr = toScoreResult(current, current.breakdown as unknown as SignalResult[], current.actions as unknown as NextBestAction[], current.asOf);
  return { ...explainChange(snapshotAsResult(last), curr), sinceWeek: last.isoWeek };
}
