import { Prisma } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { forecastGoal } from "~/domain/goals/forecast";
import { bandOf } from "~/domain/team-view/bands";
import { normalizeParams, type SortKey } from "~/domain/team-view/params";
import { queryRepTable } from "~/server/services/team-view/rep-table-sql";
import { callerFor } from "../../factories/caller";
import { addMember } from "../../factories";
import { BULK_REPS, createBulkOrg } from "./helpers";

// Server-side sorting and pagination on a 2,000-rep organisation, checked against a direct,
// independently written SQL query (no CTEs, no DISTINCT ON) for the same page.

let bulk: Awaited<ReturnType<typeof createBulkOrg>>;
let managerUserId: string;

beforeAll(async () => {
  bulk = await createBulkOrg();
  // A manager of teams 1 and 2 (MANAGER rows in TeamMember).
  const m = await addMember(bulk.org.id, "MANAGER", { teamId: bulk.teams[0] });
  await db.teamMember.create({ data: { organizationId: bulk.org.id, teamId: bulk.teams[1]!, userId: m.user.id, role: "MANAGER" } });
  managerUserId = m.user.id;
}, 120_000);

const EXPR: Partial<Record<SortKey, string>> = {
  name: `lower(r."displayName")`,
  team: `lower(t.name)`,
  total: `c.total`,
  change: `s1.total - s2.total`,
  brand: `c.brand`,
  findPeople: `c."findPeople"`,
  engage: `c.engage`,
  relationships: `c.relationships`,
  industryRank: `s1."industryRankPct"`,
  lastActivity: `(SELECT max(a."occurredAt") FROM "Activity" a WHERE a."repId" = r.id)`,
};

/** The page a correct implementation must return, by a plain query. */
async function directPage(opts: { teams: string[]; sort: SortKey; dir: "asc" | "desc"; limit: number; offset: number; where?: string }) {
  const expr = EXPR[opts.sort]!;
  const sql = `
    SELECT r.id, count(*) OVER ()::int AS n FROM "RepProfile" r
    JOIN "TeamMember" tm ON tm."userId" = r."userId" AND tm."organizationId" = r."organizationId" AND tm.role = 'MEMBER'
    JOIN "Team" t ON t.id = tm."teamId"
    LEFT JOIN "ScoreCurrent" c ON c."repId" = r.id
    LEFT JOIN "WeeklySnapshot" s1 ON s1."repId" = r.id AND s1."isoWeek" = $2
    LEFT JOIN "WeeklySnapshot" s2 ON s2."repId" = r.id AND s2."isoWeek" = $3
    WHERE r."organizationId" = $1 AND tm."teamId" = ANY($4::text[]) ${opts.where ?? ""}
    ORDER BY ${expr} ${opts.dir} NULLS LAST, lower(r."displayName"), r.id
    LIMIT ${opts.limit} OFFSET ${opts.offset}`;
  return db.$queryRawUnsafe<{ id: string; n: number }[]>(sql, bulk.org.id, bulk.weeks[0], bulk.weeks[1], opts.teams);
}

describe("rep table on 2,000 reps", () => {
  it("returns the same pages as a direct SQL query, for every sort and both directions", async () => {
    const owner = callerFor(bulk.owner.id);
    let checked = 0;
    for (const sort of Object.keys(EXPR) as SortKey[]) {
      for (const dir of ["asc", "desc"] as const) {
        for (const [page, pageSize] of [[1, 25], [7, 50], [20, 100]] as const) {
          const got = await owner.team.reps({ orgSlug: bulk.org.slug, sort, dir, page, pageSize });
          const want = await directPage({ teams: bulk.teams, sort, dir, limit: pageSize, offset: (page - 1) * pageSize });
          expect(got.matching, `${sort} ${dir}`).toBe(BULK_REPS);
          expect(got.rows.map((r) => r.id), `${sort} ${dir} page ${page}`).toEqual(want.map((w) => w.id));
          checked++;
        }
      }
    }
    expect(checked).toBe(Object.keys(EXPR).length * 2 * 3);
  });

  it("pages cover every rep exactly once", async () => {
    const owner = callerFor(bulk.owner.id);
    const seen: string[] = [];
    for (let page = 1; page <= 20; page++) {
      const got = await owner.team.reps({ orgSlug: bulk.org.slug, sort: "change", dir: "desc", page, pageSize: 100 });
      seen.push(...got.rows.map((r) => r.id));
      expect(got.pageCount).toBe(20);
    }
    expect(new Set(seen).size).toBe(BULK_REPS);
    // Past the end: the last page, not an empty one.
    const past = await owner.team.reps({ orgSlug: bulk.org.slug, page: 999, pageSize: 100 });
    expect(past.page).toBe(20);
    expect(past.rows).toHaveLength(100);
  });

  it("filters by team, band and name on the server, and a manager only gets their two teams", async () => {
    const manager = callerFor(managerUserId);
    const mine = bulk.teams.slice(0, 2);
    const all = await manager.team.reps({ orgSlug: bulk.org.slug, sort: "total", dir: "desc", pageSize: 100, page: 2 });
    const want = await directPage({ teams: mine, sort: "total", dir: "desc", limit: 100, offset: 100 });
    expect(all.matching).toBe(200);
    expect(all.rows.map((r) => r.id)).toEqual(want.map((w) => w.id));
    expect(new Set(all.rows.map((r) => r.team.id))).toEqual(new Set(mine));

    const band = await manager.team.reps({ orgSlug: bulk.org.slug, band: "50to70", sort: "name", pageSize: 100 });
    const bandWant = await directPage({
      teams: mine,
      sort: "name",
      dir: "asc",
      limit: 100,
      offset: 0,
      where: `AND round(c.total::numeric, 1) >= 50 AND round(c.total::numeric, 1) < 70`,
    });
    expect(band.rows.map((r) => r.id)).toEqual(bandWant.map((w) => w.id));
    expect(band.matching).toBe(bandWant[0]?.n);
    for (const r of band.rows) expect(bandOf(r.total)).toBe("50to70");

    const search = await manager.team.reps({ orgSlug: bulk.org.slug, search: "REP 014", teamId: mine[1], sort: "name", pageSize: 100 });
    const searchWant = await directPage({ teams: [mine[1]!], sort: "name", dir: "asc", limit: 100, offset: 0, where: `AND r."displayName" ILIKE '%rep 014%'` });
    expect(search.rows.map((r) => r.id)).toEqual(searchWant.map((w) => w.id));
    expect(search.rows.length).toBeGreaterThan(0);
    // LIKE wildcards in a search are literal characters.
    expect((await manager.team.reps({ orgSlug: bulk.org.slug, search: "%" })).matching).toBe(0);
    expect((await manager.team.reps({ orgSlug: bulk.org.slug, search: "Rep_0" })).matching).toBe(0);
  });

  it("computes goal status as the rep dashboard's forecast does, and sorts by it", async () => {
    const { rows } = await queryRepTable(db, {
      organizationId: bulk.org.id,
      teamIds: bulk.teams,
      sort: "goalStatus",
      dir: "asc",
      limit: null,
      offset: 0,
    });
    expect(rows).toHaveLength(BULK_REPS);
    const snaps = await db.weeklySnapshot.findMany({
      where: { organizationId: bulk.org.id },
      select: { repId: true, isoWeek: true, total: true },
    });
    const byRep = new Map<string, { isoWeek: string; total: number }[]>();
    for (const s of snaps) byRep.set(s.repId, [...(byRep.get(s.repId) ?? []), s]);
    const statuses = new Map<string, number>();
    for (const row of rows) statuses.set(row.goalStatus, (statuses.get(row.goalStatus) ?? 0) + 1);
    // The reference (date-fns week arithmetic) is slow: every third rep, ~670 of them, is plenty.
    for (const row of rows.filter((_, i) => i % 3 === 0)) {
      const weekly = (byRep.get(row.id) ?? []).sort((a, b) => (a.isoWeek < b.isoWeek ? -1 : 1)).slice(-12);
      const expected = forecastGoal({ weekly, target: row.target, ...(row.dueDate ? { dueDate: row.dueDate } : {}) });
      expect(row.goalStatus, `${row.displayName} ${JSON.stringify(weekly)} target ${row.target}`).toBe(expected.status);
      if (weekly.length >= 2) expect(row.weeklyTrend!).toBeCloseTo(expected.weeklyTrend, 1);
    }
    // The generated data reaches every status, so the comparison above covers each branch.
    expect([...statuses.keys()].sort()).toEqual(["at-risk", "not-enough-history", "on-track", "reached"]);
    const order = ["at-risk", "not-enough-history", "on-track", "reached"];
    const ranks = rows.map((r) => order.indexOf(r.goalStatus));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Goal targets: personal, else team 3's, else the organisation's 70.
    const sources = new Set(rows.map((r) => r.goalSource));
    expect(sources).toEqual(new Set(["personal", "team", "organization"]));
  });

  it("the page's columns match the stored rows", async () => {
    const got = await callerFor(bulk.owner.id).team.reps({ orgSlug: bulk.org.slug, sort: "lastActivity", dir: "desc", pageSize: 50 });
    expect(got.weeks).toEqual({ current: bulk.weeks[0], previous: bulk.weeks[1] });
    const ids = got.rows.map((r) => r.id);
    const facts = await db.$queryRaw<{ id: string; total: number | null; w1: number | null; w2: number | null; last: Date | null }[]>`
      SELECT r.id, c.total, s1.total AS w1, s2.total AS w2, (SELECT max(a."occurredAt") FROM "Activity" a WHERE a."repId" = r.id) AS last
      FROM "RepProfile" r LEFT JOIN "ScoreCurrent" c ON c."repId" = r.id
      LEFT JOIN "WeeklySnapshot" s1 ON s1."repId" = r.id AND s1."isoWeek" = ${bulk.weeks[0]}
      LEFT JOIN "WeeklySnapshot" s2 ON s2."repId" = r.id AND s2."isoWeek" = ${bulk.weeks[1]}
      WHERE r.id IN (${Prisma.join(ids)})`;
    const byId = new Map(facts.map((f) => [f.id, f]));
    for (const row of got.rows) {
      const f = byId.get(row.id)!;
      expect(row.total).toBe(f.total);
      expect(row.change).toBe(f.w1 !== null && f.w2 !== null ? f.w1 - f.w2 : null);
      expect(row.lastActivityAt?.getTime() ?? null).toBe(f.last?.getTime() ?? null);
    }
    expect(normalizeParams({ sort: "lastActivity" }).dir).toBe("desc");
  });
});
