// Issue 6 benchmark: the team table's first page for the 2,000-rep organisation under 50 concurrent
// requests, through the product's stack, next to a hand-written SQL query for the same page of
// rows (node-postgres, same pool size) measured in the same run, in alternating rounds.
//
// Stack: the tRPC caller (orgProcedure membership check, team scope, the one-statement table
// query through Prisma, row shaping). When a production build exists (NEXT_DIST_DIR or .next, or
// TEAM_BENCH_DIST), also the real HTTP stack: `next start` on a free port against the bench
// database, GET /api/trpc/team.reps with a session cookie.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { encode } from "next-auth/jwt";
import pg from "pg";
import type { Db } from "~/server/db";
import { previousWeek, lastCompletedWeek, type IsoWeek } from "~/domain/time/iso-week";
import { BENCH_DATABASE_URL, ms, percentile } from "./bench-db";
import { BENCH_ORG_SLUG, BENCH_REPS, benchOrgReady, generateBenchOrg } from "./scoring-data";

const CONCURRENCY = 50;
const ROUNDS = 12;
const WARMUP_ROUNDS = 2;
const TARGET_P95_MS = 50;
const TARGET_RATIO = 2;
const ADMIN_EMAIL = "team-bench-admin@bench.example";
const BENCH_SECRET = "team-bench-secret-0123456789abcdef0123456789";

/** The hand-written query: the default view (every team, total high→low, first 25) with the same columns. */
const RAW_SQL = `
  WITH w AS (
    SELECT l.w AS w1, (SELECT max("isoWeek") FROM "WeeklySnapshot" WHERE "organizationId" = $1 AND "isoWeek" < l.w) AS w2
    FROM (SELECT max("isoWeek") AS w FROM "WeeklySnapshot" WHERE "organizationId" = $1) l
  ), page AS (
    SELECT r.id, r."displayName", r."jobTitle", tm."teamId", t.name AS "teamName",
           c.total, c.brand, c."findPeople", c.engage, c.relationships, count(*) OVER () AS matching
    FROM "RepProfile" r
    JOIN "TeamMember" tm ON tm."userId" = r."userId" AND tm."organizationId" = r."organizationId" AND tm.role = 'MEMBER'
    JOIN "Team" t ON t.id = tm."teamId"
    LEFT JOIN "ScoreCurrent" c ON c."repId" = r.id
    WHERE r."organizationId" = $1 AND r."archivedAt" IS NULL
    ORDER BY c.total DESC NULLS LAST, lower(r."displayName"), r.id
    LIMIT 25
  )
  SELECT p.*, s1.total - s2.total AS change, s1."industryRankPct", COALESCE(gp.target, gt.target, o."goalTarget") AS target,
         CASE WHEN gp.id IS NOT NULL THEN gp."dueDate" ELSE gt."dueDate" END AS "dueDate", g.n, g.slope, g.last,
         (SELECT max(x.m) FROM unnest(enum_range(NULL::"ActivityKind")) k(kind),
            LATERAL (SELECT max(a."occurredAt") AS m FROM "Activity" a WHERE a."repId" = p.id AND a.kind = k.kind) x) AS "lastActivityAt"
  FROM page p CROSS JOIN w
  JOIN "Organization" o ON o.id = $1
  LEFT JOIN "WeeklySnapshot" s1 ON s1."repId" = p.id AND s1."isoWeek" = w.w1
  LEFT JOIN "WeeklySnapshot" s2 ON s2."repId" = p.id AND s2."isoWeek" = w.w2
  LEFT JOIN "Goal" gp ON gp."repId" = p.id
  LEFT JOIN "Goal" gt ON gt."teamId" = p."teamId"
  LEFT JOIN LATERAL (
    SELECT count(*) AS n, max(total) FILTER (WHERE rn = 1) AS last,
           regr_slope(total, (to_date("isoWeek" || '-1', 'IYYY-"W"IW-ID') - DATE '2000-01-03') / 7) FILTER (WHERE rn <= 8) AS slope
    FROM (SELECT total, "isoWeek", row_number() OVER (ORDER BY "isoWeek" DESC) AS rn
          FROM "WeeklySnapshot" WHERE "repId" = p.id ORDER BY "isoWeek" DESC LIMIT 12) h
  ) g ON true
  ORDER BY p.total DESC NULLS LAST, lower(p."displayName"), p.id`;

/** Rounds of A and B alternate, so both see the same load on this shared machine. */
async function alternate(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  const la: number[] = [];
  const lb: number[] = [];
  const round = async (call: () => Promise<unknown>, into: number[], keep: boolean) => {
    const times = await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const t = performance.now();
        await call();
        return performance.now() - t;
      }),
    );
    if (keep) into.push(...times);
  };
  for (let i = 0; i < WARMUP_ROUNDS + ROUNDS; i++) {
    await round(a, la, i >= WARMUP_ROUNDS);
    await round(b, lb, i >= WARMUP_ROUNDS);
  }
  return [la, lb];
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] ?? NaN, n: s.length };
};

/** Current scores for every rep and two snapshot weeks, made by the product's own services (once). */
async function ensureTeamData(db: Db, orgId: string, log: (m: string) => void): Promise<void> {
  const scored = await db.scoreCurrent.count({ where: { organizationId: orgId } });
  if (scored < BENCH_REPS) {
    log(`  computing current scores for ${BENCH_REPS} reps (once)…`);
    const { recomputeOrgScores } = await import("~/server/services/scores/recompute-rep");
    await recomputeOrgScores(db, { organizationId: orgId });
  }
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { timezone: true } });
  const w1 = lastCompletedWeek(new Date(), org.timezone);
  const { takeWeeklySnapshot } = await import("~/server/services/snapshots/take-weekly-snapshot");
  for (const week of [previousWeek(w1, org.timezone), w1] as IsoWeek[]) {
    const rows = await db.weeklySnapshot.count({ where: { organizationId: orgId, isoWeek: week } });
    if (rows < BENCH_REPS) {
      log(`  weekly snapshot ${week} (once)…`);
      await takeWeeklySnapshot(db, { organizationId: orgId, isoWeek: week });
    }
  }
  // What autovacuum would have done after the bulk load (it is off on some machines).
  await db.$executeRaw`ANALYZE "RepProfile", "TeamMember", "Team", "Membership", "ScoreCurrent", "WeeklySnapshot", "Goal"`;
}

async function ensureAdmin(db: Db, orgId: string): Promise<string> {
  const user = await db.user.upsert({ where: { email: ADMIN_EMAIL }, create: { email: ADMIN_EMAIL, name: "Team Bench Admin" }, update: {} });
  await db.membership.upsert({
    where: { organizationId_userId: { organizationId: orgId, userId: user.id } },
    create: { organizationId: orgId, userId: user.id, role: "ADMIN" },
    update: { role: "ADMIN" },
  });
  return user.id;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const addr = s.address();
      s.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

async function startApp(distDir: string, log: (m: string) => void): Promise<{ url: string; child: ChildProcess } | null> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: BENCH_DATABASE_URL,
      AUTH_SECRET: BENCH_SECRET,
      APP_URL: url,
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { url, child };
    await new Promise((r) => setTimeout(r, 500));
  }
  log(`  could not start the built app from ${distDir}:\n${output.slice(-2000)}`);
  child.kill("SIGTERM");
  return null;
}

export async function teamBench(db: Db, log: (m: string) => void) {
  let org = await benchOrgReady(db);
  if (!org) {
    log("Generating the 2,000-rep benchmark organisation (once; kept in the bench database)…");
    org = await generateBenchOrg(db, log);
  }
  await ensureTeamData(db, org.id, log);
  const adminId = await ensureAdmin(db, org.id);
  log(`Team table benchmark: ${BENCH_REPS} reps in 20 teams, first page (25 rows, total high→low), ${CONCURRENCY} concurrent requests × ${ROUNDS} rounds`);

  const { createCaller } = await import("~/server/api/root");
  const { createTRPCContext } = await import("~/server/api/trpc");
  const { logger } = await import("~/server/logger");
  const { env } = await import("~/env");
  const caller = () => createCaller(createTRPCContext({ userId: adminId, headers: new Headers(), log: logger, requestId: "bench" }));
  const service = () => caller().team.reps({ orgSlug: BENCH_ORG_SLUG });
  const pool = new pg.Pool({ connectionString: BENCH_DATABASE_URL, max: env.DATABASE_POOL_MAX });
  const raw = () => pool.query(RAW_SQL, [org!.id]);

  try {
    // Same rows, same order: the comparison is like for like.
    const [s, r] = await Promise.all([service(), raw()]);
    const same = JSON.stringify(s.rows.map((x) => x.id)) === JSON.stringify(r.rows.map((x: { id: string }) => x.id));
    if (!same) throw new Error("the service and the raw query disagree on the first page");
    log(`  same page from both (first: ${s.rows[0]?.name}, ${s.matching} matching)`);

    const [rawLat, svcLat] = await alternate(raw, service);
    const rawS = stats(rawLat);
    const svcS = stats(svcLat);
    const ratio = svcS.p95 / rawS.p95;
    const met = (p95: number, r: number) => (p95 <= TARGET_P95_MS && r <= TARGET_RATIO ? "MET" : "NOT MET");
    log(`  raw SQL (node-postgres, pool ${env.DATABASE_POOL_MAX})   p50 ${ms(rawS.p50)}  p95 ${ms(rawS.p95)}  max ${ms(rawS.max)}`);
    log(`  tRPC caller → service → Prisma    p50 ${ms(svcS.p50)}  p95 ${ms(svcS.p95)}  max ${ms(svcS.max)}   p95 ratio ${ratio.toFixed(2)}× raw   target ≤ ${TARGET_P95_MS} ms and ≤ ${TARGET_RATIO}×: ${met(svcS.p95, ratio)}`);
    const result: Record<string, unknown> = { concurrency: CONCURRENCY, rounds: ROUNDS, raw: rawS, caller: { ...svcS, ratio } };

    const dist = process.env.TEAM_BENCH_DIST ?? process.env.NEXT_DIST_DIR ?? ".next";
    if (existsSync(`${dist}/BUILD_ID`)) {
      log(`  starting the built app (${dist}) for the HTTP stack…`);
      const app = await startApp(dist, log);
      if (app) {
        try {
          const token = await encode({ token: { sub: adminId }, secret: BENCH_SECRET });
          const input = encodeURIComponent(JSON.stringify({ json: { orgSlug: BENCH_ORG_SLUG } }));
          const url = `${app.url}/api/trpc/team.reps?input=${input}`;
          const http = async () => {
            const res = await fetch(url, { headers: { cookie: `next-auth.session-token=${token}` } });
            if (!res.ok) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
            return res.json();
          };
          await http();
          const [rawH, httpLat] = await alternate(raw, http);
          const rawHs = stats(rawH);
          const httpS = stats(httpLat);
          const httpRatio = httpS.p95 / rawHs.p95;
          log(`  raw SQL (same run)                p50 ${ms(rawHs.p50)}  p95 ${ms(rawHs.p95)}`);
          log(`  HTTP GET /api/trpc/team.reps      p50 ${ms(httpS.p50)}  p95 ${ms(httpS.p95)}  max ${ms(httpS.max)}   p95 ratio ${httpRatio.toFixed(2)}× raw: ${met(httpS.p95, httpRatio)}`);
          result.http = { ...httpS, ratio: httpRatio, raw: rawHs };
        } catch (err) {
          log(`  HTTP stack skipped: ${(err as Error).message}`);
        } finally {
          app.child.kill("SIGTERM");
        }
      }
    } else {
      log(`  (no production build in ${dist}: HTTP stack not measured; build with \`npm run build\` or set TEAM_BENCH_DIST)`);
    }
    return result;
  } finally {
    await pool.end();
  }
}

