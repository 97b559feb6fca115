import type { Job } from "bullmq";
import type { JobDefinition } from "~/server/jobs/define-job";
import { describe, expect, it } from "vitest";
import { workerLog } from "../../factories/worker-log";
import { db } from "~/server/db";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { enqueue, prepareQueues, queueForPayload } from "~/server/jobs/queues";
import { createRedis } from "~/server/redis";
import { runWorkers } from "../../../workers/run-workers";
import { addActivities } from "../../factories/activity";
import { addMember, createOrg } from "../../factories";
import { waitFor } from "../../factories/worker-process";

describe("recompute job", () => {
  it("coalesces a burst of 100 requests into one waiting job when no worker runs", async () => {
    const { org } = await createOrg();
    const { rep } = await addMember(org.id, "REP");
    const queue = queueForPayload(recomputeJob, { organizationId: org.id, repId: rep.id });
    await Promise.all(Array.from({ length: 100 }, () => enqueue(recomputeJob, { organizationId: org.id, repId: rep.id })));
    const counts = await queue.getJobCounts("waiting", "active", "delayed");
    expect(counts).toEqual({ waiting: 1, active: 0, delayed: 0 });
    await queue.obliterate({ force: true });
  });

  it("keeps at most one active and one waiting job per rep while it works, and ends with the newest data", async () => {
    const { org } = await createOrg();
    const { rep } = await addMember(org.id, "REP");
    const queue = queueForPayload(recomputeJob, { organizationId: org.id, repId: rep.id });
    await prepareQueues([recomputeJob]);
    // The real handler, slowed down so the burst overlaps a running job.
    const slow = {
      ...recomputeJob,
      handler: async () => {
        const real = await recomputeJob.handler();
        return { default: async (p: Parameters<typeof real.default>[0], c: Parameters<typeof real.default>[1]) => {
          await new Promise((r) => setTimeout(r, 400));
          return real.default(p, c);
        } };
      },
    };
    const connection = createRedis("worker");
    const running = runWorkers([slow as unknown as JobDefinition], { connection, log: workerLog, concurrency: 4 });
    const laneWorker = running.workers.find((w) => w.name === queue.name)!;
    let maxActive = 0;
    let maxWaiting = 0;
    const completed: Job[] = [];
    laneWorker.on("completed", (job) => completed.push(job));
    try {
      for (let i = 0; i < 100; i++) {
        await addActivities(rep, [{ kind: "COMMENT", occurredAt: new Date() }]);
        await enqueue(recomputeJob, { organizationId: org.id, repId: rep.id });
        const c = await queue.getJobCounts("waiting", "active");
        maxActive = Math.max(maxActive, c.active ?? 0);
        maxWaiting = Math.max(maxWaiting, c.waiting ?? 0);
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 50));
      }
      await waitFor(async () => {
        const c = await queue.getJobCounts("waiting", "active");
        return c.waiting === 0 && c.active === 0;
      }, 30_000);
    } finally {
      await running.close();
      await connection.quit();
    }
    expect(maxActive).toBeLessThanOrEqual(1);
    expect(maxWaiting).toBeLessThanOrEqual(1);
    expect(completed.length).toBeGreaterThanOrEqual(2);
    expect(completed.length).toBeLessThan(100);
    const score = await db.scoreCurrent.findUniqueOrThrow({ where: { repId: rep.id } });
    const comments = (score.breakdown as { key: string; display: string }[]).find((s) => s.key === "comments");
    expect(comments?.display).toMatch(/^100 /);
  });
});
