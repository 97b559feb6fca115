import type { Db } from "~/server/db";
import { env } from "~/env";
import { cachedBenchmark } from "~/server/services/benchmarks/cached-benchmark";
import { hasRole } from "~/domain/roles";
import { snapshotAsResult } from "~/server/services/scores/score-change";
import { explainChange, PILLAR_KEYS, PILLAR_TITLES } from "~/domain/scoring";
import { formatWeekRange, previousWeek, type IsoWeek } from "~/domain/time/iso-week";
import type { ManagerReportData } from "./report-types";
import { unsubscribeUrls } from "./unsubscribe-token";

const MOVERS = 3;
const DROP_ALERT = 5;

/**
 * A manager's weekly team report: for each team they manage (every team for owners and admins),
 * the week's average against the benchmark and last week, goal attainment, risers, fallers and
 * reps who dropped more than 5 points with the reason.
 */
export async function buildManagerReport(db: Db, opts: { organizationId: string; userId: string; isoWeek: IsoWeek; now?: Date }): Promise<ManagerReportData | null> {
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: opts.organizationId, userId: opts.userId } },
    select: { id: true, role: true, user: { select: { name: true } } },
  });
  if (!membership || !hasRole(membership.role, "MANAGER")) return null;
  const org = await db.organization.findUniqueOrThrow({ where: { id: opts.organizationId }, select: { name: true, slug: true, timezone: true, industry: true, goalTarget: true } });
  const teams = await db.team.findMany({
    where: {
      organizationId: opts.organizationId,
      ...(hasRole(membership.role, "ADMIN") ? {} : { members: { some: { userId: opts.userId, role: "MANAGER" } } }),
    },
    select: { id: true, name: true, goals: { select: { target: true } }, members: { where: { role: "MEMBER" }, select: { userId: true } } },
    orderBy: { name: "asc" },
  });
  const benchmark = await cachedBenchmark(db, opts.organizationId, org.industry);
  const prev = previousWeek(opts.isoWeek, org.timezone);

  const teamData = [];
  for (const team of teams) {
    const userIds = team.members.map((m) => m.userId);
    const snaps = await db.weeklySnapshot.findMany({
      where: { organizationId: opts.organizationId, isoWeek: { in: [opts.isoWeek, prev] }, rep: { userId: { in: userIds } } },
      include: { rep: { select: { displayName: true } } },
    });
    const now = snaps.filter((s) => s.isoWeek === opts.isoWeek);
    const before = new Map(snaps.filter((s) => s.isoWeek === prev).map((s) => [s.repId, s]));
    const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    const target = team.goals[0]?.target ?? org.goalTarget;
    const moves = now
      .filter((s) => before.has(s.repId))
      .map((s) => ({ s, name: s.rep.displayName, total: s.total, change: s.total - before.get(s.repId)!.total }))
      .sort((a, b) => b.change - a.change);
    const pillarAvgs = PILLAR_KEYS.map((k) => ({ label: PILLAR_TITLES[k], average: avg(now.map((s) => s[k])) ?? 0 }));
    const prevAvg = avg([...before.values()].map((s) => s.total));
    const nowAvg = avg(now.map((s) => s.total));
    teamData.push({
      name: team.name,
      size: now.length,
      average: nowAvg,
      change: nowAvg !== null && prevAvg !== null ? nowAvg - prevAvg : null,
      benchmark: benchmark?.totalMean ?? null,
      atGoal: now.filter((s) => s.total >= target).length,
      goalTarget: target,
      weakestPillar: now.length ? pillarAvgs.reduce((a, b) => (b.average < a.average ? b : a)) : null,
      risers: moves.filter((m) => m.change >= 0.05).slice(0, MOVERS).map(({ name, change, total }) => ({ name, change, total })),
      fallers: moves.filter((m) => m.change <= -0.05).reverse().slice(0, MOVERS).map(({ name, change, total }) => ({ name, change, total })),
      droppedMoreThan5: moves
        .filter((m) => m.change < -DROP_ALERT)
        .map((m) => ({ name: m.name, change: m.change, why: explainChange(snapshotAsResult(before.get(m.s.repId)!), snapshotAsResult(m.s), { limit: 1 }).causes[0]?.text ?? null })),
    });
  }
  return {
    orgName: org.name,
    recipientName: membership.user.name,
    isoWeek: opts.isoWeek,
    weekLabel: `Week ${opts.isoWeek.slice(-2)} · ${formatWeekRange(opts.isoWeek, org.timezone)}`,
    teams: teamData,
    benchmarkLabel: benchmark ? `${benchmark.label} benchmark${benchmark.source === "reference" ? " (reference)" : ""}` : "Industry benchmark",
    teamViewUrl: `${env.APP_URL}/o/${org.slug}/team`,
    unsubscribeUrl: unsubscribeUrls(membership.id, opts.now).page,
  };
}
