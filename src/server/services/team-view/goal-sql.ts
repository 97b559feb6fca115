// Goal status of each rep in SQL, so the table can sort by it. It mirrors forecastGoal
// (src/domain/goals/forecast.ts) over the rep's last 12 snapshots, exactly as getRepGoal feeds it;
// tests/integration/team compares the two for every rep of a generated organisation.
import { Prisma } from "@prisma/client";
import { DEFAULT_HORIZON_WEEKS, MAX_FORECAST_WEEKS, MIN_SNAPSHOTS, TREND_WINDOW } from "~/domain/goals/forecast";
import { isoMonday } from "./sql-fragments";

/** How many snapshots getRepGoal hands to forecastGoal. */
export const GOAL_HISTORY = 12;

/**
 * LATERAL `gs` for row alias `alias`: count of the last 12 snapshots, the latest one's total and
 * Monday, and the least-squares slope (points a week, x in real weeks) over the latest 8.
 */
export function goalHistoryLateral(organizationId: string, alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS "snapshotCount",
             max(h.total) FILTER (WHERE h.rn = 1) AS "lastSnapshotTotal",
             max(h.monday) FILTER (WHERE h.rn = 1) AS "lastSnapshotMonday",
             regr_slope(h.total, h.x) FILTER (WHERE h.rn <= ${TREND_WINDOW}) AS "weeklyTrend"
      FROM (
        SELECT s.total, s.monday, ((s.monday - DATE '2000-01-03') / 7)::float8 AS x,
               row_number() OVER (ORDER BY s."isoWeek" DESC) AS rn
        FROM (
          SELECT ws.total, ws."isoWeek", ${isoMonday(Prisma.sql`ws."isoWeek"`)} AS monday FROM "WeeklySnapshot" ws
          WHERE ws."repId" = ${a}.id AND ws."organizationId" = ${organizationId}
          ORDER BY ws."isoWeek" DESC LIMIT ${GOAL_HISTORY}
        ) s
      ) h
    ) gs ON true`;
}

/** forecastGoal's decision from the `gs` lateral and the rep's target and due date expressions. */
export function goalStatusExpr(target: Prisma.Sql, dueDate: Prisma.Sql): Prisma.Sql {
  const weeksNeeded = Prisma.sql`greatest(1, ceil((${target} - gs."lastSnapshotTotal") / gs."weeklyTrend"))`;
  return Prisma.sql`CASE
    WHEN gs."snapshotCount" = 0 OR gs."snapshotCount" IS NULL THEN 'not-enough-history'
    WHEN gs."lastSnapshotTotal" >= ${target} THEN 'reached'
    WHEN gs."snapshotCount" < ${MIN_SNAPSHOTS} THEN 'not-enough-history'
    WHEN gs."weeklyTrend" IS NULL OR gs."weeklyTrend" <= 0 THEN 'at-risk'
    WHEN ${weeksNeeded} > ${MAX_FORECAST_WEEKS} THEN 'at-risk'
    WHEN ${dueDate} IS NOT NULL THEN
      CASE WHEN gs."lastSnapshotMonday" + 7 * (${weeksNeeded})::int <= date_trunc('week', ${dueDate})::date THEN 'on-track' ELSE 'at-risk' END
    WHEN ${weeksNeeded} <= ${DEFAULT_HORIZON_WEEKS} THEN 'on-track'
    ELSE 'at-risk'
  END`;
}

/** Worst first when ascending: at risk, too early to say, on track, reached. */
export const GOAL_STATUS_ORDER = ["at-risk", "not-enough-history", "on-track", "reached"] as const;

export function goalStatusRank(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`array_position(ARRAY['at-risk', 'not-enough-history', 'on-track', 'reached']::text[], ${column})`;
}
