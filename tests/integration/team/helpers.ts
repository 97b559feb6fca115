// Test data for the team view: current scores and snapshots written directly (the team view reads
// stored scores; how they are computed is tested elsewhere), and a 2,000-rep organisation built
// in a few set-based INSERTs.
import { TRPCError } from "@trpc/server";
import { db } from "~/server/db";
import { addIsoWeeks } from "~/domain/goals/forecast";
import { lastCompletedWeek } from "~/domain/time/iso-week";
import { createOrg } from "../../factories";

export const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));

/** The organisation's latest snapshot week in these tests, and the weeks before it. */
export const W1 = lastCompletedWeek(new Date(), "UTC");
export const week = (back: number) => addIsoWeeks(W1, -back);

export interface Pillars {
  brand: number;
  findPeople: number;
  engage: number;
  relationships: number;
}

/** Splits a total into four pillars that add up to it (to the cent). */
export function pillarsFor(total: number): Pillars {
  const q = Math.round((total / 4) * 100) / 100;
  const last = Math.round((total - 3 * q) * 100) / 100;
  return { brand: q, findPeople: q, engage: q, relationships: last };
}

export async function setCurrent(rep: { id: string; organizationId: string }, total: number, pillars: Pillars = pillarsFor(total)) {
  await db.scoreCurrent.upsert({
    where: { repId: rep.id },
    create: { repId: rep.id, organizationId: rep.organizationId, total, ...pillars, breakdown: [], actions: [], modelVersion: "v1.0.0", asOf: new Date() },
    update: { total, ...pillars },
  });
}

/** Snapshot rows: `totals[0]` is the latest week (W1), `totals[1]` the week before, … (null: no row). */
export async function setSnapshots(
  rep: { id: string; organizationId: string },
  totals: (number | null)[],
  opts: { teamId?: string | null; industryRankPct?: number | null } = {},
) {
  for (const [back, total] of totals.entries()) {
    if (total === null) continue;
    const isoWeek = week(back);
    await db.weeklySnapshot.upsert({
      where: { repId_isoWeek: { repId: rep.id, isoWeek } },
      create: {
        organizationId: rep.organizationId,
        repId: rep.id,
        isoWeek,
        weekStart: new Date(`${isoWeekMonday(isoWeek)}T00:00:00Z`),
        total,
        ...pillarsFor(total),
        breakdown: { v: 1, s: [] },
        teamId: opts.teamId ?? null,
        industryRankPct: back === 0 ? (opts.industryRankPct ?? null) : null,
        industryRankSource: back === 0 && opts.industryRankPct != null ? "REFERENCE" : null,
        modelVersion: "v1.0.0",
      },
      update: { total },
    });
  }
}

function isoWeekMonday(isoWeek: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(isoWeek)!;
  const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
  const monday1 = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  return new Date(monday1.getTime() + (Number(m[2]) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

export const BULK_REPS = 2_000;
export const BULK_TEAMS = 20;
/** Snapshot weeks of the bulk organisation (W1 back to W1 − 5). */
export const BULK_WEEKS = 6;

/**
 * 2,000 reps in 20 teams, in set-based INSERTs (about a second): current scores (every 50th rep has
 * none), two to six weekly snapshots per rep with a per-rep trend, a few personal and team goals,
 * one activity for every other rep, duplicate and lower-case names to exercise tie-breaks.
 */
export async function createBulkOrg() {
  const { org, owner } = await createOrg({ name: "Bulk 2000" });
  const p = `b${org.id.slice(-6)}`;
  const weeks = Array.from({ length: BULK_WEEKS }, (_, i) => week(i));
  await db.$executeRaw`
    INSERT INTO "User" (id, email, name, "createdAt", "updatedAt")
    SELECT ${p} || 'u' || r, ${p} || '-' || r || '@bulk.example', 'Bulk ' || r, now(), now() FROM generate_series(1, ${BULK_REPS}) r`;
  await db.$executeRaw`
    INSERT INTO "Membership" (id, "organizationId", "userId", role, "createdAt", "updatedAt")
    SELECT ${p} || 'm' || r, ${org.id}, ${p} || 'u' || r, 'REP', now(), now() FROM generate_series(1, ${BULK_REPS}) r`;
  await db.$executeRaw`
    INSERT INTO "RepProfile" (id, "organizationId", "userId", "displayName", "createdAt", "updatedAt")
    SELECT ${p} || 'r' || r, ${org.id}, ${p} || 'u' || r,
      CASE WHEN r % 7 = 0 THEN 'rep ' ELSE 'Rep ' END || lpad((r % 1500)::text, 4, '0'), now(), now()
    FROM generate_series(1, ${BULK_REPS}) r`;
  await db.$executeRaw`
    INSERT INTO "Team" (id, "organizationId", name, "createdAt", "updatedAt")
    SELECT ${p} || 't' || t, ${org.id}, 'Team ' || lpad(t::text, 2, '0'), now(), now() FROM generate_series(1, ${BULK_TEAMS}) t`;
  await db.$executeRaw`
    INSERT INTO "TeamMember" (id, "organizationId", "teamId", "userId", role, "createdAt")
    SELECT ${p} || 'tm' || r, ${org.id}, ${p} || 't' || (1 + r % ${BULK_TEAMS}), ${p} || 'u' || r, 'MEMBER', now() FROM generate_series(1, ${BULK_REPS}) r`;
  // Pillars from a hash of the rep number: spread over the whole 0..25 range.
  await db.$executeRaw`
    INSERT INTO "ScoreCurrent" ("repId", "organizationId", total, brand, "findPeople", engage, relationships, breakdown, actions, "modelVersion", "asOf", "computedAt")
    SELECT ${p} || 'r' || r, ${org.id}, b + f + e + rel, b, f, e, rel, '[]', '[]', 'v1.0.0', now(), now()
    FROM generate_series(1, ${BULK_REPS}) r
    CROSS JOIN LATERAL (SELECT
      round(((abs(hashtext(r || 'b')) % 2501) / 100.0)::numeric, 2)::float8 AS b,
      round(((abs(hashtext(r || 'f')) % 2501) / 100.0)::numeric, 2)::float8 AS f,
      round(((abs(hashtext(r || 'e')) % 2501) / 100.0)::numeric, 2)::float8 AS e,
      round(((abs(hashtext(r || 'l')) % 2501) / 100.0)::numeric, 2)::float8 AS rel) x
    WHERE r % 50 <> 0`;
  // Snapshots: k weeks back for k < depth (depth 2..6 by rep), total = base + slope × (weeks from the oldest) ± noise.
  await db.$executeRaw`
    INSERT INTO "WeeklySnapshot" ("organizationId", "repId", "isoWeek", "weekStart", total, brand, "findPeople", engage, relationships,
      breakdown, "industryRankPct", "industryRankSource", "teamId", "modelVersion", "computedAt")
    SELECT ${org.id}, ${p} || 'r' || r, (${weeks}::text[])[k + 1], to_date((${weeks}::text[])[k + 1] || '-1', 'IYYY-"W"IW-ID'),
      t, t / 4, t / 4, t / 4, t - 3 * (t / 4), '{"v":1,"s":[]}'::jsonb,
      CASE WHEN k = 0 AND r % 9 <> 0 THEN (abs(hashtext(r || 'i')) % 10001) / 100.0 END,
      CASE WHEN k = 0 AND r % 9 <> 0 THEN 'REFERENCE'::"RankSource" END,
      ${p} || 't' || (1 + r % ${BULK_TEAMS}), 'v1.0.0', now()
    FROM generate_series(1, ${BULK_REPS}) r
    CROSS JOIN generate_series(0, ${BULK_WEEKS - 1}) k
    CROSS JOIN LATERAL (SELECT round(greatest(0, least(100,
      20 + (abs(hashtext(r || 'base')) % 6000) / 100.0
      + ((abs(hashtext(r || 'slope')) % 700) / 100.0 - 2.5) * (${BULK_WEEKS} - k)
      + (abs(hashtext(r || ':' || k)) % 300) / 100.0))::numeric, 2)::float8 AS t) x
    WHERE k < 2 + r % 5 AND r % 97 <> 0 OR (k = 0 AND r % 97 = 0)`;
  // Goals: a personal goal for every 11th rep (some with a due date), a team goal for team 3.
  await db.$executeRaw`
    INSERT INTO "Goal" (id, "organizationId", "repId", target, "dueDate", "createdAt", "updatedAt")
    SELECT ${p} || 'g' || r, ${org.id}, ${p} || 'r' || r, 40 + r % 50,
      CASE WHEN r % 2 = 0 THEN (current_date + (r % 200) * interval '1 day')::date END, now(), now()
    FROM generate_series(1, ${BULK_REPS}) r WHERE r % 11 = 0`;
  await db.$executeRaw`
    INSERT INTO "Goal" (id, "organizationId", "teamId", target, "dueDate", "createdAt", "updatedAt")
    VALUES (${p} || 'gt3', ${org.id}, ${p} || 't3', 80, current_date + 60, now(), now())`;
  await db.$executeRaw`
    INSERT INTO "Activity" ("organizationId", "repId", kind, "occurredAt", source, "externalId", quantity)
    SELECT ${org.id}, ${p} || 'r' || r, (CASE WHEN r % 4 = 0 THEN 'COMMENT' ELSE 'SEARCH' END)::"ActivityKind",
      now() - ((abs(hashtext(r || 'a')) % 100000) || ' minutes')::interval, 'SEED', ${p} || 'a' || r, 1
    FROM generate_series(1, ${BULK_REPS}) r WHERE r % 2 = 0`;
  // What autovacuum does after a bulk load (it is off on some machines): statistics for the planner.
  await db.$executeRaw`ANALYZE "User", "Membership", "RepProfile", "Team", "TeamMember", "ScoreCurrent", "WeeklySnapshot", "Goal", "Activity"`;
  const teams = Array.from({ length: BULK_TEAMS }, (_, i) => `${p}t${i + 1}`);
  return { org, owner, prefix: p, teams, weeks };
}
