import type { Db } from "~/server/db";
import { aggregateScoringInputs } from "~/server/services/activity/aggregate-inputs";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import { industryRank, industrySample, withOwnTotals } from "~/server/services/ranks/industry-sample";
import { percentileRank, sortSample } from "~/domain/ranks/percentile";
import { scoreRep, type ScoreResult } from "~/domain/scoring";
import { repTeamMap } from "~/server/services/teams/rep-teams";
import { weekEnd, weekStart, type IsoWeek } from "~/domain/time/iso-week";
import { writeSnapshots, type SnapshotRow } from "./write-snapshots";

export interface SnapshotOptions {
  organizationId: string;
  isoWeek: IsoWeek;
  /** Backfill after new data: replace existing rows. The scheduled run keeps existing rows. */
  overwrite?: boolean;
  /** Only these reps (after an import); they are ranked against the week's stored rows of the others. */
  repIds?: string[];
  now?: Date;
  onProgress?: (percent: number) => Promise<void> | void;
}

/**
 * One row per active rep for one ISO week (the org's time zone decides the week): scores as of
 * the end of that week, org / team / industry ranks and the model version. All rows are written
 * in one statement, so a crash leaves either the whole week or nothing, and a re-run fills it.
 */
export async function takeWeeklySnapshot(db: Db, opts: SnapshotOptions): Promise<{ reps: number; written: number }> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: opts.organizationId },
    select: { id: true, timezone: true, industry: true, icpTitles: true, icpIndustries: true },
  });
  const now = opts.now ?? new Date();
  const end = weekEnd(opts.isoWeek, org.timezone);
  const asOf = end.getTime() < now.getTime() ? end : now;

  const inputs = await aggregateScoringInputs(db, {
    organizationId: org.id,
    asOf,
    icpKeywords: [...org.icpTitles, ...org.icpIndustries],
    ...(opts.repIds ? { repIds: opts.repIds } : {}),
  });
  await opts.onProgress?.(50);
  const scored = [...inputs].map(([repId, input]) => ({ repId, result: scoreRep(input, { actions: false }) }));
  const peers = opts.repIds
    ? await db.weeklySnapshot.findMany({
        where: { organizationId: org.id, isoWeek: opts.isoWeek, repId: { notIn: opts.repIds } },
        select: { repId: true, total: true, teamId: true },
      })
    : [];
  const rows = await rankSnapshots(db, org, opts.isoWeek, scored, peers);
  await opts.onProgress?.(80);
  const written = await writeSnapshots(db, {
    organizationId: org.id,
    isoWeek: opts.isoWeek,
    weekStart: weekStart(opts.isoWeek, org.timezone),
    rows,
    overwrite: opts.overwrite ?? false,
  });
  await opts.onProgress?.(100);
  return { reps: rows.length, written };
}

async function rankSnapshots(
  db: Db,
  org: { id: string; industry: string },
  isoWeek: IsoWeek,
  scored: { repId: string; result: ScoreResult }[],
  peers: { repId: string; total: number; teamId: string | null }[],
): Promise<SnapshotRow[]> {
  const teams = await repTeamMap(db, org.id);
  const everyone = [
    ...scored.map((s) => ({ total: s.result.total, teamId: teams.get(s.repId) ?? null })),
    ...peers.map((p) => ({ total: p.total, teamId: p.teamId })),
  ];
  const orgSample = sortSample(everyone.map((e) => e.total));
  const teamSamples = new Map<string, number[]>();
  for (const e of everyone) {
    if (e.teamId) teamSamples.set(e.teamId, [...(teamSamples.get(e.teamId) ?? []), e.total]);
  }
  for (const [team, totals] of teamSamples) teamSamples.set(team, sortSample(totals));

  const benchmark = await getBenchmark(db, { organizationId: org.id, industry: org.industry });
  const others = await industrySample(db, { industry: org.industry, isoWeek, excludeOrgId: org.id });
  const sample = withOwnTotals(others, everyone.map((e) => e.total));
  const reference = benchmark ? { mean: benchmark.totalMean, sd: benchmark.totalStdDev } : null;

  return scored.map(({ repId, result }) => {
    const team = teams.get(repId) ?? null;
    const industry = industryRank(result.total, sample, reference);
    return {
      repId,
      result,
      teamId: team,
      orgRankPct: percentileRank(result.total, orgSample),
      teamRankPct: team ? percentileRank(result.total, teamSamples.get(team) ?? []) : null,
      industryRankPct: industry?.percentile ?? null,
      industryRankSource: industry?.source ?? null,
    };
  });
}
