import { pillarsOf } from "~/domain/scoring";
import type { Db } from "~/server/db";
import { expandBreakdown } from "./breakdown-codec";

/**
 * A rep's last `weeks` weekly snapshots, oldest first, with pillars, ranks and model version (and
 * each week's signals when asked): the one read behind the app's history and the REST API's.
 */
export async function readSnapshots(db: Db, opts: { organizationId: string; repId: string; weeks: number; withBreakdown?: boolean }) {
  const rows = await db.weeklySnapshot.findMany({
    where: { repId: opts.repId, organizationId: opts.organizationId },
    orderBy: { weekStart: "desc" },
    take: opts.weeks,
  });
  return rows.reverse().map((s) => ({
    isoWeek: s.isoWeek,
    weekStart: s.weekStart.toISOString().slice(0, 10),
    total: s.total,
    pillars: pillarsOf(s),
    industryRankPct: s.industryRankPct,
    industryRankSource: s.industryRankSource,
    orgRankPct: s.orgRankPct,
    teamRankPct: s.teamRankPct,
    modelVersion: s.modelVersion,
    ...(opts.withBreakdown ? { signals: expandBreakdown(s.breakdown) } : {}),
  }));
}
