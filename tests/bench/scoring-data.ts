// Generates the scoring benchmark organisation in SQL (server-side, ~3 million activity rows):
// 2,000 reps in 20 teams, 26 weeks of activity each, with realistic kinds, counterparts and threads.
import type { Db } from "~/server/db";

export const BENCH_ORG_SLUG = "bench-2000";
export const BENCH_REPS = 2_000;
export const ROWS_PER_REP = 1_500;

// Kind weights (per 1000) roughly as in real exports and the demo seed.
const KIND_WEIGHTS: [string, number][] = [
  ["REACTION", 170], ["MESSAGE_SENT", 140], ["CONNECTION_ADDED", 120], ["PROFILE_VIEW", 110], ["INVITATION_SENT", 100],
  ["SEARCH", 80], ["MESSAGE_RECEIVED", 80], ["COMMENT", 60], ["INVITATION_RECEIVED", 40], ["POST_PUBLISHED", 20],
  ["REPOST", 20], ["ENGAGEMENT_RECEIVED", 20], ["ENDORSEMENT_RECEIVED", 15], ["MEDIA_UPLOADED", 5], ["POLL_VOTE", 5],
  ["GROUP_POST", 5], ["COMPANY_FOLLOWED", 3], ["ARTICLE_PUBLISHED", 1], ["RECOMMENDATION_RECEIVED", 1],
];

export async function benchOrgReady(db: Db): Promise<{ id: string; rows: number } | null> {
  const org = await db.organization.findUnique({ where: { slug: BENCH_ORG_SLUG }, select: { id: true } });
  if (!org) return null;
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM "Activity" WHERE "organizationId" = ${org.id}`;
  const n = row?.n ?? 0;
  return n >= BENCH_REPS * ROWS_PER_REP ? { id: org.id, rows: n } : null;
}

export async function generateBenchOrg(db: Db, log: (m: string) => void): Promise<{ id: string; rows: number }> {
  await db.organization.deleteMany({ where: { slug: BENCH_ORG_SLUG } });
  await db.user.deleteMany({ where: { email: { endsWith: "@bench.example" } } });
  const org = await db.organization.create({
    data: { slug: BENCH_ORG_SLUG, name: "Bench 2000", industry: "software", timezone: "Europe/Berlin", icpTitles: ["VP", "Director", "Head of"] },
  });
  const started = Date.now();
  await db.$executeRaw`
    INSERT INTO "User" (id, email, name, "createdAt", "updatedAt")
    SELECT 'bu' || r, 'rep' || r || '@bench.example', 'Bench Rep ' || lpad(r::text, 4, '0'), now(), now() FROM generate_series(1, ${BENCH_REPS}) r`;
  await db.$executeRaw`
    INSERT INTO "Membership" (id, "organizationId", "userId", role, "createdAt", "updatedAt")
    SELECT 'bm' || r, ${org.id}, 'bu' || r, 'REP', now(), now() FROM generate_series(1, ${BENCH_REPS}) r`;
  await db.$executeRaw`
    INSERT INTO "RepProfile" (id, "organizationId", "userId", "displayName", headline, "summaryLength", "hasPhoto", "currentPositions",
      "pastPositions", "educationCount", "skillsCount", "connectionCount", "dataSources", "createdAt", "updatedAt")
    SELECT 'br' || r, ${org.id}, 'bu' || r, 'Bench Rep ' || lpad(r::text, 4, '0'), 'Account Executive', (r * 37) % 900, r % 5 <> 0, 1,
      r % 5, r % 3, (r * 7) % 30, 100 + (r * 13) % 900,
      '{"profile":true,"content":true,"searches":true,"profileViews":true,"invitations":true,"connections":true,"messages":true,"endorsements":true,"recommendations":true,"follows":true,"groups":true,"engagementReceived":true}'::jsonb,
      now(), now()
    FROM generate_series(1, ${BENCH_REPS}) r`;
  await db.$executeRaw`
    INSERT INTO "Team" (id, "organizationId", name, "createdAt", "updatedAt")
    SELECT 'bt' || t, ${org.id}, 'Team ' || t, now(), now() FROM generate_series(1, 20) t`;
  await db.$executeRaw`
    INSERT INTO "TeamMember" (id, "organizationId", "teamId", "userId", role, "createdAt")
    SELECT 'btm' || r, ${org.id}, 'bt' || (1 + r % 20), 'bu' || r, 'MEMBER', now() FROM generate_series(1, ${BENCH_REPS}) r`;
  log(`  people and teams in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const kinds = KIND_WEIGHTS.flatMap(([k, w]) => Array<string>(w).fill(k));
  const titles = ["VP Sales", "Director of IT", "Head of Procurement", "CFO", "Founder", "Engineer", "Analyst", "Consultant", "Buyer", "Recruiter"];
  const formats = ["post", "post", "image", "video", "document", "poll"];
  // One statement per 200 reps keeps each transaction (and its WAL) moderate.
  for (let from = 1; from <= BENCH_REPS; from += 200) {
    const to = Math.min(BENCH_REPS, from + 199);
    await db.$executeRaw`
      INSERT INTO "Activity" ("organizationId", "repId", kind, "occurredAt", source, "externalId", quantity, counterpart, "counterpartTitle", thread, format)
      SELECT ${org.id}, 'br' || r, k::"ActivityKind", now() - (((h >> 8) % 15724800) || ' seconds')::interval, 'SEED', r || '-' || i, 1,
        CASE WHEN k IN ('CONNECTION_ADDED', 'INVITATION_SENT', 'MESSAGE_SENT', 'MESSAGE_RECEIVED') THEN 'p' || r || '-' || ((h >> 3) % 400) END,
        CASE WHEN k = 'CONNECTION_ADDED' THEN (${titles}::text[])[1 + (h >> 5) % 10] END,
        CASE WHEN k IN ('MESSAGE_SENT', 'MESSAGE_RECEIVED') THEN 'c' || r || '-' || ((h >> 4) % 300) END,
        CASE WHEN k IN ('POST_PUBLISHED', 'MEDIA_UPLOADED') THEN (${formats}::text[])[1 + (h >> 6) % 6] END
      FROM generate_series(${from}::int, ${to}::int) r
      CROSS JOIN generate_series(1, ${ROWS_PER_REP}) i
      CROSS JOIN LATERAL (SELECT abs(hashtext(r || ':' || i))::bigint AS h) hh
      CROSS JOIN LATERAL (SELECT (${kinds}::text[])[1 + (hh.h % ${kinds.length})::int] AS k) kk`;
    log(`  activity for reps ${from}–${to} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await db.$executeRaw`VACUUM ANALYZE "Activity"`.catch(async () => db.$executeRaw`ANALYZE "Activity"`);
  const ready = await benchOrgReady(db);
  if (!ready) throw new Error("bench data generation did not produce the expected rows");
  return ready;
}
