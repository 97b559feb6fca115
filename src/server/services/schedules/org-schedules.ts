import "server-only";
import { benchmarksRefreshJob } from "~/server/jobs/definitions/benchmarks-refresh";
import { weeklyReportJob } from "~/server/jobs/definitions/weekly-report";
import { weeklySnapshotJob } from "~/server/jobs/definitions/weekly-snapshot";
import { queueFor } from "~/server/jobs/queues";
import type { Db } from "~/server/db";

/**
 * The weekly snapshot runs at 00:05 on Monday in the organisation's time zone, i.e. just after its
 * local week ends. Cron in a time zone (BullMQ job schedulers use cron-parser) keeps that local
 * time across DST changes; 00:05 is never inside a DST gap or overlap in any IANA zone we know of
 * (transitions happen at 01:00–03:00 local), so each week yields exactly one run.
 */
export const WEEKLY_SNAPSHOT_CRON = "5 0 * * 1";
export const BENCHMARKS_REFRESH_CRON = "0 6 * * 1";

export const snapshotSchedulerId = (organizationId: string) => `weekly-snapshot.${organizationId}`;
export const reportSchedulerId = (organizationId: string) => `weekly-report.${organizationId}`;

/** The weekly report's cron: the org's ISO weekday (1 = Monday … 7 = Sunday) and local hour. */
export function reportCron(reportDay: number, reportHour: number): string {
  return `0 ${reportHour} * * ${reportDay % 7}`;
}

export interface ScheduledOrg {
  id: string;
  timezone: string;
  reportDay: number;
  reportHour: number;
  repReportsEnabled: boolean;
  managerReportsEnabled: boolean;
}

/**
 * Creates or moves the organisation's schedules: the weekly snapshot and, when any report is
 * switched on, the weekly e-mail run. Call again after any change to the time zone or schedule.
 */
export async function installOrgSchedules(org: ScheduledOrg): Promise<void> {
  await queueFor(weeklySnapshotJob).upsertJobScheduler(
    snapshotSchedulerId(org.id),
    { pattern: WEEKLY_SNAPSHOT_CRON, tz: org.timezone },
    { name: weeklySnapshotJob.name, data: { organizationId: org.id }, opts: weeklySnapshotJob.defaults },
  );
  if (org.repReportsEnabled || org.managerReportsEnabled) {
    await queueFor(weeklyReportJob).upsertJobScheduler(
      reportSchedulerId(org.id),
      { pattern: reportCron(org.reportDay, org.reportHour), tz: org.timezone },
      { name: weeklyReportJob.name, data: { organizationId: org.id }, opts: weeklyReportJob.defaults },
    );
  } else {
    await queueFor(weeklyReportJob).removeJobScheduler(reportSchedulerId(org.id));
  }
}

export async function removeOrgSchedules(organizationId: string): Promise<void> {
  await queueFor(weeklySnapshotJob).removeJobScheduler(snapshotSchedulerId(organizationId));
  await queueFor(weeklyReportJob).removeJobScheduler(reportSchedulerId(organizationId));
}

/** Reads the organisation and installs its schedules (after settings changes). */
export async function syncOrgSchedules(db: Db, organizationId: string): Promise<void> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { id: true, timezone: true, reportDay: true, reportHour: true, repReportsEnabled: true, managerReportsEnabled: true },
  });
  if (org) await installOrgSchedules(org);
}

/** Platform-wide schedules, installed (idempotently) when a worker starts. */
export async function installPlatformSchedules(): Promise<void> {
  await queueFor(benchmarksRefreshJob).upsertJobScheduler(
    "benchmarks-refresh",
    { pattern: BENCHMARKS_REFRESH_CRON, tz: "UTC" },
    { name: benchmarksRefreshJob.name, data: {}, opts: benchmarksRefreshJob.defaults },
  );
}
