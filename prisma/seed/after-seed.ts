import type { Db } from "~/server/db";
import { syncReferenceBenchmarks } from "~/server/services/benchmarks/refresh-benchmarks";
import { recomputeOrgScores } from "~/server/services/scores/recompute-rep";
import { backfillSnapshots } from "~/server/services/snapshots/backfill";

/**
 * Derived data of the demo org, produced by the product's own code (never hand-written numbers):
 * reference benchmarks, 26 weeks of snapshots, current scores, and its weekly schedule.
 */
export async function afterSeed(db: Db, organizationId: string, log: (msg: string) => void): Promise<void> {
  await syncReferenceBenchmarks(db);
  await db.$executeRaw`ANALYZE "Activity"`;
  const started = Date.now();
  const { weeks, rows } = await backfillSnapshots(db, { organizationId, weeks: 26 });
  const reps = await recomputeOrgScores(db, { organizationId });
  log(`snapshots: ${rows} rows over ${weeks.length} weeks; ${reps} current scores (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  try {
    const { syncOrgSchedules } = await import("~/server/services/schedules/org-schedules");
    const { closeQueues } = await import("~/server/jobs/queues");
    const { closeSharedRedis } = await import("~/server/redis");
    await syncOrgSchedules(db, organizationId);
    await closeQueues();
    await closeSharedRedis();
  } catch (err) {
    log(`warning: could not install the weekly schedule (is Redis running?): ${(err as Error).message}`);
  }
}
