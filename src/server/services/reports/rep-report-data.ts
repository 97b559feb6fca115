import type { Db } from "~/server/db";
import { cachedBenchmark } from "~/server/services/benchmarks/cached-benchmark";
import { forecastGoal } from "~/server/services/goals/forecast";
import { topPercent } from "~/server/services/ranks/percentile";
import { snapshotAsResult } from "~/server/services/scores/score-change";
import { explainChange, PILLAR_KEYS, PILLAR_TITLES, type NextBestAction } from "~/server/services/scoring";
import { formatWeekRange, type IsoWeek } from "~/server/services/snapshots/iso-week";
import type { RepReportData } from "./report-types";
import { unsubscribeUrls } from "./unsubscribe-token";
import { env } from "~/env";

/**
 * The rep report of one ISO week, from that week's snapshot and the one before (never a fresh
 * computation: the e-mail shows what the dashboard's history shows). Null without a snapshot.
 */
export async function buildRepReport(db: Db, opts: { organizationId: string; userId: string; isoWeek: IsoWeek; now?: Date }): Promise<RepReportData | null> {
  const [org, membership] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: opts.organizationId }, select: { name: true, slug: true, timezone: true, industry: true, goalTarget: true } }),
    db.membership.findUnique({ where: { organizationId_userId: { organizationId: opts.organizationId, userId: opts.userId } }, select: { id: true, user: { select: { name: true } } } }),
  ]);
  const rep = await db.repProfile.findUnique({ where: { organizationId_userId: { organizationId: opts.organizationId, userId: opts.userId } } });
  if (!rep || !membership) return null;
  const snaps = await db.weeklySnapshot.findMany({
    where: { repId: rep.id, organizationId: opts.organizationId, isoWeek: { lte: opts.isoWeek } },
    orderBy: { weekStart: "desc" },
    take: 12,
  });
  const current = snaps[0];
  if (!current || current.isoWeek !== opts.isoWeek) return null;
  const previous = snaps[1] ?? null;

  const change = previous ? explainChange(snapshotAsResult(previous), snapshotAsResult(current), { limit: 3 }) : null;
  // One rep's team (not the whole org's map: a weekly run builds thousands of these).
  const team = await db.teamMember.findFirst({ where: { organizationId: opts.organizationId, userId: opts.userId, role: "MEMBER" }, select: { teamId: true }, orderBy: { createdAt: "asc" } });
  const personal = await db.goal.findUnique({ where: { repId: rep.id } });
  const teamGoal = !personal && team ? await db.goal.findUnique({ where: { teamId: team.teamId } }) : null;
  const target = (personal ?? teamGoal)?.target ?? org.goalTarget;
  const forecast = forecastGoal({
    weekly: [...snaps].reverse().map((s) => ({ isoWeek: s.isoWeek, total: s.total })),
    target,
    dueDate: (personal ?? teamGoal)?.dueDate ?? null,
  });
  const score = await db.scoreCurrent.findUnique({ where: { repId: rep.id }, select: { actions: true } });
  const benchmark = await cachedBenchmark(db, opts.organizationId, org.industry);
  const pillarOf = (s: typeof current, p: (typeof PILLAR_KEYS)[number]) => s[p];

  return {
    orgName: org.name,
    recipientName: membership.user.name,
    isoWeek: opts.isoWeek,
    weekLabel: `Week ${opts.isoWeek.slice(-2)} · ${formatWeekRange(opts.isoWeek, org.timezone)}`,
    total: current.total,
    change: previous ? current.total - previous.total : null,
    pillars: PILLAR_KEYS.map((key) => ({
      key,
      label: PILLAR_TITLES[key],
      value: pillarOf(current, key),
      change: previous ? pillarOf(current, key) - pillarOf(previous, key) : null,
    })),
    ranks: {
      industryTopPercent: current.industryRankPct === null ? null : topPercent(current.industryRankPct),
      industryLabel: benchmark?.label ?? org.industry,
      industrySource: current.industryRankSource === "PLATFORM" ? "platform" : current.industryRankSource === "REFERENCE" ? "reference" : null,
      orgTopPercent: current.orgRankPct === null ? null : topPercent(current.orgRankPct),
    },
    goal: { target, progress: forecast.progress, status: forecast.status, forecastWeek: forecast.forecastWeek, reason: forecast.reason },
    whyMoved: change ? change.causes.map((c) => c.text) : [],
    actions: ((score?.actions ?? []) as unknown as NextBestAction[]).slice(0, 3).map((a) => ({ text: a.action, gain: a.gain })),
    dashboardUrl: `${env.APP_URL}/o/${org.slug}/dashboard`,
    unsubscribeUrl: unsubscribeUrls(membership.id, opts.now).page,
  };
}
