import { Prisma } from "@prisma/client";
import type { Db } from "~/server/db";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import type { Caller } from "~/server/caller";
import { MIN_GROUP_SIZE } from "~/domain/privacy";
import { BAND_LIST, BANDS, type BandKey } from "~/domain/team-view/bands";
import { resolveTeamScope, type TeamRef } from "./scope";
import { membersCte, shownTotal, weeksCte } from "./sql-fragments";

interface SummarySqlRow {
  reps: number;
  scored: number;
  average: number | null;
  under30: number;
  from30to50: number;
  from50to70: number;
  from70: number;
  atGoal: number;
  orgScored: number;
  orgAverage: number | null;
  outsideScored: number;
  currentWeek: string | null;
  previousWeek: string | null;
  currentAverage: number | null;
  currentReps: number;
  previousAverage: number | null;
  previousReps: number;
  goalTarget: number;
  industry: string;
}

export interface TeamSummary {
  team: TeamRef | null;
  teams: number;
  reps: number;
  scored: number;
  /** Average current score of the scored reps; null when nobody has a score yet. */
  average: number | null;
  bands: { key: BandKey; label: string; count: number }[];
  /** Reps whose current score is at or above their target (personal, team or organisation). */
  atGoal: number;
  goalTarget: number;
  benchmark: { label: string; source: string; sourceText: string; average: number; difference: number | null } | null;
  organization: { average: number | null; scored: number; difference: number | null; withheld: boolean };
  /** The team average in the organisation's last two snapshot weeks (team membership as of each week). */
  weekOverWeek: {
    current: { week: string; average: number | null; reps: number } | null;
    previous: { week: string; average: number | null; reps: number } | null;
    change: number | null;
  };
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

function bandCount(key: BandKey, shown: Prisma.Sql): Prisma.Sql {
  const { min, max } = BANDS[key];
  const lo = min === null ? Prisma.sql`true` : Prisma.sql`${shown} >= ${min}`;
  const hi = max === null ? Prisma.sql`true` : Prisma.sql`${shown} < ${max}`;
  return Prisma.sql`count(*) FILTER (WHERE in_scope AND total IS NOT NULL AND ${lo} AND ${hi})::int`;
}

/**
 * The summary cards: the team's average against the industry benchmark and the organisation,
 * reps per band, how many are at their goal, and the week-over-week change of the average.
 * The organisation's average is withheld from a manager when only one or two scored reps sit
 * outside their teams (it would give those reps' scores away).
 */
export async function getTeamSummary(db: Db, caller: Caller, opts: { teamId?: string | null }): Promise<TeamSummary> {
  const scope = await resolveTeamScope(db, caller, opts.teamId);
  const org = caller.organizationId;
  const shown = shownTotal(Prisma.sql`total`);
  const everyScopeTeam = scope.teams.map((t) => t.id);
  const [row] = await db.$queryRaw<SummarySqlRow[]>`
    WITH weeks AS (${weeksCte(org)}),
    members AS (${membersCte(org, null)}),
    rows AS (
      SELECT m."teamId", c.total, COALESCE(gp.target, gt.target, o."goalTarget") AS target,
             m."teamId" = ANY(${scope.teamIds}::text[]) AS in_scope,
             m."teamId" = ANY(${everyScopeTeam}::text[]) AS visible
      FROM members m
      JOIN "Organization" o ON o.id = ${org}
      LEFT JOIN "ScoreCurrent" c ON c."repId" = m.id
      LEFT JOIN "Goal" gp ON gp."repId" = m.id
      LEFT JOIN "Goal" gt ON gt."teamId" = m."teamId"
    ),
    snap AS (
      SELECT s."isoWeek", avg(s.total) AS average, count(*)::int AS reps
      FROM "WeeklySnapshot" s, weeks w
      WHERE s."organizationId" = ${org} AND s."isoWeek" IN (w.w1, w.w2) AND s."teamId" = ANY(${scope.teamIds}::text[])
      GROUP BY s."isoWeek"
    )
    SELECT count(*) FILTER (WHERE in_scope)::int AS reps,
           count(total) FILTER (WHERE in_scope)::int AS scored,
           avg(total) FILTER (WHERE in_scope) AS average,
           ${bandCount("under30", shown)} AS under30,
           ${bandCount("30to50", shown)} AS "from30to50",
           ${bandCount("50to70", shown)} AS "from50to70",
           ${bandCount("70plus", shown)} AS from70,
           count(*) FILTER (WHERE in_scope AND total >= target)::int AS "atGoal",
           count(total)::int AS "orgScored",
           avg(total) AS "orgAverage",
           count(total) FILTER (WHERE NOT visible)::int AS "outsideScored",
           (SELECT w1 FROM weeks) AS "currentWeek",
           (SELECT w2 FROM weeks) AS "previousWeek",
           (SELECT average FROM snap, weeks WHERE snap."isoWeek" = weeks.w1) AS "currentAverage",
           COALESCE((SELECT reps FROM snap, weeks WHERE snap."isoWeek" = weeks.w1), 0) AS "currentReps",
           (SELECT average FROM snap, weeks WHERE snap."isoWeek" = weeks.w2) AS "previousAverage",
           COALESCE((SELECT reps FROM snap, weeks WHERE snap."isoWeek" = weeks.w2), 0) AS "previousReps",
           (SELECT "goalTarget" FROM "Organization" WHERE id = ${org}) AS "goalTarget",
           (SELECT industry FROM "Organization" WHERE id = ${org}) AS industry
    FROM rows`;
  if (!row) throw new Error("summary query returned no row");
  const benchmark = await getBenchmark(db, { organizationId: org, industry: row.industry });
  const withheld = !scope.all && row.outsideScored > 0 && row.outsideScored < MIN_GROUP_SIZE;
  const orgAverage = withheld ? null : row.orgAverage;
  const counts: Record<BandKey, number> = { under30: row.under30, "30to50": row.from30to50, "50to70": row.from50to70, "70plus": row.from70 };
  return {
    team: scope.selected,
    teams: scope.selected ? 1 : scope.teams.length,
    reps: row.reps,
    scored: row.scored,
    average: row.average,
    bands: BAND_LIST.map((b) => ({ key: b.key, label: b.label, count: counts[b.key] })),
    atGoal: row.atGoal,
    goalTarget: row.goalTarget,
    benchmark: benchmark
      ? {
          label: benchmark.label,
          source: benchmark.source,
          sourceText: benchmark.sourceText,
          average: benchmark.totalMean,
          difference: diff(row.average, benchmark.totalMean),
        }
      : null,
    organization: { average: orgAverage, scored: row.orgScored, difference: diff(row.average, orgAverage), withheld },
    weekOverWeek: {
      current: row.currentWeek ? { week: row.currentWeek, average: row.currentAverage, reps: row.currentReps } : null,
      previous: row.previousWeek ? { week: row.previousWeek, average: row.previousAverage, reps: row.previousReps } : null,
      change: diff(row.currentAverage, row.previousAverage),
    },
  };
}
