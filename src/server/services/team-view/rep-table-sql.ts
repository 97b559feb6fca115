// The rep table in ONE statement: scope and filters, the count of matching reps, sorting, the page,
// and for the page's rows: current scores, the organisation's last two snapshot weeks, goal target
// and status, and last activity. Each group of columns is joined BEFORE the sort only when the sort
// or a filter needs it, else after LIMIT for the page's rows only: sorting by name touches nothing
// but the members; sorting by change joins two snapshots per matching rep; the two expensive
// columns (last activity: one index probe per activity kind; goal status: the rep's last 12
// snapshots and a regression) are computed for every matching rep only when the table is sorted by
// them. Design notes: src/server/services/team-view/README.md.
import { Prisma } from "@prisma/client";
import type { Db } from "~/server/db";
import { BANDS, type BandKey } from "~/domain/team-view/bands";
import { goalHistoryLateral, goalStatusExpr, goalStatusRank } from "./goal-sql";
import type { SortDir, SortKey } from "~/domain/team-view/params";
import { membersCte, shownTotal, weeksCte } from "./sql-fragments";

export interface RepTableQuery {
  organizationId: string;
  teamIds: readonly string[];
  band?: BandKey | null;
  search?: string | null;
  sort: SortKey;
  dir: SortDir;
  /** null: every matching row (the CSV export). */
  limit: number | null;
  offset: number;
}

export interface RepTableSqlRow {
  matching: number;
  /** The organisation's latest snapshot week and the one before (on every row, filler included). */
  currentWeek: string | null;
  previousWeek: string | null;
  /** null only on the single filler row of an empty page (matching still tells the count). */
  id: string | null;
  displayName: string;
  jobTitle: string | null;
  teamId: string;
  teamName: string;
  total: number | null;
  brand: number | null;
  findPeople: number | null;
  engage: number | null;
  relationships: number | null;
  w1Total: number | null;
  w2Total: number | null;
  change: number | null;
  industryRankPct: number | null;
  industryRankSource: "PLATFORM" | "REFERENCE" | null;
  target: number;
  dueDate: Date | null;
  goalSource: "personal" | "team" | "organization";
  snapshotCount: number | null;
  weeklyTrend: number | null;
  goalStatus: "reached" | "on-track" | "at-risk" | "not-enough-history";
  lastActivityAt: Date | null;
}

type Group = "score" | "weeks" | "goal" | "activity" | "forecast";
const GROUPS: readonly Group[] = ["score", "weeks", "goal", "activity", "forecast"];

/** What each sort needs joined before sorting. */
const SORT_NEEDS: Record<SortKey, readonly Group[]> = {
  name: [],
  team: [],
  total: ["score"],
  brand: ["score"],
  findPeople: ["score"],
  engage: ["score"],
  relationships: ["score"],
  change: ["weeks"],
  industryRank: ["weeks"],
  goalStatus: ["goal", "forecast"],
  lastActivity: ["activity"],
};

/** Which column groups are joined before the sort (the rest: for the page's rows only). */
export function groupsBeforeSort(q: Pick<RepTableQuery, "sort" | "band">): Set<Group> {
  const pre = new Set<Group>(SORT_NEEDS[q.sort]);
  if (q.band) pre.add("score");
  return pre;
}

/** Sort expressions over a row alias; identifiers only from this closed table. */
const SORT_SQL: Record<SortKey, (a: string) => Prisma.Sql> = {
  name: (a) => Prisma.raw(`lower(${a}."displayName")`),
  team: (a) => Prisma.raw(`lower(${a}."teamName")`),
  total: (a) => Prisma.raw(`${a}.total`),
  change: (a) => Prisma.raw(`${a}.change`),
  brand: (a) => Prisma.raw(`${a}.brand`),
  findPeople: (a) => Prisma.raw(`${a}."findPeople"`),
  engage: (a) => Prisma.raw(`${a}.engage`),
  relationships: (a) => Prisma.raw(`${a}.relationships`),
  industryRank: (a) => Prisma.raw(`${a}."industryRankPct"`),
  goalStatus: (a) => goalStatusRank(Prisma.raw(`${a}."goalStatus"`)),
  lastActivity: (a) => Prisma.raw(`${a}."lastActivityAt"`),
};

/** The ORDER BY of the table: the column (missing values last either way), then name, then id. */
export function orderBySql(sort: SortKey, dir: SortDir, alias: string): Prisma.Sql {
  const d = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  return Prisma.sql`ORDER BY ${SORT_SQL[sort](alias)} ${d} NULLS LAST, ${Prisma.raw(`lower(${alias}."displayName") ASC, ${alias}.id ASC`)}`;
}

export function bandSql(band: BandKey | null | undefined, column: Prisma.Sql): Prisma.Sql {
  if (!band) return Prisma.empty;
  const { min, max } = BANDS[band];
  const shown = shownTotal(column);
  return Prisma.sql`AND ${column} IS NOT NULL
    ${min === null ? Prisma.empty : Prisma.sql`AND ${shown} >= ${min}`}
    ${max === null ? Prisma.empty : Prisma.sql`AND ${shown} < ${max}`}`;
}

/** Joins and columns of each group for a row alias `a` (with `id` and `teamId`) and `weeks w`. */
function groupSql(group: Group, a: string, org: string, goalOnRow: boolean): { joins: Prisma.Sql; columns: Prisma.Sql } {
  const r = Prisma.raw(a);
  switch (group) {
    case "score":
      return {
        joins: Prisma.sql`LEFT JOIN "ScoreCurrent" c ON c."repId" = ${r}.id`,
        columns: Prisma.sql`c.total, c.brand, c."findPeople", c.engage, c.relationships`,
      };
    case "weeks":
      return {
        joins: Prisma.sql`LEFT JOIN "WeeklySnapshot" s1 ON s1."repId" = ${r}.id AND s1."isoWeek" = w.w1
          LEFT JOIN "WeeklySnapshot" s2 ON s2."repId" = ${r}.id AND s2."isoWeek" = w.w2`,
        columns: Prisma.sql`s1.total AS "w1Total", s2.total AS "w2Total", s1.total - s2.total AS change,
          s1."industryRankPct", s1."industryRankSource"::text AS "industryRankSource"`,
      };
    case "goal":
      // Personal goal, else the team's, else the organisation's target (as getRepGoal).
      return {
        joins: Prisma.sql`JOIN "Organization" o ON o.id = ${org}
          LEFT JOIN "Goal" gp ON gp."repId" = ${r}.id
          LEFT JOIN "Goal" gt ON gt."teamId" = ${r}."teamId"`,
        columns: Prisma.sql`${TARGET} AS target, ${DUE} AS "dueDate",
          CASE WHEN gp.id IS NOT NULL THEN 'personal' WHEN gt.id IS NOT NULL THEN 'team' ELSE 'organization' END AS "goalSource"`,
      };
    case "activity":
      // One backward index-only probe per activity kind: the index is (repId, kind, occurredAt).
      return {
        joins: Prisma.sql`LEFT JOIN LATERAL (
            SELECT max(k.last) AS "lastActivityAt"
            FROM unnest(enum_range(NULL::"ActivityKind")) AS kinds(kind)
            CROSS JOIN LATERAL (SELECT max(a."occurredAt") AS last FROM "Activity" a WHERE a."repId" = ${r}.id AND a.kind = kinds.kind) k
          ) la ON true`,
        columns: Prisma.sql`la."lastActivityAt"`,
      };
    case "forecast": {
      // The goal's columns: already on the row (joined before the sort), or joined at this level.
      const target = goalOnRow ? Prisma.raw(`${a}.target`) : TARGET;
      const due = goalOnRow ? Prisma.raw(`${a}."dueDate"`) : DUE;
      return {
        joins: goalHistoryLateral(org, a),
        columns: Prisma.sql`gs."snapshotCount", gs."weeklyTrend", ${goalStatusExpr(target, due)} AS "goalStatus"`,
      };
    }
  }
}

const TARGET = Prisma.sql`COALESCE(gp.target, gt.target, o."goalTarget")`;
const DUE = Prisma.sql`CASE WHEN gp.id IS NOT NULL THEN gp."dueDate" ELSE gt."dueDate" END`;

const join = (parts: Prisma.Sql[], sep: string) => (parts.length ? Prisma.join(parts, sep) : Prisma.empty);

export function repTableSql(q: RepTableQuery): Prisma.Sql {
  const org = q.organizationId;
  const pre = groupsBeforeSort(q);
  // The forecast needs the goal's target: sorting on it puts both before the sort, at one level.
  const preGroups = GROUPS.filter((g) => pre.has(g)).map((g) => groupSql(g, "m", org, false));
  const postGroups = GROUPS.filter((g) => !pre.has(g)).map((g) => groupSql(g, "p", org, pre.has("goal")));
  const comma = (cols: Prisma.Sql[]) => (cols.length ? Prisma.sql`, ${Prisma.join(cols, ", ")}` : Prisma.empty);

  const limit = q.limit === null ? Prisma.empty : Prisma.sql`LIMIT ${q.limit}`;
  const offset = q.offset > 0 ? Prisma.sql`OFFSET ${q.offset}` : Prisma.empty;
  return Prisma.sql`
    WITH weeks AS (${weeksCte(org)}),
    members AS (${membersCte(org, q.teamIds, q.search)}),
    filtered AS (
      SELECT m.* ${comma(preGroups.map((g) => g.columns))}
      FROM members m CROSS JOIN weeks w
      ${join(preGroups.map((g) => g.joins), "\n")}
      WHERE true ${bandSql(q.band, Prisma.sql`c.total`)}
    ),
    page AS (SELECT * FROM filtered f ${orderBySql(q.sort, q.dir, "f")} ${limit} ${offset})
    SELECT cnt.*, p.* ${comma(postGroups.map((g) => g.columns))}
    FROM (SELECT count(*)::int AS matching, (SELECT w1 FROM weeks) AS "currentWeek", (SELECT w2 FROM weeks) AS "previousWeek" FROM filtered) cnt
    LEFT JOIN page p ON true
    CROSS JOIN weeks w
    ${join(postGroups.map((g) => g.joins), "\n")}
    ${orderBySql(q.sort, q.dir, "p")}`;
}

/**
 * Whether the per-rep probes run for every matching rep (export, or a sort on an expensive
 * column). Their estimated cost crosses PostgreSQL's JIT threshold, and compiling the plan costs
 * ~100 ms more than it saves on a few thousand index probes: such queries run with JIT off.
 */
export function isHeavy(q: RepTableQuery): boolean {
  const pre = groupsBeforeSort(q);
  return q.limit === null || pre.has("activity") || pre.has("forecast");
}

/** Runs the table query; `rows` excludes the filler row of an empty page. */
export async function queryRepTable(
  db: Db,
  q: RepTableQuery,
): Promise<{ matching: number; currentWeek: string | null; previousWeek: string | null; rows: (RepTableSqlRow & { id: string })[] }> {
  const sql = repTableSql(q);
  const result = isHeavy(q)
    ? await db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL jit = off`;
        return tx.$queryRaw<RepTableSqlRow[]>(sql);
      })
    : await db.$queryRaw<RepTableSqlRow[]>(sql);
  const first = result[0];
  return {
    matching: first?.matching ?? 0,
    currentWeek: first?.currentWeek ?? null,
    previousWeek: first?.previousWeek ?? null,
    rows: result.filter((r): r is RepTableSqlRow & { id: string } => r.id !== null),
  };
}
