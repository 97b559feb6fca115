import type { Db } from "~/server/db";
import { env } from "~/env";
import { cachedBenchmark } from "~/server/services/benchmarks/cached-benchmark";
import { forecastGoal } from "~/domain/goals/forecast";
import { topPercent } from "~/domain/ranks/percentile";
import { snapshotAsResult } from "~/server/services/scores/score-change";
import { explainChange, PILLAR_KEYS, PILLAR_TITLES, type NextBestAction } from "~/domain/scoring";
import { formatWeekRange, type IsoWeek } from "~/domain/time/iso-week";
import type { RepReportData } from "./report-types";
import { unsubscribeUrls } from "./unsubscribe-token";

const HISTORY = 12;

/**
 * Rep reports of one ISO week for many users at once, from that week's snapshot and the ones
 * before (never a fresh computation: the e-mail shows what the dashboard's history shows). A
 * handful of set-based queries per batch, whatever its size. Users without a snapshot that week
 * are missing from the result.
 */
export async function buildRepReports(
  db: Db,
  opts: { organizationId: string; userIds: string[]; isoWeek: IsoWeek; now?: Date },
): Promise<Map<string, RepReportData>> {
  const { organizationId, isoWeek } = opts;
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, slug: true, timezone: true, industry: true, goalTarget: true } });
  const [memberships, reps, teamLinks, benchmark] = await Promise.all([
    db.membership.findMany({ where: { organizationId, userId: { in: opts.userIds } }, select: { id: true, userId: true, user: { select: { name: true } } } }),
    db.repProfile.findMany({ where: { organizationId, userId: { in: opts.userIds } }, select: { id: true, userId: true } }),
    db.teamMember.findMany({ where: { organizationId, userId: { in: opts.userIds }, role: "MEMBER" }, select: { userId: true, teamId: true }, orderBy: { createdAt: "desc" } }),
    cachedBenchmark(db, organizationId, org.industry),
  ]);
  const repIds = reps.map((r) => r.id);
  const teamIds = [...new Set(teamLinks.map((t) => t.teamId))];
  const [snapshots, goals, scores] = await Promise.all([
    db.$queryRaw<{ repId: string; isoWeek: string; weekStart: Date; total: number; brand: number; findPeople: number; engage: number; relationships: number; breakdown: unknown; modelVersion: string; industryRankPct: number | null; industryRankSource: string | null; orgRankPct: number | null }[]>`
      SELECT "repId", "isoWeek", "weekStart", total, brand, "findPeople", engage, relationships, breakdown, "modelVersion", "industryRankPct", "industryRankSource"::text, "orgRankPct"
      FROM (SELECT s.*, row_number() OVER (PARTITION BY "repId" ORDER BY "weekStart" DESC) AS n
            FROM "WeeklySnapshot" s WHERE "organizationId" = ${organizationId} AND "repId" = ANY(${repIds}::text[]) AND "isoWeek" <= ${isoWeek}) x
      WHERE n <= ${HISTORY} ORDER BY "repId", "weekStart" DESC`,
    db.goal.findMany({ where: { organizationId, OR: [{ repId: { in: repIds } }, { teamId: { in: teamIds } }] }, select: { repId: true, teamId: true, target: true, dueDate: true } }),
    db.scoreCurrent.findMany({ where: { organizationId, repId: { in: repIds } }, select: { repId: true, actions: true } }),
  ]);

  const byRep = new Map<string, typeof snapshots>();
  for (const s of snapshots) byRep.set(s.repId, [...(byRep.get(s.repId) ?? []), s]);
  const membershipOf = new Map(memberships.map((m) => [m.userId, m]));
  const teamOf = new Map<string, string>();
  for (const t of teamLinks) teamOf.set(t.userId, t.teamId);
  const weekLabel = `Week ${isoWeek.slice(-2)} · ${formatWeekRange(isoWeek, org.timezone)}`;

  const out = new Map<string, RepReportData>();
  for (const rep of reps) {
    const membership = membershipOf.get(rep.userId);
    const snaps = byRep.get(rep.id) ?? [];
    const current = snaps[0];
    if (!membership || !current || current.isoWeek !== isoWeek) continue;
    const previous = snaps[1] ?? null;
    const change = previous ? explainChange(snapshotAsResult(previous), snapshotAsResult(current), { limit: 3 }) : null;
    const goal = goals.find((g) => g.repId === rep.id) ?? goals.find((g) => g.teamId !== null && g.teamId === teamOf.get(rep.userId));
    const target = goal?.target ?? org.goalTarget;
    const forecast = forecastGoal({ weekly: [...snaps].reverse().map((s) => ({ isoWeek: s.isoWeek, total: s.total })), target, dueDate: goal?.dueDate ?? null });
    const actions = (scores.find((s) => s.repId === rep.id)?.actions ?? []) as unknown as NextBestAction[];
    out.set(rep.userId, {
      orgName: org.name,
      recipientName: membership.user.name,
      isoWeek,
      weekLabel,
      total: current.total,
      change: previous ? current.total - previous.total : null,
      pillars: PILLAR_KEYS.map((key) => ({ key, label: PILLAR_TITLES[key], value: current[key], change: previous ? current[key] - previous[key] : null })),
      ranks: {
        industryTopPercent: current.industryRankPct === null ? null : topPercent(current.industryRankPct),
        industryLabel: benchmark?.label ?? org.industry,
        industrySource: current.industryRankSource === "PLATFORM" ? "platform" : current.industryRankSource === "REFERENCE" ? "reference" : null,
        orgTopPercent: current.orgRankPct === null ? null : topPercent(current.orgRankPct),
      },
      goal: { target, progress: forecast.progress, status: forecast.status, forecastWeek: forecast.forecastWeek, reason: forecast.reason },
      whyMoved: change ? change.causes.map((c) => c.text) : [],
      actions: actions.slice(0, 3).map((a) => ({ text: a.action, gain: a.gain })),
      dashboardUrl: `${env.APP_URL}/o/${org.slug}/dashboard`,
      unsubscribeUrl: unsubscribeUrls(membership.id, opts.now).page,
    });
  }
  return out;
}

/** One rep's report (previews); null without a snapshot that week. */
export async function buildRepReport(db: Db, opts: { organizationId: string; userId: string; isoWeek: IsoWeek; now?: Date }): Promise<RepReportData | null> {
  const reports = await buildRepReports(db, { organizationId: opts.organizationId, userIds: [opts.userId], isoWeek: opts.isoWeek, ...(opts.now ? { now: opts.now } : {}) });
  return reports.get(opts.userId) ?? null;
}
