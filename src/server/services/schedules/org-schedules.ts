import "server-only";
import { benchmarksRefreshJob } from "~/server/jobs/definitions/benchmarks-refresh";
import { weeklySnapshotJob } from "~/server/jobs/definitions/weekly-snapshot";
import { queueFor } from "~/server/jobs/queues";

/**
 * The weekly snapshot runs at 00:05 on Monday in the organisation's time zone, i.e. just after its
 * local week ends. Cron in a time zone (BullMQ job schedulers use cron-parser) keeps that local
 * time across DST changes; 00:05 is never inside a DST gap or overlap in any IANA zone we know of
 * (transitions happen at 01:00–03:00 local), so each week yields exactly one run.
 */
export const WEEKLY_SNAPSHOT_CRON = "5 0 * * 1";
export const BENCHMARKS_REFRESH_CRON = "0 6 * * 1";

export const snapshotSchedulerId = (organizationId: string) => `weekly-snapshot.${organizationId}`;

/** Creates or moves the organisation's schedules (call again after a time-zone change). */
export async function installOrgSchedules(org: { id: string; timezone: string }): Promise<void> {
  await queueFor(weeklySnapshotJob).upsertJobScheduler(
    snapshotSchedulerId(org.id),
    { pattern: WEEKLY_SNAPSHOT_CRON, tz: org.timezone },
    { name: weeklySnapshotJob.name, data: { organizationId: org.id }, opts: weeklySnapshotJob.defaults },
  );
}

export async function removeOrgSchedules(organizationId: string): Promise<void> {
  await queueFor(weeklySnapshotJob).removeJobScheduler(snapshotSchedulerId(organizationId));
}

/** Platform-wide schedules, installed (idempotently) when a worker starts. */
export async function installPlatformSchedules(): Promise<void> {
  await queueFor(benchmarksRefreshJob).upsertJobScheduler(
    "benchmarks-refresh",
    { pattern: BENCHMARKS_REFRESH_CRON, tz: "UTC" },
    { name: benchmarksRefreshJob.name, data: {}, opts: benchmarksRefreshJob.defaults },
  );
}
