import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import { addIsoWeeks } from "~/domain/goals/forecast";
import type { Caller } from "~/server/caller";
import { resolveTeamScope, type TeamRef } from "./scope";
import { trendSeries, type TrendPoint, type TrendRow, type TrendWeeks } from "~/domain/team-view/trend-series";

export interface TeamTrend {
  team: TeamRef | null;
  compare: TeamRef | null;
  weeks: TrendWeeks;
  points: TrendPoint[];
  benchmark: { label: string; average: number; source: string } | null;
}

/**
 * The team's average per ISO week (each snapshot counts for the team the rep was in that week)
 * over the last 12, 26 or 52 weeks with snapshots, optionally beside a second team, and the
 * industry benchmark's average as a flat reference line.
 */
export async function getTeamTrend(
  db: Db,
  caller: Caller,
  opts: { teamId?: string | null; compareTeamId?: string | null; weeks: TrendWeeks },
): Promise<TeamTrend> {
  const scope = await resolveTeamScope(db, caller, opts.teamId);
  const compare = opts.compareTeamId ? (scope.teams.find((t) => t.id === opts.compareTeamId) ?? null) : null;
  if (opts.compareTeamId && !compare) throw notFound("Team not found");
  const org = caller.organizationId;
  const [latestRow, orgRow] = await Promise.all([
    db.weeklySnapshot.findFirst({ where: { organizationId: org }, orderBy: { isoWeek: "desc" }, select: { isoWeek: true } }),
    db.organization.findUniqueOrThrow({ where: { id: org }, select: { industry: true } }),
  ]);
  const latest = latestRow?.isoWeek ?? null;
  const compareIds = compare ? [compare.id] : [];
  const rows = latest
    ? await db.$queryRaw<TrendRow[]>`
        SELECT s."isoWeek",
               avg(s.total) FILTER (WHERE s."teamId" = ANY(${scope.teamIds}::text[])) AS average,
               count(*) FILTER (WHERE s."teamId" = ANY(${scope.teamIds}::text[]))::int AS reps,
               avg(s.total) FILTER (WHERE s."teamId" = ANY(${compareIds}::text[])) AS "compareAverage",
               count(*) FILTER (WHERE s."teamId" = ANY(${compareIds}::text[]))::int AS "compareReps"
        FROM "WeeklySnapshot" s
        WHERE s."organizationId" = ${org}
          AND s."isoWeek" BETWEEN ${addIsoWeeks(latest, -(opts.weeks - 1))} AND ${latest}
          AND s."teamId" = ANY(${[...scope.teamIds, ...compareIds]}::text[])
        GROUP BY s."isoWeek"`
    : [];
  const benchmark = await getBenchmark(db, { organizationId: org, industry: orgRow.industry });
  return {
    team: scope.selected,
    compare,
    weeks: opts.weeks,
    points: trendSeries(latest, opts.weeks, rows),
    benchmark: benchmark ? { label: benchmark.label, average: benchmark.totalMean, source: benchmark.source } : null,
  };
}
