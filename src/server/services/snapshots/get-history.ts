import type { Db } from "~/server/db";
import { resolveVisibleRep, type Caller } from "~/server/services/reps/access";
import { expandBreakdown } from "./breakdown-codec";

/** A rep's weekly snapshots, oldest first (at most `weeks`), with pillars, ranks and model version. */
export async function getSnapshotHistory(db: Db, caller: Caller, opts: { repId?: string; weeks: number; withBreakdown?: boolean }) {
  const rep = await resolveVisibleRep(db, caller, opts.repId);
  const rows = await db.weeklySnapshot.findMany({
    where: { repId: rep.id, organizationId: caller.organizationId },
    orderBy: { weekStart: "desc" },
    take: opts.weeks,
  });
  return rows.reverse().map((s) => ({
    isoWeek: s.isoWeek,
    weekStart: s.weekStart.toISOString().slice(0, 10),
    total: s.total,
    pillars: { brand: s.brand, findPeople: s.findPeople, engage: s.engage, relationships: s.relationships },
    industryRankPct: s.industryRankPct,
    industryRankSource: s.industryRankSource,
    orgRankPct: s.orgRankPct,
    teamRankPct: s.teamRankPct,
    modelVersion: s.modelVersion,
    ...(opts.withBreakdown ? { signals: expandBreakdown(s.breakdown) } : {}),
  }));
}
