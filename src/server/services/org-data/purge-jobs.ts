import type { Job } from "bullmq";
import { queueNamesOf } from "~/server/jobs/define-job";
import { jobDefinitions } from "~/server/jobs/definitions";
import { queueNamed } from "~/server/jobs/queues";

/** Job states whose jobs are not running and can be removed. */
const REMOVABLE = ["waiting", "delayed", "prioritized", "waiting-children", "completed", "failed"] as const;
const PAGE = 500;

/** Every queue name the worker consumes (partitioned jobs have several). */
export function allQueueNames(): string[] {
  return jobDefinitions.flatMap((def) => queueNamesOf(def));
}

/**
 * Removes the jobs whose payload matches, in every queue: waiting, delayed, prioritized, and also
 * finished ones (their payload would otherwise stay in Redis until expiry). Running jobs cannot be
 * removed; their handlers find their rows gone. Returns the count per queue.
 */
export async function purgeJobs(match: (data: Record<string, unknown>) => boolean): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const name of allQueueNames()) {
    const queue = queueNamed(name);
    const doomed: Job[] = [];
    for (let start = 0; ; start += PAGE) {
      const jobs = (await queue.getJobs([...REMOVABLE], start, start + PAGE - 1, true)) as Job[];
      for (const job of jobs) if (job && job.data && typeof job.data === "object" && match(job.data as Record<string, unknown>)) doomed.push(job);
      if (jobs.length < PAGE) break;
    }
    let n = 0;
    for (const job of doomed) {
      try {
        await job.remove();
        n++;
      } catch {
        // It started (locked) or finished in the meantime; nothing else to do.
      }
    }
    if (n) removed[name] = n;
  }
  return removed;
}

export const purgeOrgJobs = (organizationId: string) => purgeJobs((d) => d.organizationId === organizationId);
